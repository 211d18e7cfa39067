/** What the transfer methods tell the renderer: a file's preview before importing, and what was done. */
import type { MergeCounts } from './merge';

export type TransferKind = 'backup' | 'w3c' | 'hypothesis';

/** One annotated page of an annotation file, and the article its annotations go to unless the user picks one. */
export interface TransferSource {
  source: string;
  title: string | null;
  annotations: number;
  articleId: string | null;
}

export interface TransferPreview {
  kind: TransferKind;
  fileName: string;
  /** For a backup: when and by which Gloss it was made, and what it holds. */
  backup: {
    created: string;
    appVersion: string;
    articles: number;
    trashed: number;
    highlights: number;
    /** Of its articles, those this library does not have (the others are merged). */
    newHere: number;
  } | null;
  /** For an annotation file: its pages, each matched to an article by address where one fits. */
  sources: TransferSource[];
}

/** One annotation that could not be placed on its words: kept (orphaned) or, without an article, only listed. */
export interface Unplaced {
  article: string | null;
  text: string;
  note: string;
  why: string;
}

export interface TransferSummary {
  kind: TransferKind;
  fileName: string;
  articles: MergeCounts;
  highlights: MergeCounts;
  corrections: MergeCounts;
  articleNotes: MergeCounts;
  trash: MergeCounts;
  settings: 'applied' | 'kept' | 'unchanged' | 'none';
  /** Placed on changed words or beside a look-alike: shown as moved, for the reader to review. */
  toReview: number;
  unplaced: Unplaced[];
  /** Everything else left out or kept as it was, each with why. */
  skipped: { what: string; why: string }[];
  /** The articles whose annotations or shelf changed: the renderer reads them again. */
  changed: string[];
}

export interface BackupDone {
  path: string;
  articles: number;
  trashed: number;
  highlights: number;
  bytes: number;
  /** Articles whose highlights could not be read, left out of the backup, each named. */
  warnings: string[];
}
