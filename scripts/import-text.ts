/**
 * `npm run --silent import-text -- --format jsonl FILE...`: the app's importer in plain Node, one
 * JSON line per file: {"file", "title", "byline", "published", "site", "text", "images"} (text: the
 * body as plain text, one paragraph per line, captions left out; images: their sources as the
 * page wrote them), or {"file", "error"} for a file the importer refuses (the exit status is 1).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { textFromDom } from '../common/text/dom-text';
import { importDocument } from '../electron/services/import';
import { parseFragment } from '../electron/services/import/dom';
import { jsonlPerFile } from './cli-args';

export interface ImportTextRow {
  file: string;
  title: string;
  byline: string | null;
  published: string | null;
  site: string | null;
  text: string;
  images: string[];
}

/** The body without its figures' captions, one paragraph a line. */
export function bodyLines(html: string): string {
  const root = parseFragment(html);
  for (const cap of Array.from(root.querySelectorAll('figcaption'))) cap.remove();
  return textFromDom(root)
    .text.split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

export async function importTextRow(file: string): Promise<ImportTextRow> {
  const doc = await importDocument({ fileName: path.basename(file), bytes: readFileSync(file) });
  return {
    file,
    title: doc.title,
    byline: doc.byline,
    published: doc.published,
    site: doc.siteName,
    text: bodyLines(doc.html),
    images: doc.images,
  };
}

if (import.meta.filename === process.argv[1])
  jsonlPerFile(process.argv.slice(2), 'import-text', importTextRow).then((code) => process.exit(code));
