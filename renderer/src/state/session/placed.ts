import { anchorTarget } from '../../../../common/anchoring/anchor';
import type { AnchorStatus, Highlight } from '../../../../common/model/annotation';
import { inReadingOrder } from './placer';

export interface PlacedHighlight {
  highlight: Highlight;
  start: number | null;
  end: number | null;
  status: AnchorStatus;
}

/** Each highlight re-anchored to the current text at once, on this thread (the app uses a Placer). */
export function placeHighlights(highlights: readonly Highlight[], text: string): PlacedHighlight[] {
  return inReadingOrder(
    highlights.map((highlight) => ({ highlight, ...anchorTarget(text, highlight.target) })),
  );
}
