/** What the renderer asks an export for, and what it is told back (the contract's payloads). */
import { z } from 'zod';
import { articleIdSchema } from '../model/ids';
import { EXPORT_FORMATS } from './item';

export const MAX_EXPORT_ARTICLES = 100_000;

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), articleId: articleIdSchema }).strict(),
  z
    .object({
      kind: z.literal('articles'),
      articleIds: z.array(articleIdSchema).min(1).max(MAX_EXPORT_ARTICLES),
    })
    .strict(),
  z.object({ kind: z.literal('library') }).strict(),
]);
export type ExportScope = z.infer<typeof exportScopeSchema>;

export const exportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    scope: exportScopeSchema,
    includeQuotations: z.boolean(),
    /** A folder the user chose; the main process checks it is one before writing a byte. */
    folder: z.string().min(1).max(4096),
  })
  .strict();
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export interface ExportSummary {
  folder: string;
  articles: number;
  /** Files written because their content changed (or were new). */
  written: number;
  /** Files already as they would be written: left alone, so sync tools see no change. */
  unchanged: number;
  /** Files of articles no longer in the library (a whole-library export only). */
  removed: number;
  /** Files Gloss wrote before that the user changed: a copy of each is kept in .gloss-backup. */
  backedUp: number;
  /** What could not be exported, each with why. */
  skipped: { what: string; reason: string }[];
  /** The files written, by name (the first 200). */
  files: string[];
}

/** Where the dialog's progress bar is: articles done of all in the export. */
export const exportProgressSchema = z
  .object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() })
  .strict();
