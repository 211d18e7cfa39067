import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeRange } from '../common/anchoring/anchor';
import type { Highlight } from '../common/model/annotation';
import type { Article } from '../common/model/article';
import { tokenize } from '../common/text/terms';
import { EMPTY_ANNOTATIONS_FILE } from '../electron/services/journal/journaled-article';
import { writeJsonAtomic } from '../electron/services/storage/json-file';
import { DEFAULT_VIEW, visibleEntries } from '../renderer/src/library/library-view';
import { ROOT, SAMPLE_FILE, startServices, tempProfile } from '../tests/support/profile';
import { fmt, median } from './fixtures';

const ARTICLES = Number(process.env['GLOSS_BENCH_ARTICLES'] ?? 10_000);
const HIGHLIGHTS_PER_ARTICLE = 10;
const QUERIES = 200;
const IMPORTS = 100;
const POLNEAR = path.join(ROOT, '../shared/data/quotes/polnear-dev');

/** Real news text where ../shared is present (PolNeAR dev), the sample's paragraphs otherwise. */
export function sourceParagraphs(): { paragraphs: string[]; from: string } {
  if (existsSync(POLNEAR)) {
    const paragraphs = readdirSync(POLNEAR)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(path.join(POLNEAR, f), 'utf8').split(/\n\s*\n/))
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 80);
    if (paragraphs.length > 100) return { paragraphs, from: 'PolNeAR dev paragraphs' };
  }
  const paragraphs = readFileSync(SAMPLE_FILE, 'utf8').trim().split(/\n\n/);
  return { paragraphs, from: 'the sample article’s paragraphs (synthetic)' };
}

/** A deterministic pseudo-random sequence, so every run builds the same library. */
function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

export function writeLibrary(dir: string, paragraphs: string[], articles = ARTICLES): string[] {
  const rnd = lcg(7);
  const texts: string[] = [];
  const stamp = new Date('2026-01-01T00:00:00Z').getTime();
  for (let i = 0; i < articles; i++) {
    const body = Array.from({ length: 8 + rnd(10) }, () => paragraphs[rnd(paragraphs.length)]!);
    const title = `${body[0]!.split(' ').slice(0, 8).join(' ')} (${i})`;
    const text = body.join('\n\n');
    const id = `article-${i}`;
    const at = new Date(stamp + i * 60_000).toISOString();
    const article: Article = {
      id,
      title,
      byline: null,
      siteName: ['Daily Planet', 'The Harbour Post', null][i % 3]!,
      sourceName: `${id}.txt`,
      format: 'txt',
      importedAt: at,
      updatedAt: at,
      contentHash: createHash('sha256').update(text).digest('hex'),
      wordCount: text.split(/\s+/).length,
      excerpt: text.slice(0, 160),
      html: body.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join(''),
      text,
    };
    const dirOf = path.join(dir, 'articles', id);
    writeJsonAtomic(path.join(dirOf, 'article.json'), article);
    const highlights: Highlight[] = Array.from({ length: HIGHLIGHTS_PER_ARTICLE }, (_, k) => {
      const start = rnd(Math.max(1, text.length - 80));
      return {
        id: `h${i}x${k}`,
        target: describeRange(text, start, start + 20 + rnd(60)),
        color: 'yellow',
        note: k % 3 ? '' : `note ${k} on ${body[1]!.split(' ').slice(2, 6).join(' ')}`,
        created: at,
        modified: at,
      };
    });
    writeFileSync(
      path.join(dirOf, 'annotations.json'),
      JSON.stringify({ ...EMPTY_ANNOTATIONS_FILE, highlights }),
    );
    texts.push(text);
  }
  return texts;
}

/** 1–3 word queries made of words that occur in the texts. */
function queries(texts: string[]): string[] {
  const rnd = lcg(11);
  const out: string[] = [];
  while (out.length < QUERIES) {
    const words = tokenize(texts[rnd(texts.length)]!).filter((w) => w.length > 3);
    const n = 1 + rnd(3);
    const at = rnd(Math.max(1, words.length - n));
    out.push(words.slice(at, at + n).join(' '));
  }
  return out;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)]!;

