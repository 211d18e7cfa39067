import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { GIF, JPEG, makePng, send, startTestServer, WEBP, type TestServer } from '../support/http-server';
import { expect, test } from './fixtures';

/**
 * A web page pasted by address: the main process fetches it from a server on 127.0.0.1 with its
 * images, the article opens showing them from the app's own store, and after the server is gone
 * and the app restarted they still show. The page itself never asks the server for anything.
 */
test.use({ appOptions: { sample: false } });

const body = '[data-testid="article-body"]';
const TITLE = 'Caspian ferry line doubles its fleet';

function story(): string {
  const paras = Array.from(
    { length: 5 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the state shipping company said the new ferries would carry freight and passengers between Baku and Aktau from the spring.</p>`,
  ).join('');
  return `<!doctype html><html><head><title>${TITLE} | Harbour Gazette</title></head><body>
  <nav><a href="/">Home</a></nav>
  <article><h1>${TITLE}</h1>
  <figure><img src="/img/ship.png" alt="The new ferry at Alat" width="320" height="160"><figcaption>The new ferry at Alat</figcaption></figure>
  ${paras}
  <p><img src="img/crew.jpg" alt="Crew"> <img data-src="/img/flag.gif" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Flag"> <img srcset="/img/port-small.webp 300w, /img/port.webp 1200w" alt="Port"></p>
  <p><img src="/img/missing.png" alt="Missing"></p>
  </article></body></html>`;
}

let server: TestServer;
test.beforeEach(async () => {
  server = await startTestServer();
  server.route('/news/ferry', send(story(), 'text/html; charset=utf-8'));
  server.route('/img/ship.png', send(makePng(320, 160, [40, 90, 160]), 'image/png'));
  server.route('/news/img/crew.jpg', send(JPEG, 'image/jpeg'));
  server.route('/img/flag.gif', send(GIF, 'image/gif'));
  server.route('/img/port.webp', send(WEBP, 'image/webp'));
});
test.afterEach(() => server.close());

/** Every image of the article, with whether it is drawn from real bytes. */
function images(page: Page) {
  return page.locator(`${body} img`).evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((i) => ({
      src: i.getAttribute('src'),
      drawn: i.complete && i.naturalWidth > 0,
    })),
  );
}

test('a pasted address imports the page with its images, which still show offline after a restart', async ({
  app,
}) => {
  const { page } = app;
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  const appOrigin = new URL(page.url()).origin;

  // By keyboard: the shortcut puts the caret in the field, Enter imports.
  await expect(page.getByRole('heading', { name: 'Nothing open' })).toBeVisible();
  await page.keyboard.press('Control+Shift+O');
  await expect(page.getByLabel('Web page address')).toBeFocused();
  await page.keyboard.type(server.url('/news/ferry'));
  await page.keyboard.press('Enter');

  await expect(page.locator(body)).toContainText('Paragraph 1: the state shipping company');
  await expect(page.getByTestId('toast').filter({ hasText: `Imported “${TITLE}”` })).toContainText(
    'with its 4 images saved for reading offline',
  );
  await expect(page.getByTestId('toast').filter({ hasText: 'could not be saved' })).toContainText(
    '1 image of this article could not be saved',
  );
  await expect(page.getByLabel('Web page address')).toHaveValue('');
  await expect.poll(async () => (await images(page)).filter((i) => i.drawn).length).toBe(4);
  const [article] = app.services.library.list();
  for (const img of await images(page))
    expect(img.src).toMatch(new RegExp(`^/article-images/${article!.id}/`));
  mkdirSync('test-results/shots', { recursive: true });
  await page.screenshot({ path: 'test-results/shots/url-import-article.png' });

  // The server goes away; the app restarts and shows the article from its store alone.
  const fetchedByMain = server.requests.length;
  await server.close();
  await app.restart();
  await expect(page.locator(body)).toContainText('Paragraph 1: the state shipping company');
  await expect.poll(async () => (await images(page)).filter((i) => i.drawn).length).toBe(4);

  expect(server.requests.length).toBe(fetchedByMain);
  const outside = requested.filter((u) => !u.startsWith(appOrigin) && !u.startsWith('data:'));
  expect(outside).toEqual([]);
  expect(requested.filter((u) => u.includes('/article-images/')).length).toBeGreaterThanOrEqual(4);
  expect(app.errors).toEqual([]);
});

test('a bad address says why and changes nothing', async ({ app }) => {
  const { page } = app;
  server.route('/report.pdf', send('%PDF-1.7 report', 'application/pdf'));
  const field = page.getByLabel('Web page address');
  for (const [url, why] of [
    [server.url('/nothing-here'), 'answered 404: not found'],
    [server.url('/report.pdf'), 'is a PDF document, not a web page'],
    ['javascript:alert(1)', 'not “javascript:” addresses'],
  ] as const) {
    await field.fill(url);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.locator('.toast-error').filter({ hasText: why })).toBeVisible();
    // What was typed stays, to be corrected.
    await expect(field).toHaveValue(url);
  }
  await page.screenshot({ path: 'test-results/shots/url-import-error.png' });
  expect(app.services.library.list()).toEqual([]);
});

test('the shortcut brings a folded library out to put the caret in the address field', async ({ app }) => {
  const { page } = app;
  const field = page.getByLabel('Web page address');
  await expect(page.getByRole('heading', { name: 'Nothing open' })).toBeVisible();
  await page.keyboard.press('Control+Shift+L');
  await expect(field).toBeHidden();
  await page.keyboard.press('Control+Shift+O');
  await expect(field).toBeFocused();
  await page.keyboard.type('javascript:void(0)');
  await page.keyboard.press('Enter');
  await expect(page.locator('.toast-error')).toContainText('not “javascript:” addresses');
  // Escape empties the field (and leaves the caret there).
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');
});
