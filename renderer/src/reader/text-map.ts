/**
 * The renderer's one mapping between plain-text offsets and the DOM of the rendered article. Every
 * layer (entities, quotes, the user's highlights, search hits) is painted through it, and every
 * selection is read back through it; nothing else in the renderer knows offsets and nodes at once.
 */
import { textFromDom, type TextSegment } from '../../../common/text/dom-text';

export class TextMap {
  readonly text: string;
  private readonly segments: TextSegment<Node>[];
  private readonly indexOf = new Map<Node, number>();

  constructor(readonly root: HTMLElement) {
    const { text, segments } = textFromDom<Node>(root);
    this.text = text;
    this.segments = segments;
    segments.forEach((s, i) => this.indexOf.set(s.node, i));
  }

  /** The segment holding `offset`, preferring the one that starts there at a boundary. */
  private segmentAt(offset: number, preferEnd: boolean): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid]!;
      if (preferEnd ? s.end < offset : s.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private point(offset: number, preferEnd: boolean): { node: Node; offset: number } | null {
    if (this.segments.length === 0) return null;
    const s = this.segments[this.segmentAt(offset, preferEnd)]!;
    // An offset inside a block separator snaps to the nearest text on the side the range needs.
    const clamped = Math.min(Math.max(offset, s.start), s.end);
    return { node: s.node, offset: clamped - s.start };
  }

  range(start: number, end: number): Range | null {
    const a = this.point(start, false);
    const b = this.point(end, true);
    if (!a || !b) return null;
    const r = document.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r.collapsed && end > start ? null : r;
  }

  /** The text offset of a DOM boundary point (as a Selection or caret gives it), or null outside the article. */
  offsetOf(node: Node, offset: number): number | null {
    if (!this.root.contains(node)) return null;
    const i = this.indexOf.get(node);
    if (i !== undefined)
      return this.segments[i]!.start + Math.min(offset, this.segments[i]!.end - this.segments[i]!.start);
    // An element boundary: the next text node in document order starts there.
    const walker = document.createTreeWalker(this.root, NodeFilter.SHOW_TEXT);
    const after = node.childNodes[offset];
    if (after) {
      walker.currentNode = after;
      let t: Node | null = after.nodeType === Node.TEXT_NODE ? after : walker.nextNode();
      while (t && !this.indexOf.has(t)) t = walker.nextNode();
      if (t) return this.segments[this.indexOf.get(t)!]!.start;
    } else {
      walker.currentNode = node;
      let t: Node | null = walker.lastChild() ?? node;
      // Past the last child: the end of the text before this point.
      while (t && !this.indexOf.has(t)) t = walker.previousNode();
      if (t) return this.segments[this.indexOf.get(t)!]!.end;
    }
    return this.text.length;
  }

  /** The article offsets a live selection covers, trimmed of surrounding whitespace. */
  selectionOffsets(sel: Selection | null): { start: number; end: number } | null {
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    if (!this.root.contains(r.commonAncestorContainer) && r.commonAncestorContainer !== this.root)
      return null;
    let start = this.offsetOf(r.startContainer, r.startOffset);
    let end = this.offsetOf(r.endContainer, r.endOffset);
    if (start === null || end === null) return null;
    while (start < end && /\s/.test(this.text[start]!)) start++;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    return end > start ? { start, end } : null;
  }

  /** The offset under a viewport point, for clicks and for the reading position. */
  offsetAtPoint(x: number, y: number): number | null {
    const doc = document as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    };
    const pos = doc.caretPositionFromPoint?.(x, y);
    if (pos) return this.offsetOf(pos.offsetNode, pos.offset);
    const r = document.caretRangeFromPoint?.(x, y);
    return r ? this.offsetOf(r.startContainer, r.startOffset) : null;
  }
}
