/**
 * Page furniture: what a news page puts around and between an article's paragraphs that is not the
 * article (related-story lists, share bars, cookie, subscribe and paywall boxes, ads, "Read more"
 * lines, copyright footers). Readability keeps some of it, and what it keeps would be read as
 * prose: a headline of another story, a photo credit taken for a speaker.
 */

/** Class, id or role words that mark a block as furniture (matched as whole words of the name). */
const FURNITURE_NAME =
  /(?:^|[-_\s])(?:related(?:posts|stories|links|articles)?|jp-relatedposts|recirc\w*|most-?(?:popular|read|viewed)|popular|trending|outbrain|taboola|share(?:bar|-?tools|-?buttons|daddy)?|sharing|social(?:-share|-links)?|sharedaddy|newsletter\w*|subscribe\w*|subscription|paywall\w*|piano|regwall|cookie\w*|consent|onetrust\w*|gdpr|ad|ads|advert\w*|ad-container|ad-slot|adslot|sponsored|promo\w*|epic|contributions\w*|next-article|up-?next|read-?next|more-stories|comments?|comment-count|tags?|tags-links|cat-links|submeta|breadcrumbs?|cite-as|author-bio|site-footer|colophon|sidebar|widget\w*)(?=$|[-_\s])/i;

/** Roles and elements that are never the article. */
const FURNITURE_SELECTOR =
  'aside, nav, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], [aria-label="Advertisement" i], amp-ad, amp-social-share, amp-analytics, amp-sticky-ad';

/** Short lines between paragraphs that point elsewhere. */
const PROMPT_LINE =
  /^(?:lesen sie auch|mehr zum thema|à lire aussi|lire aussi|leer más|lee también|read more|read next|more:|related(?: stories| articles| coverage)?:?$|advertisement$|story continues(?: below)?(?: advertisement)?$|continue reading\b.*$|scroll to continue|share this(?: article| story)?|sign up\b|subscribe\b|listen to this article|watch:|see also:|also read:|recommended:?$|you may also like|most popular$|up next$)/i;
const COPYRIGHT_LINE = /^(?:\(c\)|copyright\b)|©|all rights reserved\.?$/i;
const BYLINE_LINE = /^(?:[Bb]y|BY|[Pp]ar|[Vv]on|[Pp]or|[Dd]i)\s+\p{Lu}/u;
const DATELINE_LINE =
  /^(?:updated|published|posted|last updated|first published)\b|^(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,? \d{1,2} \w+ \d{4}|^\w+\.? \d{1,2}, \d{4}(?:,? \d{1,2}[:.]\d{2}\s*[ap]\.?m\.?)?(?:\s+\w+)?$/i;
const STRAY_NUMBER = /^\d{1,5}$/;

function nameOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-component') ?? ''}`.trim();
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** How much of a block's text is link text (0 to 1). */
function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  return linked / total;
}

/** The furniture that can be told by its markup, removed from the page before Readability reads it. */
export function removeMarkedFurniture(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll(FURNITURE_SELECTOR))) el.remove();
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!body.contains(el) || el === body) continue;
    const name = nameOf(el);
    // Names of the page's main containers ("single-post", "article-body") describe the whole page;
    // only a block that is small next to the page is judged by its name.
    if (name && FURNITURE_NAME.test(name) && !el.querySelector('h1') && textOf(el).length < 4000) el.remove();
  }
}

/**
 * A caption and a credit beside an image in a plain div ("media-caption", "credit") become the
 * image's figure and figcaption, so that they stay captions and are never read as paragraphs.
 * In every figcaption the credit is then a line of its own: the quotation finder reads the text,
 * where "Photograph: Ed Marsh/PA" alone is a credit it passes over, but run on after a caption
 * it is a name beside a quotation.
 */
export function markCaptions(doc: Document): void {
  const named = Array.from(doc.body?.querySelectorAll('*') ?? []).filter((e) =>
    /caption|credit/i.test(e.getAttribute('class') ?? ''),
  );
  for (const cap of named) {
    if (cap.closest('figcaption') || cap.querySelector('p, div + div')) continue;
    const holder = cap.parentElement;
    if (!holder || !holder.querySelector('img') || holder.nodeName === 'BODY') continue;
    const figure = holder.nodeName === 'FIGURE' ? holder : rename(doc, holder, 'figure');
    const caption = doc.createElement('figcaption');
    const parts = Array.from(figure.children).filter(
      (c) => c.nodeName !== 'IMG' && c.nodeName !== 'PICTURE' && !c.querySelector('img') && textOf(c),
    );
    caption.append(...parts);
    if (parts.length) figure.append(caption);
  }
  for (const caption of Array.from(doc.querySelectorAll('figcaption'))) separateCredit(doc, caption);
}

