/**
 * An imported article. `text` is its one plain-text rendition: every position anywhere in Gloss
 * (highlights, entities, quotes, search hits) is a UTF-16 offset into it. `html` is the sanitized,
 * whitespace-normalized body; `textFromDom` (common/text/dom-text.ts) run over that HTML yields
 * exactly `text`, in Node (jsdom) and in the renderer alike, which is what lets the renderer map
 * offsets to the DOM. The schemas check article.json and the library index when they are read.
 */
import { z } from 'zod';
import { articleIdSchema, timestampSchema } from './ids';

/** The largest file Gloss imports; the IPC contract and the importer both derive their limits from it. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const ARTICLE_FORMATS = ['txt', 'md', 'html'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

export const articleMetaSchema = z.object({
  id: articleIdSchema,
  title: z.string(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  /** The file name it came from ("azerbaijan-china-ties.txt"). */
  sourceName: z.string(),
  format: z.enum(ARTICLE_FORMATS),
  importedAt: timestampSchema,
  updatedAt: timestampSchema,
  /** sha256 of `text`: the content version that analysis caches and anchors are keyed to. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  wordCount: z.number().int().nonnegative(),
  excerpt: z.string(),
  /**
   * The page's web address, for an article imported from one: its canonical URL where the page
   * names one, else where it was fetched from. Absent for files and for articles stored before.
   */
  url: z.string().max(8192).nullable().optional(),
  /** When the page says it was first published (ISO 8601), if it says; absent for files. */
  published: z.string().max(64).nullable().optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const articleSchema = articleMetaSchema.extend({ html: z.string(), text: z.string() });
export type Article = z.infer<typeof articleSchema>;
