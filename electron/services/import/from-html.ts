import { Readability } from '@mozilla/readability';
import { maxElementDepth } from './depth';
import { parseHtmlDocument } from './dom';
import { cleanLine, type Draft } from './draft';

/**
 * Readability's cost grows far faster than linearly with nesting depth (a page nested 600 deep
 * takes it many seconds); real articles stay well below this, hostile pages need not.
 */
const MAX_READABLE_DEPTH = 100;

/**
 * A web page is reduced to its article by Mozilla Readability (the engine of Firefox's Reader
 * View), which also finds the title, byline and site name. A page Readability can make nothing of
 * is kept whole rather than refused; sanitizing comes after, in `finish`, for every format alike.
 */
export function fromHtml(html: string, options: { title?: string | undefined }): Draft {
  const doc = parseHtmlDocument(html);
  const warnings: string[] = [];
  removeHidden(doc);
  const tooDeep = doc.documentElement ? maxElementDepth(doc.documentElement) > MAX_READABLE_DEPTH : false;
  // Readability rewrites the document it reads; keep the original for the fallback.
  const article = tooDeep
    ? null
    : new Readability(doc.cloneNode(true) as Document, { keepClasses: false }).parse();
  const found = article && cleanLine(article.textContent) !== null && typeof article.content === 'string';
  let bodyHtml: string;
  if (found) {
    bodyHtml = article.content as string;
  } else {
    bodyHtml = doc.body?.innerHTML ?? '';
    warnings.push(
      tooDeep
        ? 'This page is nested too deeply to look for its article, so Gloss kept the whole page.'
        : 'Gloss could not tell the article apart from the rest of the page, so it kept the whole page.',
    );
  }
  const title =
    cleanLine(options.title) ??
    cleanLine(article?.title) ??
    cleanLine(doc.title) ??
    cleanLine(doc.querySelector('h1')?.textContent);
  return {
    format: 'html',
    title,
    // Readability hands over a byline found in the page as written: "By Jane Doe".
    byline: cleanLine(article?.byline?.replace(/^\s*by\s+/i, '')),
    siteName: cleanLine(article?.siteName),
    bodyHtml,
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
