/**
 * Library search: what a query asks and what a hit says. A hit carries offsets into the article's
 * plain text (like every position in Gloss), so the reader can open at it and paint it.
 */
import { z } from 'zod';
import { articleIdSchema } from './ids';

/** What a hit was found in: the article's title or text, a highlight's quote, its note, the article note. */
export const SEARCH_FIELDS = ['title', 'text', 'highlight', 'note', 'articleNote'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** How many hits the library's results list asks for. */
export const SEARCH_LIST_LIMIT = 50;

export const searchQuerySchema = z
  .object({
    query: z.string().max(500),
    /** Only hits found in these (every field when absent): the review view asks for highlights and notes. */
    fields: z.array(z.enum(SEARCH_FIELDS)).min(1).optional(),
    /** Only these articles (every article when absent). */
    articleIds: z.array(articleIdSchema).max(10_000).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export interface SearchSnippet {
  text: string;
  /** [start, end) of each matched word, into `text`. */
  marks: [number, number][];
}

export interface SearchHit {
  articleId: string;
  /** The highlight the hit is on or in the note of; null for the article's title, text or note. */
  highlightId: string | null;
  field: SearchField;
  title: string;
  score: number;
  snippet: SearchSnippet;
  /** Where in the article's text to open: the first matched word, or the highlight; null for a title or article note. */
  match: { start: number; end: number } | null;
}
