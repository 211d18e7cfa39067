/**
 * Import: a file's bytes → a safe, normalized article body and its one plain text. Each step is a
 * module of its own so that later sources (URLs, saved images) slot in: a new source produces a
 * `Draft`, and everything after that — sanitizing, normalizing, the text — is shared.
 */
import type { ArticleFormat } from '../../../common/model/article';
import { textFromDom } from '../../../common/text/dom-text';
import { checkNotBinary, checkNotEmpty, checkSize, decodeBytes, emptyFileError } from './decode';
import { baseName, detectFormat, extensionOf } from './detect-format';
import { parseFragment } from './dom';
import { humanizeFileName, type Draft } from './draft';
import { ImportError } from './errors';
import { fromEpub } from './from-epub';
import { fromHtml } from './from-html';
import { fromMarkdown } from './from-markdown';
import { fromText } from './from-text';
import { normalizeBody } from './normalize';
import { sanitizeHtml } from './sanitize';
import { countWords, makeExcerpt } from './text-stats';

export { MAX_IMPORT_BYTES, ImportError, type ImportErrorCode } from './errors';

export interface ImportedDocument {
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  canonicalUrl: string | null;
  /** The sources of the article's images as its page wrote them. */
  images: string[];
  format: ArticleFormat;
  /** Sanitized, normalized body HTML: safe to assign to innerHTML in the renderer. */
  html: string;
  /**
   * The sources of the body's images from elsewhere: each such `<img>` holds its number in
   * `data-gloss-image` and no `src`, until the image store saves it or takes it out.
   */
  imageSources: string[];
  /** `textFromDom` of `html` parsed again: the article's plain text. */
  text: string;
  excerpt: string;
  wordCount: number;
  /** Sentences for the user about what was changed or guessed. */
  warnings: string[];
}

export interface ImportInput {
  /** Used for the format, the messages and, failing all else, the title. */
  fileName: string;
  bytes: Uint8Array;
  /** Wins over any title found in the content. */
  title?: string;
  /** Where a web page was fetched from: its relative image sources are resolved against it. */
  baseUrl?: string;
}

export async function importDocument(input: ImportInput): Promise<ImportedDocument> {
  const { fileName, bytes } = input;
  checkSize(fileName, bytes.length);
  checkNotEmpty(fileName, bytes);
  // An EPUB is a zip, which detectFormat refuses as an archive: it is read by name first.
  if (extensionOf(fileName) === 'epub') return finish(fromEpub(fileName, bytes, input), fileName);
  const format = detectFormat(fileName, bytes);
  checkNotBinary(fileName, bytes);
  const decoded = decodeBytes(bytes, { html: format === 'html' });
  if (decoded.text.trim() === '') throw emptyFileError(fileName);

  const options = { title: input.title, baseUrl: input.baseUrl };
  const draft =
    format === 'html'
      ? fromHtml(decoded.text, options)
      : format === 'md'
        ? fromMarkdown(decoded.text, options)
        : fromText(decoded.text, { ...options, fileName });
  return finish(draft, fileName, decoded.warnings);
}

/** The steps every source shares: sanitize, normalize, serialize, and read the text back. */
export function finish(draft: Draft, fileName: string, earlierWarnings: string[] = []): ImportedDocument {
  const { body, warnings: sanitizeWarnings, imageSources } = sanitizeHtml(draft.bodyHtml);
  normalizeBody(body);
  const html = body.innerHTML;
  // The text comes from the serialized HTML parsed again, exactly as the renderer will parse it,
  // so that offsets into it are offsets into what the renderer shows.
  const { text } = textFromDom(parseFragment(html));
  if (text.trim() === '') {
    throw new ImportError(
      'no-content',
      `No readable text was found in “${baseName(fileName)}” once scripts, styles, forms and page furniture were removed.`,
    );
  }
  return {
    title: draft.title ?? humanizeFileName(fileName),
    byline: draft.byline,
    siteName: draft.siteName,
    published: draft.published ?? null,
    canonicalUrl: draft.canonicalUrl ?? null,
    images: draft.images ?? [],
    format: draft.format,
    html,
    imageSources,
    text,
    excerpt: makeExcerpt(text),
    wordCount: countWords(text),
    warnings: [...earlierWarnings, ...draft.warnings, ...sanitizeWarnings],
  };
}