const CREDIT_CLASS = /credit|copyright|source|byline/i;
/** "… quay. (Photo: Pieter de Wit)", "… Leeds. Photograph: Ed Marsh/PA": a credit after the caption. */
const TRAILING_CREDIT =
  /^(.*?[.!?…”"])?\s*\(?((?:photo(?:graph)?s?|image|picture|credit|illustration|video|graphic|foto)\b\s*(?:by|:|credit|©)?[^()]*?)\)?\.?$/i;

function separateCredit(doc: Document, caption: Element): void {
  const marked = Array.from(caption.querySelectorAll('*')).filter((e) =>
    CREDIT_CLASS.test(e.getAttribute('class') ?? ''),
  );
  let text: string;
  let credit: string;
  if (marked.length) {
    credit = marked.map(textOf).join(' ');
    for (const m of marked) m.remove();
    text = textOf(caption);
  } else {
    const m = TRAILING_CREDIT.exec(textOf(caption));
    if (!m) return;
    text = (m[1] ?? '').trim();
    credit = m[2]!.trim();
  }
  if (!credit) return;
  caption.replaceChildren();
  for (const line of [text, credit].filter(Boolean)) {
    const p = doc.createElement('p');
    p.textContent = line;
    caption.append(p);
  }
}

function rename(doc: Document, el: Element, tag: string): Element {
  const out = doc.createElement(tag);
  out.append(...Array.from(el.childNodes));
  el.replaceWith(out);
  return out;
}

/**
 * What is left once Readability has chosen the article: lines of furniture, a byline, dateline or
 * stray number at the top, a copyright line at the end, lists of links to other stories, and the
 * headline again (the title shows it).
 */
export function removeFurnitureLines(root: Element, title: string | null, bylines: readonly string[]): void {
  const leaves = lineElements(root);
  const bylineWords = bylines.map((b) => b.toLowerCase());
  let prose = 0;
  for (const el of leaves) {
    if (!root.contains(el) || el.closest('figcaption, figure, blockquote, table')) continue;
    const text = textOf(el);
    if (!text) continue;
    const short = text.length <= 160;
    const atTop = prose < 1;
    const lower = text.toLowerCase();
    const furniture =
      (short && PROMPT_LINE.test(text)) ||
      (short && COPYRIGHT_LINE.test(text)) ||
      (atTop && STRAY_NUMBER.test(text)) ||
      (atTop && short && (BYLINE_LINE.test(text) || DATELINE_LINE.test(text))) ||
      (atTop && short && bylineWords.some((b) => lower === b || lower.startsWith(`${b} `))) ||
      (title !== null && (/^H[1-6]$/.test(el.nodeName) || atTop) && text === title);
    if (furniture) {
      removeWithEmptyParents(el, root);
      continue;
    }
    if (el.nodeName === 'P' || text.length > 160) prose++;
  }
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const items = list.querySelectorAll('li').length;
    if (root.contains(list) && items >= 2 && linkDensity(list) > 0.8) removeWithEmptyParents(list, root);
  }
}

const LINE_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Inline elements that can hold a whole line of their own: `<center><b>Title</b></center><br>`. */
const INLINE_LINE_TAGS = new Set(['SPAN', 'EM', 'STRONG', 'B', 'I', 'FONT', 'SMALL', 'CENTER']);
const CONTAINER_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'FIGURE', 'IMG']);

/**
 * The elements that hold one line each (a paragraph, a heading, an inline line of its own) and no
 * block inside, in document order; found in one pass from the bottom up, not by a query per element.
 */
function lineElements(root: Element): Element[] {
  const all = Array.from(root.querySelectorAll('*'));
  const holdsBlock = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if ((CONTAINER_TAGS.has(el.nodeName) || holdsBlock.has(el)) && el.parentElement)
      holdsBlock.add(el.parentElement);
  }
  return all.filter(
    (el) =>
      !holdsBlock.has(el) &&
      (LINE_TAGS.has(el.nodeName) || (INLINE_LINE_TAGS.has(el.nodeName) && ownLine(el))),
  );
}

