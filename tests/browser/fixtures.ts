import { test as base, expect, type Page } from '@playwright/test';
import type { Services } from '../../electron/services/service-map';
import { bridgeToServices, eventsToPage, serveRenderer } from '../support/browser-host';
import { startServices, tempProfile } from '../support/profile';

export interface GlossApp {
  page: Page;
  profile: string;
  services: Services;
  /**
   * Quits and starts again on the same profile: new services over the same files, page reloaded.
   * `whileStopped` runs between the two, when no service holds a file (to damage one, say).
   */
  restart(whileStopped?: () => void): Promise<void>;
  /** Console errors and page errors seen so far (a script that runs from an imported file shows here). */
  errors: string[];
}

export const test = base.extend<
  { app: GlossApp; appOptions: { sample: boolean } },
  { server: { url: string } }
>({
  appOptions: [{ sample: true }, { option: true }],
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const s = await serveRenderer();
      await use(s);
      await s.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, server, appOptions }, use) => {
    const profile = tempProfile('gloss-browser-');
    const start = () =>
      startServices(profile.dir, { sample: appOptions.sample, worker: true, events: eventsToPage(page) });
    const state = { services: await start() };
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await bridgeToServices(page, () => state.services);
    await page.goto(server.url);
    const app: GlossApp = {
      page,
      profile: profile.dir,
      get services() {
        return state.services;
      },
      errors,
      async restart(whileStopped) {
        // As the app quits: the renderer is asked to save what was typed, then the services stop.
        await state.services.flush.request(1500);
        await page.goto('about:blank');
        await state.services.close();
        whileStopped?.();
        state.services = await start();
        await page.goto(server.url);
      },
    };
    await use(app);
    await state.services.close();
    profile.remove();
  },
});

export { expect };

/**
 * Finds `exact` in the article body's text nodes and either selects it, as a user's drag would, or
 * returns the centre of its first line box, for a real mouse click there.
 */
function locateText(
  page: Page,
  exact: string,
  occurrence: number,
  select: boolean,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ({ exact, occurrence, select }) => {
      const body = document.querySelector('[data-testid="article-body"]')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      const starts: number[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        starts.push(all.length);
        nodes.push(n as Text);
        all += n.nodeValue;
      }
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = all.indexOf(exact, at + 1);
      if (at < 0) throw new Error(`"${exact}" not in the article`);
      const locate = (offset: number, isEnd: boolean) => {
        for (let i = nodes.length - 1; i >= 0; i--)
          if (isEnd ? starts[i]! < offset : starts[i]! <= offset)
            return { node: nodes[i]!, offset: offset - starts[i]! };
        throw new Error('offset out of range');
      };
      const a = locate(at, false);
      const b = locate(at + exact.length, true);
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      if (select) {
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      }
      // Bring it into view first, and let the scroll's events settle (the app closes cards on a
      // user's scroll) before anyone clicks there.
      const first = range.getClientRects()[0]!;
      if (first.top < 60 || first.bottom > window.innerHeight - 20) {
        (a.node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    { exact, occurrence, select },
  );
}

export async function selectText(page: Page, exact: string, occurrence = 0): Promise<void> {
  await locateText(page, exact, occurrence, true);
}

/** Selects `exact` and highlights it with a color key (1–6), as a reader at the keyboard would. */
export async function highlightText(page: Page, exact: string, key: string): Promise<void> {
  await selectText(page, exact);
  await page.keyboard.press(key);
}

export async function clickText(page: Page, exact: string, occurrence = 0): Promise<void> {
  const { x, y } = await locateText(page, exact, occurrence, false);
  await page.mouse.click(x, y);
}

/** The library sidebar, and the titles of the rows it lists. */
export const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
export const titles = (page: Page) => library(page).locator('.article-title');

/** The titles of the articles stored in the library, sorted: what the services hold, not the page. */
export const storedTitles = (app: GlossApp): string[] =>
  app.services.library
    .list()
    .map((a) => a.title)
    .sort();
