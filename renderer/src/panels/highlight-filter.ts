/**
 * Which of the article's highlights the Notes panel shows: the filter shared with the review view
 * (common/model/highlight-filter.ts), over the placed highlights. None set shows everything.
 */
import type { Highlight, HighlightColor } from '../../../common/model/annotation';
import { highlightMatcher, type HighlightFilter } from '../../../common/model/highlight-filter';
import type { PlacedHighlight } from '../state/session/placed';

export { isFiltering, NO_FILTER, type HighlightFilter } from '../../../common/model/highlight-filter';

/** Every tag in use, each once, in alphabetical order. */
export const tagsIn = (placed: readonly PlacedHighlight[]): string[] =>
  [...new Set(placed.flatMap((p) => p.highlight.tags ?? []))].sort((a, b) => a.localeCompare(b));

export function filterHighlights(placed: readonly PlacedHighlight[], f: HighlightFilter): PlacedHighlight[] {
  const matches = highlightMatcher(f, (h: Highlight) => h.target.quote.exact);
  return placed.filter((p) => matches(p.highlight));
}

export const toggleColor = (f: HighlightFilter, c: HighlightColor): HighlightFilter => ({
  ...f,
  colors: f.colors.includes(c) ? f.colors.filter((x) => x !== c) : [...f.colors, c],
});
