import type { Span } from '../../../common/model/analysis';
import type { TextMap } from './text-map';

/** Where a passage is brought to when the app shows it: a third of the way down the view. */
export const SHOW_AT = 1 / 3;

/** How far to scroll so that a line whose top is at `top` sits at SHOW_AT of the view. */
export function scrollDelta(top: number, viewTop: number, viewHeight: number): number {
  return top - viewTop - viewHeight * SHOW_AT;
}

/**
 * Brings a span into view; returns where its last line box ended up (where a card about it hangs)
 * and whether the view moved, or null when the span is not in the text.
 */
export function scrollToSpan(map: TextMap, s: Span): { x: number; y: number; moved: boolean } | null {
  const r = map.range(s.start, s.end);
  const scroller = map.root.closest('.reading-scroll');
  if (!r || !scroller) return null;
  const before = scroller.scrollTop;
  scroller.scrollTop += scrollDelta(
    r.getBoundingClientRect().top,
    scroller.getBoundingClientRect().top,
    scroller.clientHeight,
  );
  const rects = r.getClientRects();
  const last = rects[rects.length - 1] ?? r.getBoundingClientRect();
  return { x: last.left + last.width / 2, y: last.bottom, moved: scroller.scrollTop !== before };
}
