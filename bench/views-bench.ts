import { statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { NO_FILTER, type HighlightFilter } from '../common/model/highlight-filter';
import type { Services } from '../electron/services/service-map';
import { startServices, tempProfile } from '../tests/support/profile';
import { fmt, median } from './fixtures';
import { sourceParagraphs, writeLibrary } from './library-bench';

const PEOPLE_ARTICLES = Number(process.env['GLOSS_BENCH_PEOPLE_ARTICLES'] ?? 200);

const time = async (f: () => unknown) => {
  const s = performance.now();
  await f();
  return performance.now() - s;
};
const times = async (n: number, f: () => unknown) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await time(f));
  return median(out);
};

/**
 * The library-wide views on the bench library (10,000 articles, 100,000 highlights): the review
 * view's first page cold (its summary made from every annotations file), warm, filtered, deep in
 * the list, by words through the search index, and after a restart (the saved summary); the People
 * view's background analysis rate and its list over the articles analyzed so far.
 */
export async function benchViews(): Promise<void> {
  const profile = tempProfile('gloss-bench-views-');
  try {
    const { paragraphs, from } = sourceParagraphs();
    writeLibrary(profile.dir, paragraphs);
    let services: Services = await startServices(profile.dir, { sample: false });
    const total = services.library.list().length;
    const review = (filter: Partial<HighlightFilter> = {}, offset = 0) =>
      services.handlers['review.list']({ filter: { ...NO_FILTER, ...filter }, offset, limit: 100 });
    console.log(`views: ${total.toLocaleString()} articles from ${from}`);

    let first = 0;
    const cold = await time(async () => (first = (await review()).total));
    console.log(
      `  review view, first page with no saved summary (every annotations file read): ${fmt(cold)} for ${first.toLocaleString()} highlights`,
    );
    console.log(`  review view, first page when warm: median ${fmt(await times(11, () => review()))}`);
    const noted = await review({ withNote: true });
    console.log(
      `  filtered by "has a note" (${noted.matched.toLocaleString()} rows): median ${fmt(await times(11, () => review({ withNote: true })))}; by a color no highlight has: ${fmt(await times(11, () => review({ colors: ['pink'] })))}; the page at row 50,000: ${fmt(await times(11, () => review({}, 50_000)))}`,
    );
    const built = await time(() => services.search.warm());
    const words = ['ministers', 'note', 'president said', 'government offic', 'china'];
    const wordTimes: number[] = [];
    for (const w of words) wordTimes.push(await times(3, () => review({ words: w })));
    console.log(
      `  filtered by words through the search index (index made first, ${fmt(built)}): median over ${words.length} queries ${fmt(median(wordTimes))}, slowest ${fmt(Math.max(...wordTimes))}`,
    );
    await services.close();

    // The analysis worker, as the app runs it (the in-process runner would hold the loop).
    services = await startServices(profile.dir, { sample: false, worker: true });
    const file = path.join(profile.dir, 'library', 'aggregate', 'review.json');
    console.log(
      `  review view after a restart (the saved summary, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB, checked against each article's files): ${fmt(await time(() => review()))}`,
    );

    const people = () => services.handlers['people.list']({ query: '', offset: 0, limit: 100 });
    const started = performance.now();
    let page = await people();
    while (page.analyzing && page.analyzing.done < PEOPLE_ARTICLES) {
      await new Promise((r) => setTimeout(r, 200));
      page = await people();
    }
    const took = performance.now() - started;
    const done = page.analyzing?.done ?? total;
    console.log(
      `  People view: ${done.toLocaleString()} articles analyzed in the background in ${fmt(took)} (${fmt(took / done)} each, analysis worker), ${page.matched.toLocaleString()} speakers; the list over them: median ${fmt(await times(5, people))}`,
    );
    await services.close();
  } finally {
    profile.remove();
  }
}
