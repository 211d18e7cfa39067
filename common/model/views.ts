/**
 * The library-wide views: every highlight and note (review), every speaker with their quotations
 * (people), every entity with the articles that mention it. Computed in the main process from the
 * per-article stores, so the renderer gets one page at a time, never the whole library.
 */
import { z } from 'zod';
import type { HighlightColor } from './annotation';
import { highlightFilterSchema } from './highlight-filter';
import type { EntityType } from './analysis';

const pageShape = {
  offset: z.number().int().nonnegative().max(10_000_000),
  limit: z.number().int().min(1).max(500),
};

export const reviewQuerySchema = z.object({ filter: highlightFilterSchema, ...pageShape }).strict();
export type ReviewQuery = z.infer<typeof reviewQuerySchema>;

/** The article a row belongs to, as the rows show it. */
export interface ArticleRef {
  articleId: string;
  title: string;
  /** When it was added to the library (ISO). */
  date: string;
}

export interface ReviewItem extends ArticleRef {
  highlightId: string;
  color: HighlightColor;
  /** The highlighted words, cut short past a few hundred characters. */
  quote: string;
  note: string;
  tags: string[];
  start: number;
  end: number;
  modified: string;
}

export interface ReviewPage {
  items: ReviewItem[];
  /** Rows that fit the filter, of which `items` is the page asked for. */
  matched: number;
  /** Every highlight in the library. */
  total: number;
  /** Every tag in use on highlights, to filter by. */
  tags: string[];
}

export const peopleQuerySchema = z
  .object({
    /** Words in the name (case and accents aside). */
    query: z.string().max(200),
    ...pageShape,
  })
  .strict();
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

export const entityQuerySchema = peopleQuerySchema
  .extend({ type: z.enum(['person', 'organization', 'place', 'misc']).nullable() })
  .strict();
export type EntityQuery = z.infer<typeof entityQuerySchema>;

/** How far the background analysis of articles never opened has come. */
export interface AnalysisProgress {
  done: number;
  total: number;
}

export interface PersonRow {
  /** The normalized name that groups the same person across articles. */
  key: string;
  name: string;
  quotes: number;
  articles: number;
  first: string;
  last: string;
}

export interface EntityRow {
  key: string;
  name: string;
  type: EntityType;
  mentions: number;
  articles: number;
}

export interface AggregatePage<R> {
  rows: R[];
  matched: number;
  /** Null once every article is in; otherwise the analysis still running. */
  analyzing: AnalysisProgress | null;
}

/** A row's detail at the most (newest articles first): one person can be quoted in thousands. */
export const DETAIL_MAX = 1000;

export const rowKeySchema = z.object({ key: z.string().min(1).max(400) }).strict();

export interface QuotationRef extends ArticleRef {
  start: number;
  end: number;
  text: string;
  /** Shown as a guess ("check") in the article. */
  sure: boolean;
}

export interface MentionRef extends ArticleRef {
  mentions: number;
  /** The first mention, where the article opens. */
  start: number;
  end: number;
}
