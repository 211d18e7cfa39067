/**
 * The user-facing backup file (File > Back Up Library…): everything needed to rebuild the library
 * on another machine, as one JSON document. The schema is the one description of the format; the
 * importer checks a whole file against it before anything is written.
 *
 * Format "gloss-backup", version 1:
 * - `format`, `version`: what the file is; a reader refuses a version it does not know.
 * - `appVersion`, `created`: the Gloss that wrote it, and when.
 * - `scope`: the whole library, or the articles the user picked.
 * - `articles`: each article as stored (metadata, sanitized body, plain text), its shelf (tags,
 *   archived, progress), its annotations (highlights with notes and tags, the article note,
 *   corrections), its reading position and the images stored with it.
 * - `trash`: removed articles, with everything the same, and when they were removed.
 * - `settings`: the reader's settings.
 */
import { z } from 'zod';
import { articleAnnotationsSchema } from '../model/annotation';
import { articleSchema } from '../model/article';
import { timestampSchema } from '../model/ids';
import { shelfSchema, trashIdSchema } from '../model/library';
import { settingsSchema } from '../model/settings';

export const BACKUP_FORMAT = 'gloss-backup';
export const BACKUP_VERSION = 1;
/**
 * A file this large is refused before it is read: a JavaScript string (what JSON is parsed from)
 * holds at most about 512 million characters.
 */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;
const MAX_ARTICLES = 100_000;

export const backupArticleSchema = z.object({
  article: articleSchema,
  shelf: shelfSchema,
  annotations: articleAnnotationsSchema,
  /** Where the reader was (an offset into the text), if anywhere. */
  readingOffset: z.number().int().nonnegative().max(1_000_000_000).nullable(),
  /** The images stored with the article (file name as in its folder, bytes in base64). */
  images: z
    .array(z.object({ name: z.string().max(80), data: z.base64() }))
    .max(10_000)
    .optional(),
});
export type BackupArticle = z.infer<typeof backupArticleSchema>;

export const backupTrashedSchema = backupArticleSchema.extend({
  trashId: trashIdSchema,
  removedAt: timestampSchema,
});
export type BackupTrashed = z.infer<typeof backupTrashedSchema>;

/** Only what says which file this is: read first, so a foreign file gets a sentence, not a schema path. */
export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  appVersion: z.string().max(50),
  created: timestampSchema,
  scope: z.enum(['library', 'selection']),
  articles: z.array(backupArticleSchema).max(MAX_ARTICLES),
  trash: z.array(backupTrashedSchema).max(MAX_ARTICLES),
  settings: settingsSchema,
});
export type Backup = z.infer<typeof backupSchema>;
