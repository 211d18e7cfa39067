/**
 * The user's own annotations, after the W3C Web Annotation model: each highlight is anchored by a
 * TextQuoteSelector (exact text with context) and a TextPositionSelector (offsets into the
 * article's plain text). The position is the fast path; the quote is the truth that survives edits.
 * The schemas are the one source of these types, of the IPC payloads that carry them and of the
 * check on annotations.json when it is read.
 */
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from './analysis';
import { recordIdSchema, timestampSchema } from './ids';
import { MAX_TAGS, tagSchema } from './library';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;
export const highlightColorSchema = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof highlightColorSchema>;

export const MAX_NOTE_CHARS = 100_000;
const MAX_QUOTE_CHARS = 200_000;
const offsetSchema = z.number().int().nonnegative().max(1_000_000_000);

export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(MAX_QUOTE_CHARS),
  prefix: z.string().max(1000),
  suffix: z.string().max(1000),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

export const textPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: offsetSchema,
  end: offsetSchema,
});
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

export const highlightTargetSchema = z
  .object({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema })
  .refine((t) => t.position.end > t.position.start, 'a highlight must cover at least one character');
export type HighlightTarget = z.infer<typeof highlightTargetSchema>;

export const noteSchema = z.string().max(MAX_NOTE_CHARS);

export const highlightSchema = z.object({
  id: recordIdSchema,
  target: highlightTargetSchema,
  color: highlightColorSchema,
  note: noteSchema,
  /** Absent in highlights stored before tags existed: read as none. */
  tags: z.array(tagSchema).max(MAX_TAGS).optional(),
  created: timestampSchema,
  modified: timestampSchema,
});
export type Highlight = z.infer<typeof highlightSchema>;

export const entityTypeSchema = z.enum(ENTITY_TYPES as [EntityType, ...EntityType[]]);
const nameSchema = z.string().trim().min(1).max(300);

/** A correction as the renderer asks for it: what the main process stores, less id and date. */
export const correctionInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reject-mention'), target: highlightTargetSchema }),
  z.object({ kind: z.literal('reject-entity'), entityName: nameSchema, entityType: entityTypeSchema }),
  z.object({
    kind: z.literal('retype-entity'),
    entityName: nameSchema,
    entityType: entityTypeSchema,
    to: entityTypeSchema,
  }),
  z.object({ kind: z.literal('merge-entities'), fromName: nameSchema, intoName: nameSchema }),
  z.object({ kind: z.literal('add-mention'), target: highlightTargetSchema, entityType: entityTypeSchema }),
  z.object({ kind: z.literal('reject-quote'), target: highlightTargetSchema }),
  z.object({ kind: z.literal('set-speaker'), target: highlightTargetSchema, speakerName: nameSchema }),
  z.object({
    kind: z.literal('add-quote'),
    target: highlightTargetSchema,
    speakerName: nameSchema.nullable(),
  }),
]);
export type CorrectionInput = z.infer<typeof correctionInputSchema>;

/** The user's corrections of the machine's analysis; they outlive re-analysis. */
export const correctionSchema = z.intersection(
  correctionInputSchema,
  z.object({ id: recordIdSchema, created: timestampSchema }),
);
export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionKind = Correction['kind'];

export const articleAnnotationsSchema = z.object({
  highlights: z.array(highlightSchema),
  articleNote: noteSchema,
  corrections: z.array(correctionSchema),
});
export type ArticleAnnotations = z.infer<typeof articleAnnotationsSchema>;

/**
 * Where a stored highlight landed in the current text: on its own words (anchored), on words that
 * changed or may be a look-alike, for the reader to review (moved), or nowhere (orphaned).
 */
export const ANCHOR_STATUSES = ['anchored', 'moved', 'orphaned'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];
