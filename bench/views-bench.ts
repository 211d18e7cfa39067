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
    // Alternated, so each is filtered afresh (the rows of the last filter are kept for its next page).
    let flip = false;
    const alternate = (a: Partial<HighlightFilter>, b: Partial<HighlightFilter>) => () => {
      flip = !flip;
      return review(flip ? a : b);
    };
    console.log(
      `  filtered, "has a note" (${noted.matched.toLocaleString()} rows) and a color no highlight has, alternated: median ${fmt(await times(12, alternate({ withNote: true }, { colors: ['pink'] })))}; the next page of the same filter: ${fmt(await times(11, () => review({ colors: ['pink'] }, 100)))}; the page at row 50,000: ${fmt(await times(11, () => review({}, 50_000)))}`,
    );
    const built = await time(() => services.search.warm());
    // Each once: a query asked again is the rows kept from the last.
    const words = [
      'ministers',
      'note',
      'president said',
      'government offic',
      'china',
      'police',
      'election',
      'officials said',
      'war',
      'econom',
    ];
    const wordTimes: number[] = [];
    for (const w of words) wordTimes.push(await time(() => review({ words: w })));
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
    let last = 0;
    const timed = async () => {
      const s = performance.now();
      const p = await people();
      last = performance.now() - s;
      return p;
    };
    let page = await timed();
    while (page.analyzing && page.analyzing.done < Math.min(PEOPLE_ARTICLES, total)) {
      await new Promise((r) => setTimeout(r, 200));
      page = await timed();
    }
    const took = performance.now() - started;
    const done = page.analyzing?.done ?? total;
    // while articles are analyzed the view regroups every 3 s, so the rows above may predate them
    if (page.analyzing) {
      await new Promise((r) => setTimeout(r, 3100));
      page = await timed();
    }
    const listedOver = page.analyzing?.done ?? total;
    console.log(
      `  People view: ${done.toLocaleString()} articles analyzed in the background in ${fmt(took)} (${fmt(took / done)} each, analysis worker), ${page.matched.toLocaleString()} speakers over the ${listedOver.toLocaleString()} analyzed 3 s later; the list over them: ${fmt(last)} when regrouped, then median ${fmt(await times(5, people))}`,
    );
    if (done < total) {
      console.log(`  (GLOSS_BENCH_PEOPLE_ARTICLES=${total} times the views over every article analyzed)`);
      await services.close();
      return;
    }
    const h = services.handlers;
    const entities = await h['entities.list']({ query: '', offset: 0, limit: 100, type: null });
    const top = page.rows[0];
    const byName = () => h['entities.list']({ query: 'minist', offset: 0, limit: 100, type: 'organization' });
    console.log(
      `  entities (${entities.matched.toLocaleString()}) by name and type: median ${fmt(await times(5, byName))}; ${top ? `${top.name}'s ${top.quotes.toLocaleString()} quotations: ${fmt(await times(5, () => h['people.quotations']({ key: top.key })))}` : 'no speaker'}`,
    );
    await services.close();
    services = await startServices(profile.dir, { sample: false, worker: true });
    const file2 = path.join(profile.dir, 'library', 'aggregate', 'people.json');
    const reopened = await time(people);
    console.log(
      `  People view after a restart (the saved ${(statSync(file2).size / 1024 / 1024).toFixed(1)} MB, nothing analyzed again): ${fmt(reopened)}, analysis runs ${services.analysis.runs}`,
    );
    await services.close();
  } finally {
    profile.remove();
  }
}
