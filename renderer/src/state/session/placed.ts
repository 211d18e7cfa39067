import { anchorTarget } from '../../../../common/anchoring/anchor';
import type { AnchorStatus, Highlight } from '../../../../common/model/annotation';

export interface PlacedHighlight {
  highlight: Highlight;
  start: number | null;
  end: number | null;
  status: AnchorStatus;
}

/** Each highlight re-anchored to the current text, in reading order; the unplaceable ones last. */
export function placeHighlights(highlights: readonly Highlight[], text: string): PlacedHighlight[] {
  return highlights
    .map((highlight) => ({ highlight, ...anchorTarget(text, highlight.target) }))
    .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (b.end ?? 0) - (a.end ?? 0));
}
