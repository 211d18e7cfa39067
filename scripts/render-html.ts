/**
 * `npm run --silent render-html -- --format jsonl FILE...`: the HTML the reader puts in its page for
 * each document, in plain Node, one JSON line per file: {"file", "html"} (or {"file", "error"} for
 * a file the importer refuses, with its message; the exit status is then 1). The importer and its
 * sanitizer are the app's, images are stored or taken out as an import does (those beside the
 * file kept, under /article-images/render-html/…); then the reader's own pass (ArticleView:
 * DOMPurify with its defaults over the stored body) is run the same way, so the line is what the
 * article's element holds.
 */
import createDOMPurify, { type WindowLike } from 'dompurify';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importDocument } from '../electron/services/import';
import { collectImages, NO_IMAGES, type ImageSource } from '../electron/services/images/image-store';
import { besideFileSource } from '../electron/services/images/sources';
import { sharedWindow } from '../electron/services/import/dom';
import { jsonlPerFile } from './cli-args';

let readerPurify: ReturnType<typeof createDOMPurify> | null = null;

/** The reader's second pass, as ArticleView does it: `DOMPurify.sanitize(article.html)`. */
export function readerPass(storedHtml: string): string {
  readerPurify ??= createDOMPurify(sharedWindow() as unknown as WindowLike);
  return readerPurify.sanitize(storedHtml);
}

/** The article's id in the image addresses of the line (there is no library to give one). */
const CLI_ARTICLE_ID = 'render-html';

export async function renderHtml(
  fileName: string,
  bytes: Uint8Array,
  images: ImageSource = NO_IMAGES,
): Promise<string> {
  const doc = await importDocument({ fileName, bytes });
  // As an import stores it: its images saved (from beside the file) or taken out.
  const stored = await collectImages(doc, images);
  return readerPass(stored.htmlFor(CLI_ARTICLE_ID));
}

if (import.meta.filename === process.argv[1])
  jsonlPerFile(process.argv.slice(2), 'render-html', async (file) => ({
    file,
    html: await renderHtml(path.basename(file), readFileSync(file), besideFileSource(file)),
  })).then((code) => process.exit(code));
