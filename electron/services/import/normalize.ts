import { isBlockElementName } from '../../../common/text/dom-text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COLLAPSIBLE = /[ \t\n\f\r]+/g;

/** Elements whose whitespace is content. */
const PRE = new Set(['PRE', 'TEXTAREA', 'LISTING', 'XMP', 'PLAINTEXT']);
/** Elements that are content even with nothing inside. */
const CONTENTFUL_VOID = new Set(['IMG', 'HR', 'BR', 'WBR']);
/** Kept even when empty, or the table around them would change shape. */
const STRUCTURAL = new Set(['TD', 'TH', 'TR', 'THEAD', 'TBODY', 'TFOOT', 'COL', 'COLGROUP']);

/**
 * Makes the DOM say what a browser shows, so that the plain text (see common/text/dom-text.ts,
 * which takes text verbatim) has no stray whitespace: runs of whitespace become one space (not in
 * pre), lines do not start or end with a space, empty elements and blocks go, and a link without
 * a target is just text. Runs in place on a sanitized body.
 */
export function normalizeBody(root: HTMLElement): void {
  unwrapDeadLinks(root);
  // Empty blocks go before whitespace is collapsed: they are line ends for the collapsing, and
  // removing one afterwards could join two words.
  removeEmpty(root, false);
  collapseWhitespace(root);
  trimPre(root);
  removeEmpty(root, true);
}

function unwrapDeadLinks(root: HTMLElement): void {
  for (const a of Array.from(root.querySelectorAll('a:not([href])')))
    a.replaceWith(...Array.from(a.childNodes));
}

function collapseWhitespace(root: HTMLElement): void {
  let lineStart = true;
  let lastText: Text | null = null;
  const endLine = (): void => {
    if (lastText) {
      const trimmed = lastText.data.replace(/ $/, '');
      if (trimmed) lastText.data = trimmed;
      else lastText.remove();
    }
    lastText = null;
    lineStart = true;
  };

  // Iterative walk with explicit exits, because a block's end is a line end.
  const stack: { node: Node; next: number; block: boolean; pre: boolean }[] = [
    { node: root, next: 0, block: true, pre: false },
  ];
  let preDepth = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.node.childNodes.length) {
      stack.pop();
      if (frame.pre) preDepth--;
      if (frame.block) endLine();
      continue;
    }
    const node = frame.node.childNodes[frame.next]!;
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      if (preDepth > 0) {
        lastText = null;
        lineStart = false;
        frame.next++;
        continue;
      }
      let value = text.data.replace(COLLAPSIBLE, ' ');
      if (lineStart || lastText?.data.endsWith(' ')) value = value.replace(/^ /, '');
      if (value === '') {
        text.remove(); // frame.next now points at the following sibling
        continue;
      }
      text.data = value;
      lastText = text;
      lineStart = false;
      frame.next++;
      continue;
    }
    frame.next++;
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      endLine();
      continue;
    }
    if (name === 'IMG') {
      lastText = null;
      lineStart = false;
      continue;
    }
    const block = isBlockElementName(name);
    const pre = PRE.has(name);
    if (block) endLine();
    if (pre) preDepth++;
    stack.push({ node, next: 0, block, pre });
  }
}

/**
 * The HTML parser drops a newline right after `<pre>`, so a body whose pre starts with one would
 * not survive being serialized and parsed again with the same text. Blank lines at either end of
 * a pre show nothing anyway.
 */
function trimPre(root: HTMLElement): void {
  for (const pre of Array.from(root.querySelectorAll('pre'))) {
    const walker = pre.ownerDocument.createTreeWalker(pre, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    for (const t of texts) {
      t.data = t.data.replace(/^[ \t]*\n+/, '').replace(/^\n+/, '');
      if (t.data) break;
    }
    for (const t of texts.reverse()) {
      t.data = t.data.replace(/\s+$/, '');
      if (t.data) break;
    }
  }
}

function hasContent(el: Element): boolean {
  if ((el.textContent ?? '').trim() !== '') return true;
  return el.querySelector('img, hr') !== null;
}

function isBreak(node: Node | null): boolean {
  return node !== null && node.nodeType === ELEMENT_NODE && node.nodeName === 'BR';
}

/**
 * Bottom-up, so a block emptied by removing its children goes too. An inline element goes only when
 * nothing at all is left in it: a lone space between two words is content.
 */
function removeEmpty(root: HTMLElement, stripEdgeBreaks: boolean): void {
  const elements = Array.from(root.querySelectorAll('*')).reverse();
  for (const el of elements) {
    const name = el.nodeName.toUpperCase();
    if (CONTENTFUL_VOID.has(name) || !root.contains(el)) continue;
    const block = isBlockElementName(name);
    if (block && stripEdgeBreaks) {
      // A line break at a block's edge shows nothing; in the text it would be a stray "\n".
      while (isBreak(el.firstChild)) el.firstChild!.remove();
      while (isBreak(el.lastChild)) el.lastChild!.remove();
    }
    if (STRUCTURAL.has(name)) continue;
    if (block ? !hasContent(el) : el.childNodes.length === 0) el.remove();
  }
  if (stripEdgeBreaks) {
    while (isBreak(root.firstChild)) root.firstChild!.remove();
    while (isBreak(root.lastChild)) root.lastChild!.remove();
  }
}