/**
 * The library at scale: 10,000 articles with 100,000 highlights (a third with notes) written to a
 * temp profile; the library view's list, the search index's build, size and load, 200 queries
 * against a plain substring scan of the same texts held in memory, and 100 HTML imports.
 */
export async function benchLibrary(): Promise<void> {
  const profile = tempProfile('gloss-bench-library-');
  try {
    const { paragraphs, from } = sourceParagraphs();
    let t = performance.now();
    const texts = writeLibrary(profile.dir, paragraphs);
    console.log(
      `library: ${ARTICLES.toLocaleString()} articles, ${(ARTICLES * HIGHLIGHTS_PER_ARTICLE).toLocaleString()} highlights from ${from}, written in ${fmt(performance.now() - t)}`,
    );

    let services = await startServices(profile.dir, { sample: false });
    t = performance.now();
    services.search.warm();
    const build = performance.now() - t;
    const size = services.search.sizeOnDisk();
    console.log(`  search index built in ${fmt(build)}, ${(size / 1024 / 1024).toFixed(1)} MB on disk`);
    await services.close();

    t = performance.now();
    services = await startServices(profile.dir, { sample: false });
    const started = performance.now() - t;
    t = performance.now();
    const entries = await services.handlers['library.list'](undefined);
    const shown = visibleEntries(entries, { ...DEFAULT_VIEW, sort: 'title' });
    console.log(
      `  library view after a restart (list with counts from the saved manifest, sorted by title): ${fmt(performance.now() - t)} for ${shown.length.toLocaleString()} entries (goal < 500 ms); starting the services before it (storage recovery included): ${fmt(started)}`,
    );
    const listTimes = Array.from({ length: 11 }, () => {
      const s = performance.now();
      void services.handlers['library.list'](undefined);
      return performance.now() - s;
    });
    console.log(`  library.list when warm: median ${fmt(median(listTimes))}`);

    const qs = queries(texts);
    const searchMs = qs.map((query) => {
      const s = performance.now();
      services.search.search({ query });
      return performance.now() - s;
    });
    const rankMs = qs.map((query) => {
      const s = performance.now();
      services.search.search({ query, limit: 1 });
      return performance.now() - s;
    });
    console.log(`  (ranking alone, limit 1: p50 ${fmt(pct(rankMs, 0.5))}, p95 ${fmt(pct(rankMs, 0.95))})`);
    const lower = texts.map((x) => x.toLowerCase());
    const scanMs = qs.slice(0, 50).map((query) => {
      const words = query.toLowerCase().split(' ');
      const s = performance.now();
      lower.filter((x) => words.every((w) => x.includes(w)));
      return performance.now() - s;
    });
    console.log(
      `  search, ${QUERIES} queries of 1–3 words: p50 ${fmt(pct(searchMs, 0.5))}, p95 ${fmt(pct(searchMs, 0.95))} (goal p95 < 50 ms); substring scan of the same texts in memory (50 queries): p50 ${fmt(pct(scanMs, 0.5))}, p95 ${fmt(pct(scanMs, 0.95))}; ratio p50 ${(pct(scanMs, 0.5) / pct(searchMs, 0.5)).toFixed(1)}x`,
    );

    const files = tempProfile('gloss-bench-html-');
    try {
      const paths = Array.from({ length: IMPORTS }, (_, i) => {
        const file = path.join(files.dir, `page-${i}.html`);
        const body = [0, 1, 2, 3, 4].map(
          (k) => `<p>${paragraphs[(i * 5 + k) % paragraphs.length]} (${i})</p>`,
        );
        writeFileSync(
          file,
          `<html><head><title>Page ${i}</title></head><body><article>${body.join('')}</article></body></html>`,
        );
        return file;
      });
      t = performance.now();
      const outcomes = await services.importFiles(paths);
      const ok = outcomes.filter((o) => o.ok).length;
      console.log(`  import of ${IMPORTS} HTML files: ${fmt(performance.now() - t)} (${ok} imported)`);
    } finally {
      files.remove();
    }
    const mem = process.memoryUsage();
    console.log(
      `  memory of this process (the services as the main process runs them): rss ${(mem.rss / 1024 / 1024).toFixed(0)} MB, heap ${(mem.heapUsed / 1024 / 1024).toFixed(0)} MB`,
    );
    await services.close();
  } finally {
    profile.remove();
  }
}
