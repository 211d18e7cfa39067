/**
 * The user's own annotations, after the W3C Web Annotation model: each highlight is anchored by a
 * TextQuoteSelector (exact text with context) and a TextPositionSelector (offsets into the
 * article's plain text). The position is the fast path; the quote is the truth that survives edits.
 */
import type { EntityType } from './analysis';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface HighlightTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Highlight {
  id: string;
  target: HighlightTarget;
  color: HighlightColor;
  note: string;
  created: string;
  modified: string;
}

/** The user's corrections of the machine's analysis; they outlive re-analysis. */
export type Correction =
  | { id: string; kind: 'reject-mention'; target: HighlightTarget; created: string }
  | { id: string; kind: 'reject-entity'; entityName: string; entityType: EntityType; created: string }
  | {
      id: string;
      kind: 'retype-entity';
      entityName: string;
      entityType: EntityType;
      to: EntityType;
      created: string;
    }
  | { id: string; kind: 'merge-entities'; fromName: string; intoName: string; created: string }
  | { id: string; kind: 'add-mention'; target: HighlightTarget; entityType: EntityType; created: string }
  | { id: string; kind: 'reject-quote'; target: HighlightTarget; created: string }
  | { id: string; kind: 'set-speaker'; target: HighlightTarget; speakerName: string; created: string }
  | { id: string; kind: 'add-quote'; target: HighlightTarget; speakerName: string | null; created: string };

export type CorrectionKind = Correction['kind'];

export interface ArticleAnnotations {
  highlights: Highlight[];
  articleNote: string;
  corrections: Correction[];
}

/** Where a stored highlight landed in the current text. */
export type AnchorStatus = 'exact' | 'relocated' | 'orphaned';
