/**
 * An imported article. `text` is its one plain-text rendition: every position anywhere in Gloss
 * (highlights, entities, quotes, search hits) is a UTF-16 offset into it. `html` is the sanitized,
 * whitespace-normalized body; `textFromDom` (common/text/dom-text.ts) run over that HTML yields
 * exactly `text`, in Node (jsdom) and in the renderer alike, which is what lets the renderer map
 * offsets to the DOM.
 */

/** The largest file Gloss imports; the IPC contract and the importer both derive their limits from it. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ArticleFormat = 'txt' | 'md' | 'html';

export interface ArticleMeta {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** The file name it came from ("azerbaijan-china-ties.txt"). */
  sourceName: string;
  format: ArticleFormat;
  importedAt: string;
  updatedAt: string;
  /** sha256 of `text`: the content version that analysis caches and anchors are keyed to. */
  contentHash: string;
  wordCount: number;
  excerpt: string;
}

export interface Article extends ArticleMeta {
  html: string;
  text: string;
}
