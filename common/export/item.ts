/**
 * What every export format is written from: one article with what the user made on it, gathered by
 * the export service. Pure data, so each format is a function of it and is tested in Node alone.
 */
import type { Said } from '../analysis/speakers';
import type { Highlight } from '../model/annotation';
import type { ArticleMeta } from '../model/article';

export const EXPORT_FORMATS = ['obsidian', 'logseq', 'w3c', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportHighlight extends Highlight {
  /** Where it is in the current text, UTF-16 offsets (its stored position when not found there). */
  start: number;
  end: number;
  /** Found again in the current text (its words may have moved); false when orphaned. */
  found: boolean;
}

export interface ExportItem {
  meta: ArticleMeta;
  /** The page's web address, where the article came from one (a file has none). */
  url: string | null;
  /** When the page says it was published (ISO date), if it says. */
  published: string | null;
  /** The article's plain text: cues are read from it, and W3C positions counted in code points. */
  text: string;
  /** The article's own tags (the library's). */
  tags: readonly string[];
  articleNote: string;
  /** In reading order. */
  highlights: readonly ExportHighlight[];
  /** Quotations with the user's corrections applied; null when they were not asked for. */
  quotations: readonly Said[] | null;
}

/** The link that opens Gloss at a passage (electron/main/open-requests.ts reads it back). */
export const glossLink = (articleId: string, offset: number): string =>
  `gloss://open?article=${articleId}&offset=${offset}`;

/** "2026-03-01" from an ISO timestamp: dates, not instants, so an export is stable within a day. */
export const day = (iso: string): string => iso.slice(0, 10);

/** The cue ("said", "told reporters") as written, or "". */
export const cueText = (text: string, q: Said): string => (q.cue ? text.slice(q.cue.start, q.cue.end) : '');
