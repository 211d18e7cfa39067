import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from './dom';
import { cleanLine, type Draft } from './draft';

/**
 * A web page is reduced to its article by Mozilla Readability (the engine of Firefox's Reader
 * View), which also finds the title, byline and site name. A page Readability can make nothing of
 * is kept whole rather than refused; sanitizing comes after, in `finish`, for every format alike.
 */
export function fromHtml(html: string, options: { title?: string | undefined }): Draft {
  const doc = parseHtmlDocument(html);
  const warnings: string[] = [];
  // Readability rewrites the document it reads; keep the original for the fallback.
  const article = new Readability(doc.cloneNode(true) as Document, { keepClasses: false }).parse();
  const found = article && cleanLine(article.textContent) !== null && typeof article.content === 'string';
  let bodyHtml: string;
  if (found) {
    bodyHtml = article.content as string;
  } else {
    bodyHtml = doc.body?.innerHTML ?? '';
    warnings.push(
      'Gloss could not tell the article apart from the rest of the page, so it kept the whole page.',
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
    byline: cleanLine(article?.byline),
    siteName: cleanLine(article?.siteName),
    bodyHtml,
    warnings,
  };
}
