import { Readability } from '@mozilla/readability';
import { maxElementDepth } from './depth';
import { escapeHtml, parseHtmlDocument } from './dom';
import { cleanLine, type Draft } from './draft';
import {
  addLeadFigures,
  markCaptions,
  printedByline,
  removeFurnitureLines,
  removeMarkedFurniture,
} from './furniture';
import { resolveImages, writtenSources } from './images';
import { normalizeDate, readMetadata } from './metadata';
import { scriptArticle } from './script-state';
import { cleanByline, cleanTitle, joinNames, siteFromTitle } from './title-byline';

/**
 * Readability's cost grows far faster than linearly with nesting depth (a page nested 600 deep
 * takes it many seconds); real articles stay well below this, hostile pages need not.
 */
const MAX_READABLE_DEPTH = 100;

/** A script's state is the article when the page's own markup holds far less of its text. */
const STATE_WINS_RATIO = 2;

export interface HtmlOptions {
  title?: string | undefined;
  /** Where the page came from: its images' sources are resolved against it (a `<base>` wins). */
  baseUrl?: string | undefined;
}

function words(text: string | null | undefined): number {
  return (text?.match(/\p{L}+/gu) ?? []).length;
}

/**
 * A web page is reduced to its article by Mozilla Readability (the engine of Firefox's Reader
 * View) after the furniture its markup names is taken out; title, byline, date, site and canonical
 * URL come from the page's metadata (JSON-LD, Open Graph, meta tags) before Readability's guesses.
 * A page Readability can make nothing of is kept whole rather than refused; sanitizing comes
 * after, in `finish`, for every format alike.
 */
export function fromHtml(html: string, options: HtmlOptions): Draft {
  const doc = parseHtmlDocument(html, options.baseUrl);
  const warnings: string[] = [];
  removeHidden(doc);
  const meta = readMetadata(doc);
  const base = doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : null;
  resolveImages(doc, base);
  const state = scriptArticle(doc);
  // in document order, each once: a heading or anything classed as a title
  const headings = Array.from(doc.body?.querySelectorAll('*') ?? [])
    .filter((e) => /^H[1-3]$/.test(e.nodeName) || /title|headline/i.test(e.getAttribute('class') ?? ''))
    .map((h) => cleanLine(h.textContent))
    .filter((h): h is string => h !== null && h.length < 300);
  const printed = printedByline(doc);
  // A page Readability cannot reduce is kept whole, as it was before any furniture was taken out.
  const wholePage = doc.body?.innerHTML ?? '';
  const pageText = doc.body?.textContent ?? '';
  markCaptions(doc);
  removeMarkedFurniture(doc);

  const tooDeep = doc.documentElement ? maxElementDepth(doc.documentElement) > MAX_READABLE_DEPTH : false;
  // Readability rewrites the document it reads; keep the original for the fallback.
  const article = tooDeep
    ? null
    : new Readability(doc.cloneNode(true) as Document, { keepClasses: false }).parse();
  const found = article && cleanLine(article.textContent) !== null && typeof article.content === 'string';
  const foundWords = found ? words(article.textContent) : 0;
  const stateBody =
    state && state.words > Math.max(STATE_WINS_RATIO * foundWords, 30)
      ? state.bodyHtml
      : meta.articleBody && words(meta.articleBody) > Math.max(STATE_WINS_RATIO * foundWords, 30)
        ? meta.articleBody
            .split(/\n+/)
            .map((p) => `<p>${escapeHtml(p)}</p>`)
            .join('')
        : null;
  let bodyHtml: string;
  if (stateBody) {
    bodyHtml = stateBody;
  } else if (found) {
    bodyHtml = article.content as string;
  } else {
    bodyHtml = wholePage;
    warnings.push(
      tooDeep
        ? 'This page is nested too deeply to look for its article, so Gloss kept the whole page.'
        : 'Gloss could not tell the article apart from the rest of the page, so it kept the whole page.',
    );
  }

  const knownSite = meta.siteName ?? cleanLine(article?.siteName);
  const titleOpts = { siteName: knownSite, headings, pageText };
  const title =
    cleanLine(options.title) ??
    cleanTitle(meta.headline, titleOpts) ??
    cleanTitle(stateBody ? (state?.headline ?? null) : null, titleOpts) ??
    cleanTitle(meta.docTitle, titleOpts) ??
    cleanLine(article?.title) ??
    headings[0] ??
    null;
  const siteName = knownSite ?? siteFromTitle(meta.docTitle, title);
  const authors = meta.authors.map(cleanByline).filter((a): a is string => a !== null);
  const byline =
    joinNames(authors) ??
    cleanByline(state?.byline ?? null) ??
    cleanByline(article?.byline ?? null) ??
    cleanByline(printed);

  const container = doc.createElement('div');
  container.innerHTML = bodyHtml;
  removeFurnitureLines(container, title, [...authors, ...(byline ? [byline] : [])]);
  if (found && !stateBody) addLeadFigures(doc, container, writtenSources(container));
  return {
    format: 'html',
    title,
    byline,
    siteName,
    published:
      meta.published ??
      normalizeDate(state?.published ?? null) ??
      normalizeDate(article?.publishedTime ?? null) ??
      normalizeDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null),
    canonicalUrl: meta.canonicalUrl,
    images: writtenSources(container),
    bodyHtml: container.innerHTML,
    warnings,
  };
}

/**
 * Text the page itself hides is not part of what its reader saw. Sanitizing drops the style
 * attributes that hide it, so it has to go first or it would appear in the article.
 */
function removeHidden(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[hidden], [style]'))) {
    const style = el.getAttribute('style') ?? '';
    if (el.hasAttribute('hidden') || /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style))
      el.remove();
  }
}
