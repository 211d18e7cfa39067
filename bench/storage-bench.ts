import Conf from 'conf';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { describeRange } from '../common/anchoring/anchor';
import type { Highlight } from '../common/model/annotation';
import { writeJsonAtomic } from '../electron/services/storage/json-file';
import { importText, startServices, tempProfile } from '../tests/support/profile';
import { fmt, longArticle, median } from './fixtures';

const ARTICLES = 1000;
const PER_ARTICLE = 20;
const IN_TARGET = 5000;
const SAVES = 51;

/**
 * Saving one highlight into an article that holds 5,000, in a library of 1,000 articles: Gloss's
 * journal (one fsync'd line) against rewriting the article's whole store on each save (what Gloss
 * did before the journal) and against one store holding everything (what a naive electron-store
 * app does). The fold that later writes the journal into the store is timed too: it runs when
 * idle, so it is not part of a save, but it is the price paid for one.
 */
export async function benchStorage(): Promise<void> {
  const profile = tempProfile('gloss-bench-');
  try {
    const services = await startServices(profile.dir, { sample: false });
    const text = longArticle(20_000);
    const article = await importText(services, 'long.txt', text);
    const target = (i: number) =>
      describeRange(text, (i * 37) % (text.length - 40), ((i * 37) % (text.length - 40)) + 30);
    const make = (i: number): Highlight => ({
      id: `h${i}`,
      target: target(i),
      color: 'yellow',
      note: i % 5 ? '' : 'a note',
      created: new Date().toISOString(),
      modified: new Date().toISOString(),
    });

    // The per-article store of the target article, filled to 5,000 highlights.
    const highlights = Array.from({ length: IN_TARGET }, (_, i) => make(i));
    // written as the annotation store writes it (compact JSON, atomic), then opened by the service
    writeJsonAtomic(path.join(services.library.articleDir(article.id), 'annotations.json'), {
      highlights,
      articleNote: '',
      corrections: [],
    });

    // The full-rewrite baseline: the same 5,000 highlights in a store of their own, written whole.
    const whole = new Conf<Record<string, unknown>>({
      cwd: path.join(profile.dir, 'whole'),
      configName: 'annotations',
      serialize: JSON.stringify,
      accessPropertiesByDotNotation: false,
    });
    let wholeData = { highlights, articleNote: '', corrections: [] as unknown[] };
    whole.store = wholeData;

    // The single-store baseline: every article's highlights in one file.
    const single = new Conf<Record<string, unknown>>({
      cwd: path.join(profile.dir, 'single'),
      configName: 'all',
      serialize: JSON.stringify,
      accessPropertiesByDotNotation: false,
    });
    const all: Record<string, unknown> = { [article.id]: { highlights } };
    for (let a = 1; a < ARTICLES; a++)
      all[`article-${a}`] = { highlights: Array.from({ length: PER_ARTICLE }, (_, i) => make(a * 100 + i)) };
    single.set(all);

    services.annotations.get(article.id); // opened (and read) before the clock starts
    const journaled: number[] = [];
    const rewrite: number[] = [];
    const singleStore: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      let t = performance.now();
      services.annotations.addHighlight(article.id, { target: target(IN_TARGET + i), color: 'green' });
      journaled.push(performance.now() - t);

      t = performance.now();
      wholeData = { ...wholeData, highlights: [...wholeData.highlights, make(IN_TARGET + i)] };
      whole.store = wholeData;
      rewrite.push(performance.now() - t);

      t = performance.now();
      const entry = single.get(article.id) as { highlights: Highlight[] };
      single.set(article.id, { highlights: [...entry.highlights, make(IN_TARGET + i)] });
      singleStore.push(performance.now() - t);
    }
    const t = performance.now();
    services.annotations.foldAll();
    const fold = performance.now() - t;

    const a = median(journaled);
    const b = median(rewrite);
    const c = median(singleStore);
    console.log(
      `\n## Saving a highlight (article with ${IN_TARGET.toLocaleString()}, library of ${ARTICLES.toLocaleString()} articles; median of ${SAVES})`,
    );
    console.log(`  journal line, fsync'd (Gloss):     ${fmt(a)}`);
    console.log(`  article's store rewritten whole:   ${fmt(b)}   (${(b / a).toFixed(1)}× the journal)`);
    console.log(`  one store holding everything:      ${fmt(c)}   (${(c / a).toFixed(1)}× the journal)`);
    console.log(`  fold of ${SAVES} journaled saves, when idle: ${fmt(fold)}`);
  } finally {
    profile.remove();
  }
}
