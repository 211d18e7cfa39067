/**
 * The real app, end to end: Electron runs the built main process (dist/electron/main.js through
 * package.json, as `npm start` does), the sandboxed preload and the renderer, on a temp profile.
 * Skipped, with the reason printed once, where the Electron binary is not installed.
 */
import { expect, test } from '@playwright/test';
import type { GlossApi } from '../../common/ipc/bridge';
import { METHOD_NAMES } from '../../common/ipc/contract';
import { electronUnavailableReason } from './electron-binary';
import { closeAll, launch, quit, removeProfiles, tempProfile } from './launch';

const skipReason = electronUnavailableReason();
test.skip(skipReason !== null, skipReason ?? '');

const SAMPLE_TITLE = 'Azerbaijan and China';
const SAMPLE_PHRASE = 'traditional ties of friendship and partnership';
const body = '[data-testid="article-body"]';

test.afterEach(closeAll);
test.afterAll(removeProfiles);

test('starts with a window titled Gloss, and the sample article is in the library and opens', async () => {
  const { app, page, errors } = await launch(tempProfile());

  await expect(page).toHaveTitle('Gloss');
  await expect
    .poll(() =>
      app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((w) => ({ title: w.getTitle(), visible: w.isVisible() })),
      ),
    )
    .toEqual([{ title: 'Gloss', visible: true }]);

  const library = page.getByRole('navigation', { name: 'Library' });
  const sample = library.locator('.article-item').filter({ hasText: SAMPLE_TITLE });
  await expect(sample).toHaveCount(1);
  await sample.click();
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev told AZERTAC');

  const listed = await page.evaluate(async () => {
    const { gloss } = window as unknown as { gloss: GlossApi };
    return (await gloss.library.list()).map((a) => a.sourceName);
  });
  expect(listed).toEqual(['azerbaijan-china-ties.txt']);
  expect(errors).toEqual([]);
});

test('the security baseline holds in the real app', async () => {
  const { app, page } = await launch(tempProfile());
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev');

  // No Node in the page, and window.gloss is exactly the contract: its namespaces, methods and events.
  const seen = await page.evaluate(() => {
    const { gloss } = window as unknown as { gloss: Record<string, Record<string, unknown>> };
    return {
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      module: typeof (window as unknown as { module?: unknown }).module,
      url: location.href,
      methods: Object.keys(gloss).flatMap((ns) => Object.keys(gloss[ns]!).map((m) => `${ns}.${m}`)),
    };
  });
  expect(seen.require).toBe('undefined');
  expect(seen.process).toBe('undefined');
  expect(seen.module).toBe('undefined');
  expect(seen.url).toMatch(/^gloss:\/\/app\//);
  expect(seen.methods.sort()).toEqual([...METHOD_NAMES].sort());
  const namespaces = [...new Set(METHOD_NAMES.map((m) => m.split('.')[0]))].sort();
  // Besides the methods: gloss.on for the contract's events, gloss.pathForFile for dropped files.
  expect(
    await page.evaluate(() => Object.keys((window as unknown as { gloss: object }).gloss).sort()),
  ).toEqual([...namespaces, 'on', 'pathForFile'].sort());

  // The Content-Security-Policy refuses eval and inline scripts.
  const csp = await page.evaluate(async () => {
    // Playwright's own evaluation may eval; the page's code, run later from a timer, may not.
    const evalRan = await new Promise<boolean>((resolve) =>
      setTimeout(() => {
        try {
          resolve((0, eval)('true') as boolean);
        } catch {
          resolve(false);
        }
      }, 0),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return { evalRan, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
  });
  expect(csp).toEqual({ evalRan: false, inlineRan: false });

  // window.open never opens a window; an http(s) link goes to the system browser (stubbed here).
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { __glossOpened: string[] }).__glossOpened = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  const opened = await page.evaluate(() =>
    ['https://example.org/gloss', 'file:///etc/hosts', 'gloss://app/index.html', 'about:blank'].map(
      (url) => window.open(url) === null,
    ),
  );
  expect(opened).toEqual([true, true, true, true]);
  await page.waitForTimeout(500);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  expect(app.windows()).toHaveLength(1);
  expect(
    await app.evaluate(() => (globalThis as unknown as { __glossOpened: string[] }).__glossOpened),
  ).toEqual(['https://example.org/gloss']);

  // Navigation away from the app is prevented: the page stays, and its bridge still answers.
  for (const target of ['https://example.org/', 'file:///etc/hosts']) {
    await page.evaluate((url) => {
      location.href = url;
    }, target);
    await page.waitForTimeout(750);
    expect(
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL()),
    ).toMatch(/^gloss:\/\/app\//);
  }
  expect(
    await page.evaluate(
      async () => (await (window as unknown as { gloss: GlossApi }).gloss.library.list()).length,
    ),
  ).toBe(1);
});

test('quit and relaunch on the same profile: a highlight, its note and the settings are still there', async () => {
  const profile = tempProfile();
  const first = await launch(profile);
  await expect(first.page.locator(body)).toContainText(SAMPLE_PHRASE);

  const added = await first.page.evaluate(async (exact) => {
    const { gloss } = window as unknown as { gloss: GlossApi };
    const [meta] = await gloss.library.list();
    const article = await gloss.article.get({ articleId: meta!.id });
    const start = article.text.indexOf(exact);
    const end = start + exact.length;
    const highlight = await gloss.annotations.addHighlight({
      articleId: meta!.id,
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact,
          prefix: article.text.slice(Math.max(0, start - 32), start),
          suffix: article.text.slice(end, end + 32),
        },
        position: { type: 'TextPositionSelector', start, end },
      },
      color: 'green',
      note: 'Kept across a restart.',
    });
    await gloss.settings.update({ theme: 'sepia' });
    return { articleId: meta!.id, highlight };
  }, SAMPLE_PHRASE);
  expect(added.highlight.target.quote.exact).toBe(SAMPLE_PHRASE);
  await quit(first.app);

  const second = await launch(profile);
  const after = await second.page.evaluate(async (articleId) => {
    const { gloss } = window as unknown as { gloss: GlossApi };
    return {
      articles: (await gloss.library.list()).length,
      annotations: await gloss.annotations.get({ articleId }),
      theme: (await gloss.settings.get()).theme,
    };
  }, added.articleId);
  expect(after.articles).toBe(1);
  expect(after.annotations.highlights).toEqual([added.highlight]);
  expect(after.theme).toBe('sepia');

  // And the reader shows it.
  await second.page
    .getByRole('navigation', { name: 'Library' })
    .locator('.article-item')
    .filter({ hasText: SAMPLE_TITLE })
    .click();
  const item = second.page.getByTestId('highlight-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(SAMPLE_PHRASE);
  await expect(item).toContainText('Kept across a restart.');
  expect(second.errors).toEqual([]);
});