function lineEdge(node: Node | null, next: boolean): boolean {
  let n = node;
  while (n && n.nodeType === 3 && !(n.textContent ?? '').trim()) n = next ? n.nextSibling : n.previousSibling;
  return (
    !n || (n.nodeType === 1 && ((n as Element).nodeName === 'BR' || isBlockName((n as Element).nodeName)))
  );
}

const BLOCK_NAMES = /^(?:P|DIV|LI|UL|OL|H[1-6]|FIGURE|TABLE|BLOCKQUOTE|SECTION|ARTICLE|HR|PRE)$/;
function isBlockName(name: string): boolean {
  return BLOCK_NAMES.test(name);
}

/** An inline element that is a line by itself: nothing but breaks or blocks on either side. */
function ownLine(el: Element): boolean {
  let node: Element = el;
  // Up through inline wrappers that hold nothing else (<center><b>…</b></center>).
  while (
    node.parentElement &&
    INLINE_LINE_TAGS.has(node.parentElement.nodeName) &&
    textOf(node.parentElement) === textOf(node)
  )
    node = node.parentElement;
  return lineEdge(node.previousSibling, false) && lineEdge(node.nextSibling, true);
}

function removeWithEmptyParents(el: Element, root: Element): void {
  let node: Element = el;
  while (node.parentElement && node.parentElement !== root && textOf(node.parentElement) === textOf(node))
    node = node.parentElement;
  node.remove();
}

const BYLINE_NAME =
  /(?:^|[-_\s])(?:byline|by|author|authors|writer|signature|contributor|art-authors|author-line)(?=$|[-_\s])/i;

/**
 * The first words of an element's text without reading all of it: its first non-blank text node,
 * through the elements that open it (`<p><b>By</b> Jane Smith</p>` starts with "By").
 */
function leadText(el: Element): string {
  let node = el.firstChild;
  for (let steps = 0; node && steps < 8; steps++) {
    if (node.nodeType === 3) {
      const t = (node.textContent ?? '').trim();
      if (t) return t;
      node = node.nextSibling;
    } else if (node.nodeType === 1) node = node.firstChild;
    else node = node.nextSibling;
  }
  return '';
}

/**
 * The byline as the page prints it, for a page whose metadata names no author: an element named
 * for it ("byline", "author"), or a short line that starts with "By".
 */
export function printedByline(doc: Document): string | null {
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    // Cheap tests first: only a named element or one whose text starts with "By" is read whole.
    const named = BYLINE_NAME.test(nameOf(el)) || el.getAttribute('rel') === 'author';
    if (!named && !/^(?:by|par|von|por|di)(?:\s|$)/i.test(leadText(el))) continue;
    const text = textOf(el);
    if (!text || text.length > 100 || el.querySelector('p, div, li')) continue;
    if (named || BYLINE_LINE.test(text)) return text;
  }
  return null;
}

/**
 * A lead image placed above the article's text (between the headline and the body) is the
 * article's, though Readability starts the article at its first paragraph.
 */
export function addLeadFigures(doc: Document, body: Element, inBody: readonly string[]): void {
  const firstText = textOf(body.querySelector('p') ?? body).slice(0, 200);
  if (!firstText) return;
  const start = Array.from(doc.querySelectorAll('p')).find((p) =>
    textOf(p).startsWith(firstText.slice(0, 80)),
  );
  if (!start) return;
  const h1 = doc.querySelector('h1');
  // A figure, or an image standing alone (not inside a figure, which brings its caption along).
  const candidates = Array.from(doc.querySelectorAll('figure, img')).filter(
    (el) => el.nodeName === 'FIGURE' || !el.closest('figure'),
  );
  const lead = candidates.filter((f) => {
    const img = f.nodeName === 'IMG' ? f : f.querySelector('img');
    const src = img?.getAttribute('data-gloss-src') ?? img?.getAttribute('src');
    if (!src || inBody.includes(src)) return false;
    const before = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0; // b follows a
    return before(f, start) && (!h1 || before(h1, f));
  });
  for (const f of lead.reverse()) body.prepend(f.cloneNode(true));
}
