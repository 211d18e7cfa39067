/**
 * A caret in the article, for selecting text without a mouse. The text is not editable, so there
 * is no browser caret; the app keeps a collapsed DOM selection in the article and moves or extends
 * it with Selection.modify (Chromium's own word, sentence and line rules). Plain ↑/↓, PageDown and
 * Space are left to scroll the article.
 */
import type { KeyPress } from '../state/keys';
import type { TextMap } from './text-map';

type Granularity = 'character' | 'word' | 'line' | 'sentence' | 'paragraph';

export interface CaretMotion {
  alter: 'move' | 'extend';
  direction: 'forward' | 'backward';
  granularity: Granularity;
}

export function caretMotion(e: KeyPress): CaretMotion | null {
  const horizontal = e.key === 'ArrowLeft' || e.key === 'ArrowRight';
  const vertical = e.key === 'ArrowUp' || e.key === 'ArrowDown';
  if (!horizontal && !vertical) return null;
  const direction = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 'forward' : 'backward';
  const alter = e.shiftKey ? 'extend' : 'move';
  // Ctrl on Windows and Linux, Alt (Option) on a Mac, as text fields do it.
  const bigger = e.ctrlKey || e.altKey || e.metaKey;
  if (horizontal) return { alter, direction, granularity: bigger ? 'word' : 'character' };
  if (bigger) return { alter, direction, granularity: e.shiftKey ? 'sentence' : 'paragraph' };
  return e.shiftKey ? { alter, direction, granularity: 'line' } : null;
}

/** The first text offset in view: where a caret starts when the reader first reaches for one. */
function firstVisibleOffset(map: TextMap, scroller: Element): number {
  const body = map.root.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  return map.offsetAtPoint(body.left + 2, Math.max(body.top, view.top) + 12) ?? 0;
}

/**
 * Moves or extends the caret; if there is none in the article yet, puts one at the top of the
 * view instead (so the first arrow shows where it is rather than moving an unseen caret).
 * Returns false when the key is not a caret key.
 */
export function moveCaret(map: TextMap, scroller: Element, e: KeyPress): boolean {
  const motion = caretMotion(e);
  const sel = window.getSelection();
  if (!motion || !sel) return false;
  const inArticle = sel.rangeCount > 0 && sel.anchorNode !== null && map.root.contains(sel.anchorNode);
  if (!inArticle) {
    const at = firstVisibleOffset(map, scroller);
    const r = map.range(at, at);
    if (r) sel.collapse(r.startContainer, r.startOffset);
    return true;
  }
  sel.modify(motion.alter, motion.direction, motion.granularity);
  const focus = sel.focusNode;
  const el = focus instanceof Element ? focus : focus?.parentElement;
  el?.scrollIntoView({ block: 'nearest' });
  return true;
}

/** Where to draw the caret, in the scroller's content coordinates; null when there is none to draw. */
export function caretBox(
  map: TextMap,
  scroller: Element,
): { top: number; left: number; height: number } | null {
  const sel = window.getSelection();
  if (
    !sel ||
    sel.rangeCount === 0 ||
    !sel.isCollapsed ||
    !sel.anchorNode ||
    !map.root.contains(sel.anchorNode)
  )
    return null;
  const rect = sel.getRangeAt(0).getClientRects()[0] ?? sel.getRangeAt(0).getBoundingClientRect();
  if (!rect || rect.height === 0) return null;
  const host = scroller.getBoundingClientRect();
  return { top: rect.top - host.top + scroller.scrollTop, left: rect.left - host.left, height: rect.height };
}
