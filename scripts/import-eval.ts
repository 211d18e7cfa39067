/**
 * `npm run --silent import-eval -- [--readability] DIR`: scores the HTML importer (or, with
 * `--readability`, Mozilla Readability alone on the same decoded pages) against DIR/gold.json, a
 * map from each page's file name to its {title, byline, published, site, text, images}. Prints
 * body word F1, exact titles, bylines, sites and dates, and image recall, and each page that missed.
 */
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../electron/services/import/decode';
import { parseHtmlDocument } from '../electron/services/import/dom';
import { bodyLines, importTextRow, type ImportTextRow } from './import-text';

/** What a page's reader sees: the import-text row the importer should give for it. */
type Gold = Omit<ImportTextRow, 'file'>;

export function readabilityRow(file: string): ImportTextRow {
  const { text } = decodeBytes(readFileSync(file), { html: true });
  const article = new Readability(parseHtmlDocument(text)).parse();
  const content = article?.content ?? '';
  const images = [...content.matchAll(/<img[^>]*?\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  return {
    file,
    title: article?.title ?? '',
    byline: article?.byline ?? null,
    published: article?.publishedTime ?? null,
    site: article?.siteName ?? null,
    text: bodyLines(content),
    images,
  };
}

function wordCounts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

export function wordF1(got: string, want: string): number {
  const g = wordCounts(got);
  const w = wordCounts(want);
  let common = 0;
  for (const [word, n] of g) common += Math.min(n, w.get(word) ?? 0);
  const gotN = [...g.values()].reduce((a, b) => a + b, 0);
  const wantN = [...w.values()].reduce((a, b) => a + b, 0);
  if (gotN === 0 || wantN === 0) return gotN === wantN ? 1 : 0;
  const p = common / gotN;
  const r = common / wantN;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export interface Scores {
  pages: number;
  bodyF1: number;
  titles: number;
  bylines: number;
  sites: number;
  dates: number;
  imageRecall: number;
  imagesWanted: number;
  /** One line per page that missed anything, saying what. */
  misses: string[];
}

/** Scores `row` (the importer, or Readability alone) on every page of DIR/gold.json; percentages. */
export async function scorePages(
  dir: string,
  row: (file: string) => ImportTextRow | Promise<ImportTextRow>,
): Promise<Scores> {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, Gold>;
  let f1 = 0;
  let titles = 0;
  let bylines = 0;
  let sites = 0;
  let dates = 0;
  let imagesFound = 0;
  let imagesWanted = 0;
  const lines: string[] = [];
  const names = Object.keys(gold).sort();
  for (const name of names) {
    const want = gold[name]!;
    const got = await row(path.join(dir, name));
    const f = wordF1(got.text, want.text);
    f1 += f;
    const misses: string[] = [];
    if (f < 0.98) misses.push(`body F1 ${(100 * f).toFixed(1)}`);
    if (norm(got.title) === norm(want.title)) titles++;
    else misses.push(`title “${got.title}”`);
    if (norm(got.byline) === norm(want.byline)) bylines++;
    else misses.push(`byline “${got.byline}”`);
    if (norm(got.site) === norm(want.site)) sites++;
    else misses.push(`site “${got.site}”`);
    if ((got.published ?? '').slice(0, 10) === (want.published ?? '')) dates++;
    else misses.push(`published “${got.published}”`);
    // Readability gives sources resolved against the page's base: a resolved one counts too.
    const found = want.images.filter((src) =>
      got.images.some((g) => g === src || g.endsWith(`/${src.replace(/^\.?\//, '')}`)),
    ).length;
    imagesFound += found;
    imagesWanted += want.images.length;
    if (found < want.images.length)
      misses.push(`images ${found}/${want.images.length} (${got.images.join(' ')})`);
    if (misses.length) lines.push(`${name}: ${misses.join('; ')}`);
  }
  const n = names.length;
  const pct = (x: number, d: number) => (d ? (100 * x) / d : 100);
  return {
    pages: n,
    bodyF1: pct(f1, n),
    titles: pct(titles, n),
    bylines: pct(bylines, n),
    sites: pct(sites, n),
    dates: pct(dates, n),
    imageRecall: pct(imagesFound, imagesWanted),
    imagesWanted,
    misses: lines,
  };
}

async function main(argv: string[]): Promise<number> {
  const baseline = argv.includes('--readability');
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('Usage: import-eval [--readability] DIR (DIR holds the pages and gold.json)');
    return 2;
  }
  const s = await scorePages(dir, baseline ? readabilityRow : importTextRow);
  for (const line of s.misses) console.log(line);
  const f = (x: number) => x.toFixed(1);
  console.log(
    `${baseline ? 'Readability alone' : 'Gloss importer'}, ${s.pages} pages: body word F1 ${f(s.bodyF1)}, exact titles ${f(s.titles)}%, bylines ${f(s.bylines)}%, sites ${f(s.sites)}%, dates ${f(s.dates)}%, image recall ${f(s.imageRecall)}% of ${s.imagesWanted}`,
  );
  return 0;
}

if (import.meta.filename === process.argv[1]) main(process.argv.slice(2)).then((code) => process.exit(code));
