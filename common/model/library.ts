/**
 * How the user keeps an article in the library: tags, archived or not, how far it was read. Kept in
 * the article's folder (shelf.json) beside article.json, which is written once per text version.
 */
import { z } from 'zod';
import { articleMetaSchema } from './article';
import { articleIdSchema, timestampSchema } from './ids';

export const MAX_TAGS = 50;
export const tagSchema = z
  .string()
  .trim()
  .min(1, 'a tag needs at least one letter')
  .max(60, 'a tag is at most 60 characters')
  .regex(/^[^,\n]+$/, 'a tag cannot hold a comma or a line break');

export const shelfSchema = z.object({
  tags: z.array(tagSchema).max(MAX_TAGS),
  archived: z.boolean(),
  lastReadAt: timestampSchema.nullable(),
  /** The furthest point read, as a share of the text (0 to 1). */
  progress: z.number().min(0).max(1),
});
export type Shelf = z.infer<typeof shelfSchema>;
export const EMPTY_SHELF: Shelf = { tags: [], archived: false, lastReadAt: null, progress: 0 };

/** Read this far, the article counts as done. */
export const DONE_AT = 0.9;
export type ReadStatus = 'unread' | 'reading' | 'done';
export const readStatus = (s: Shelf): ReadStatus =>
  s.progress >= DONE_AT ? 'done' : s.lastReadAt === null ? 'unread' : 'reading';

/** One row of the library view: the article's metadata, its shelf, and what the user made on it. */
export const libraryEntrySchema = articleMetaSchema.extend({
  shelf: shelfSchema,
  highlights: z.number().int().nonnegative(),
  /** Highlights with a note, and the article note. */
  notes: z.number().int().nonnegative(),
});
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export const shelfPatchSchema = z
  .object({
    articleId: articleIdSchema,
    tags: z.array(tagSchema).max(MAX_TAGS).optional(),
    archived: z.boolean().optional(),
    /** Marked done (1) or back to unread (0) by hand. */
    progress: z.union([z.literal(0), z.literal(1)]).optional(),
  })
  .strict();
export type ShelfPatch = z.infer<typeof shelfPatchSchema>;

/** The most articles one request about many (the library's chosen rows) names. */
export const MAX_BATCH = 100_000;

/** Many articles' shelves at once (the library's chosen rows): the index is written once for all. */
export const shelfPatchesSchema = z
  .object({ patches: z.array(shelfPatchSchema).min(1).max(MAX_BATCH) })
  .strict();

/** A removed article, in the trash folder until restored. */
export interface TrashEntry {
  trashId: string;
  removedAt: string;
  title: string;
  siteName: string | null;
  articleId: string;
}
export const trashIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,120}$/, 'not a trash entry');
