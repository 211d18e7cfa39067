import { chromium, type Browser, type Page } from '@playwright/test';
import { describeRange } from '../common/anchoring/anchor';
import { HIGHLIGHT_COLORS, type Highlight } from '../common/model/annotation';
import type { Services } from '../electron/services/service-map';
import { bridgeToServices, CHROMIUM, serveRenderer } from '../tests/support/browser-host';
import { importText, startServices, tempProfile } from '../tests/support/profile';
import { fmt, longArticle, median } from './fixtures';

const WORDS = 20_000;
const HIGHLIGHTS = 1000;
const RUNS = 5;

interface Timings {
  text: number;
  received: number;
  drawn: number;
  marks: number;
  mentions: number;
}

// Strings, not functions: tsx would wrap a function in helpers the page does not have.
const WAIT_FOR_PAINT = (highlights: number) => `new Promise((resolve) => {
  const poll = () => {
    const done = performance.getEntriesByName('gloss:highlights-painted').find((m) => m.detail === ${highlights});
    const rendered = performance.getEntriesByName('gloss:article-rendered')[0];
    const received = performance.getEntriesByName('gloss:annotations-received')[0];
    const marks = performance.getEntriesByName('gloss:analysis-painted').find((m) => m.detail > 0);
    // The next frame after a mark is when its work is on screen.
    if (done && rendered && marks) requestAnimationFrame(() => resolve({ text: rendered.startTime, received: received.startTime, drawn: done.startTime, marks: performance.now(), mentions: marks.detail }));
    else setTimeout(poll, 5);
  };
  poll();
})`;

/**
 * The same machine marks drawn two ways on the open article: as CSS Custom Highlights (what
 * Gloss does) and as wrapped <mark> elements (what most readers do). Then the cost of scrolling
 * through the article in each state, as mean frame time.
 */
const COMPARE_DRAWING = `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const ranges = [];
  for (const [name, h] of CSS.highlights) if (name.startsWith('ent-')) for (const r of h) ranges.push(r.cloneRange());
  const scroller = document.querySelector('.reading-scroll');
  const scroll = async () => {
    scroller.scrollTop = 0; await frame();
    const t = performance.now(); let frames = 0;
    for (let y = 0; y < scroller.scrollHeight - scroller.clientHeight && frames < 120; y += 400, frames++) { scroller.scrollTop = y; await frame(); }
    return (performance.now() - t) / frames;
  };
  await frame();
  let t = performance.now();
  for (const [name] of [...CSS.highlights]) CSS.highlights.delete(name);
  CSS.highlights.set('bench', new Highlight(...ranges));
  document.body.offsetHeight; await frame();
  const highlightApi = performance.now() - t;
  const highlightScroll = await scroll();
  CSS.highlights.delete('bench');
  t = performance.now();
  // Last first, so wrapping one range never moves the boundaries of those before it.
  for (const r of ranges.reverse()) { if (r.startContainer === r.endContainer) { const m = document.createElement('mark'); m.className = 'bench-mark'; r.surroundContents(m); } }
  document.body.offsetHeight; await frame();
  const wrapped = performance.now() - t;
  const wrappedScroll = await scroll();
  return { count: ranges.length, highlightApi, highlightScroll, wrapped, wrappedScroll };
})()`;

async function prepare(
  highlights: number,
): Promise<{ services: Services; articleId: string; done: () => void }> {
  const profile = tempProfile('gloss-bench-open-');
  const services = await startServices(profile.dir, { sample: false });
  const text = longArticle(WORDS);
  const article = await importText(services, 'long.txt', text);
  const stored = services.library.get(article.id).text;
  const now = new Date().toISOString();
  const list: Highlight[] = Array.from({ length: highlights }, (_, i) => {
    const start = Math.floor((i / highlights) * (stored.length - 60));
    const color = HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!;
    return {
      id: `h${i}`,
      target: describeRange(stored, start, start + 25 + (i % 30)),
      color,
      note: '',
      created: now,
      modified: now,
    };
  });
  if (list.length) services.annotations.restoreMany(article.id, list);
  return { services, articleId: article.id, done: profile.remove };
}

async function open(browser: Browser, url: string, services: Services): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await bridgeToServices(page, () => services);
  await page.goto(url);
  return page;
}

/**
 * Opening a 20,000-word article in Chromium, with no highlights (the baseline) and with 1,000:
 * time from navigation to the text on screen, to every highlight drawn and to every entity and
 * quotation mark drawn; then the drawing method measured against the usual alternative.
 */
export async function benchOpen(): Promise<void> {
  const server = await serveRenderer();
  const browser = await chromium.launch(CHROMIUM);
  try {
    const measure = async (highlights: number) => {
      const { services, articleId, done } = await prepare(highlights);
      const runs: Timings[] = [];
      let firstAnalysis = 0;
      for (let r = 0; r < RUNS; r++) {
        const page = await open(browser, server.url, services);
        const t = await page.evaluate<Timings>(WAIT_FOR_PAINT(highlights));
        if (r === 0) firstAnalysis = t.marks;
        else runs.push(t);
        await page.close();
      }
      const pick = (k: keyof Timings) => median(runs.map((x) => x[k]));
      return {
        services,
        articleId,
        done,
        firstAnalysis,
        text: pick('text'),
        drawn: pick('drawn'),
        own: median(runs.map((x) => x.drawn - x.received)),
        marks: pick('marks'),
        mentions: runs[0]!.mentions,
      };
    };
    const base = await measure(0);
    base.done();
    const loaded = await measure(HIGHLIGHTS);
    console.log(
      `\n## Opening a ${WORDS.toLocaleString()}-word article in Chromium (median of ${RUNS - 1}, from navigation start)`,
    );
    console.log(`  text on screen, no highlights:                    ${fmt(base.text)}`);
    console.log(`  text on screen, ${HIGHLIGHTS} highlights:                   ${fmt(loaded.text)}`);
    console.log(`  all ${HIGHLIGHTS} highlights drawn:                         ${fmt(loaded.drawn)}`);
    console.log(`    renderer's own part (data in → drawn):          ${fmt(loaded.own)}`);
    console.log(`    the rest is the test bridge (Playwright's exposeBinding), far slower than Electron IPC`);
    console.log(
      `  all ${loaded.mentions} entity marks and quotations drawn:  ${fmt(loaded.marks)} (first open, analysis computed: ${fmt(loaded.firstAnalysis)})`,
    );
    console.log(
      `  highlights drawn, ratio to the text alone:        ${(loaded.drawn / loaded.text).toFixed(2)}×`,
    );

    const page = await open(browser, server.url, loaded.services);
    await page.evaluate(WAIT_FOR_PAINT(HIGHLIGHTS));
    const c = await page.evaluate<{
      count: number;
      highlightApi: number;
      highlightScroll: number;
      wrapped: number;
      wrappedScroll: number;
    }>(COMPARE_DRAWING);
    await page.close();
    loaded.done();
    console.log(
      `\n## Drawing ${c.count} entity marks: CSS Custom Highlight API against wrapped <mark> elements`,
    );
    console.log(
      `  Custom Highlight API (Gloss): draw ${fmt(c.highlightApi)}, scrolling ${fmt(c.highlightScroll)} per frame`,
    );
    console.log(
      `  wrapped <mark> elements:      draw ${fmt(c.wrapped)}, scrolling ${fmt(c.wrappedScroll)} per frame`,
    );
    console.log(
      `  ratio wrapped/highlight API:  draw ${(c.wrapped / c.highlightApi).toFixed(1)}×, scrolling ${(c.wrappedScroll / c.highlightScroll).toFixed(2)}×`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
