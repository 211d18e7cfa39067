/**
 * The one definition of an article's plain text, computed from its DOM. Import (Node + jsdom) and
 * the renderer (Chromium) both call this on the same HTML, so every offset stored anywhere in Gloss
 * means the same character on both sides. It therefore depends on nothing but a structural view of
 * a node: no DOM lib types, no platform imports.
 *
 * Rules (kept deliberately simple so both sides cannot drift):
 * - text nodes contribute their value verbatim;
 * - block-level elements are separated by "\n\n", only between non-empty blocks;
 * - `<br>` contributes "\n";
 * - a whitespace-only text node at the start or end of a line (next to a block boundary or a
 *   `<br>`) contributes nothing, since a browser does not render it; inside `<pre>` nothing is
 *   skipped;
 * - script, style, template and noscript content never counts as text.
 */

export interface TextTreeNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextTreeNode>;
}

/** A text node and the range [start, end) its value occupies in `text`. */
export interface TextSegment<N> {
  node: N;
  start: number;
  end: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Upper-case, as `nodeName` reports HTML elements in an HTML document. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'LISTING',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PLAINTEXT',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'XMP',
]);

const IGNORED_ELEMENTS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const PRESERVE_WHITESPACE: ReadonlySet<string> = new Set(['PRE', 'LISTING', 'PLAINTEXT', 'XMP', 'TEXTAREA']);

const WHITESPACE_ONLY = /^[ \t\n\f\r]*$/;

export function isBlockElementName(nodeName: string): boolean {
  return BLOCK_ELEMENTS.has(nodeName) || BLOCK_ELEMENTS.has(nodeName.toUpperCase());
}

function upperName(nodeName: string): string {
  // HTML documents already report upper case; XHTML/XML ones do not.
  return nodeName.charCodeAt(0) >= 97 ? nodeName.toUpperCase() : nodeName;
}

interface Frame<N> {
  node: N;
  next: number;
  block: boolean;
  pre: boolean;
}

export function textFromDom<N extends TextTreeNode>(root: N): { text: string; segments: TextSegment<N>[] } {
  const parts: string[] = [];
  const segments: TextSegment<N>[] = [];
  let length = 0;
  // A block boundary was crossed since the last emitted character: the next text needs "\n\n".
  let pendingBreak = false;
  // Nothing has been emitted on the current line yet (start of text, after a block or a <br>).
  let lineStart = true;
  // Whitespace-only text nodes held back until we know they are not at a line end.
  let heldWhitespace: N[] = [];
  let preDepth = 0;

  const emit = (value: string, node: N | null): void => {
    if (pendingBreak) {
      if (length > 0) {
        parts.push('\n\n');
        length += 2;
      }
      pendingBreak = false;
    }
    if (node !== null) segments.push({ node, start: length, end: length + value.length });
    parts.push(value);
    length += value.length;
    lineStart = false;
  };

  const flushHeld = (): void => {
    for (const held of heldWhitespace) emit(held.nodeValue ?? '', held);
    heldWhitespace = [];
  };

  const blockBoundary = (): void => {
    heldWhitespace = [];
    lineStart = true;
    if (length > 0) pendingBreak = true;
  };

  const stack: Frame<N>[] = [];
  const enter = (node: N): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (value.length === 0) return;
      if (preDepth === 0 && WHITESPACE_ONLY.test(value)) {
        if (!lineStart) heldWhitespace.push(node);
        return;
      }
      flushHeld();
      emit(value, node);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      // The root may be a document or fragment; every other non-element node carries no text.
      if (node !== root) return;
      stack.push({ node, next: 0, block: false, pre: false });
      return;
    }
    const name = upperName(node.nodeName);
    if (IGNORED_ELEMENTS.has(name)) return;
    if (name === 'BR') {
      heldWhitespace = [];
      emit('\n', null);
      lineStart = true;
      return;
    }
    const block = BLOCK_ELEMENTS.has(name);
    const pre = PRESERVE_WHITESPACE.has(name);
    if (block) blockBoundary();
    if (pre) preDepth++;
    stack.push({ node, next: 0, block, pre });
  };

  // Iterative, so that a hostile, deeply nested document cannot overflow the call stack.
  enter(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const children = frame.node.childNodes;
    if (frame.next < children.length) {
      // A node's children are of the node's own kind (a DOM Node's are Nodes).
      enter(children[frame.next++] as N);
      continue;
    }
    stack.pop();
    if (frame.pre) preDepth--;
    if (frame.block) blockBoundary();
  }

  return { text: parts.join(''), segments };
}
