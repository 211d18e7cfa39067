import { chromium } from '@playwright/test';
import { describeRange } from '../common/anchoring/anchor';
import { HIGHLIGHT_COLORS } from '../common/model/annotation';
import { bridgeToServices, CHROMIUM, serveRenderer } from '../tests/support/browser-host';
import { startServices, tempProfile } from '../tests/support/profile';
import { fmt, longArticle, median } from './fixtures';

const WORDS = 20_000;
const HIGHLIGHTS = 1000;
const RUNS = 5;

/**
 * Opening a 20,000-word article in Chromium, with no highlights (the baseline) and with 1,000:
 * time from navigation to the text on screen, and to every highlight drawn.
 */
export async function benchOpen(): Promise<void> {
  const server = await serveRenderer();
  const browser = await chromium.launch(CHROMIUM);
  try {
    const measure = async (highlights: number) => {
      const profile = tempProfile('gloss-bench-open-');
      const services = await startServices(profile.dir, { sample: false });
      const text = longArticle(WORDS);
      const { article } = await services.handlers['library.import']({
        fileName: 'long.txt',
        dataBase64: Buffer.from(text).toString('base64'),
      });
      const stored = services.library.get(article.id).text;
      for (let i = 0; i < highlights; i++) {
        const start = Math.floor((i / highlights) * (stored.length - 60));
        services.annotations.addHighlight(article.id, {
          target: describeRange(stored, start, start + 25 + (i % 30)),
          color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
        });
      }
      const text_: number[] = [];
      const drawn: number[] = [];
      const own: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
        await bridgeToServices(page, () => services);
        await page.goto(server.url);
        // A string, not a function: tsx would wrap a function in helpers the page does not have.
        const t = await page.evaluate<{
          text: number;
          drawn: number;
          received: number;
        }>(`new Promise((resolve) => {
          const poll = () => {
            const done = performance.getEntriesByName('gloss:highlights-painted').find((m) => m.detail === ${highlights});
            const rendered = performance.getEntriesByName('gloss:article-rendered')[0];
            const received = performance.getEntriesByName('gloss:annotations-received')[0];
            // The next frame after a mark is when its work is on screen.
            if (done && rendered) requestAnimationFrame(() => resolve({ text: rendered.startTime, received: received.startTime, drawn: performance.now() }));
            else setTimeout(poll, 5);
          };
          poll();
        })`);
        text_.push(t.text);
        drawn.push(t.drawn);
        own.push(t.drawn - t.received);
        await page.close();
      }
      profile.remove();
      return { text: median(text_), drawn: median(drawn), own: median(own) };
    };
    const base = await measure(0);
    const loaded = await measure(HIGHLIGHTS);
    console.log(
      `\n## Opening a ${WORDS.toLocaleString()}-word article in Chromium (median of ${RUNS}, from navigation start)`,
    );
    console.log(`  text on screen, no highlights:            ${fmt(base.text)}`);
    console.log(`  text on screen, ${HIGHLIGHTS} highlights:           ${fmt(loaded.text)}`);
    console.log(`  all ${HIGHLIGHTS} highlights drawn:                 ${fmt(loaded.drawn)}`);
    console.log(
      `  of which the renderer's own work, from the highlights' data arriving to drawn: ${fmt(loaded.own)}`,
    );
    console.log(
      `  (the rest is the test bridge: Playwright's exposeBinding carries the 1,000 highlights far slower than Electron IPC)`,
    );
    console.log(`  ratio to opening with none:                ${(loaded.drawn / base.drawn).toFixed(2)}×`);
  } finally {
    await browser.close();
    await server.close();
  }
}
