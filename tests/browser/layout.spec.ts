import type { Page } from '@playwright/test';
import { importText } from '../support/profile';
import { expect, selectText, test } from './fixtures';

const body = '[data-testid="article-body"]';

/** Characters on the first line of the longest paragraph, as laid out. */
function charsPerLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    const ps = [...document.querySelectorAll('[data-testid="article-body"] p')];
    const p = ps.sort((a, b) => b.textContent!.length - a.textContent!.length)[0]!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const r = document.createRange();
    let first: number | null = null;
    let count = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      for (let i = 0; i < n.nodeValue!.length; i++) {
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const top = r.getBoundingClientRect().top;
        first ??= top;
        if (top > first + 4) return count;
        count++;
      }
    return count;
  });
}

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Notes, entities and quotes' });

test('the library and the side panel fold away by button and shortcut, and stay so after a restart', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev');
  await expect(library(page)).toBeVisible();
  await expect(panel(page)).toBeVisible();
  const wide = await charsPerLine(page);

  await page.getByRole('button', { name: 'Library sidebar' }).click();
  await expect(library(page)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+P');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Side panel' })).toHaveAttribute('aria-pressed', 'false');
  expect(app.services.settings.get().sides).toEqual({ library: false, panel: false });
  // The column is capped near 68 characters; it never gets narrower for having more room.
  expect(await charsPerLine(page)).toBeGreaterThanOrEqual(wide);

  await app.restart();
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev');
  await expect(library(page)).toHaveCount(0);
  await expect(panel(page)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+L');
  await expect(library(page)).toBeVisible();
  await page.getByRole('button', { name: 'Side panel' }).click();
  await expect(panel(page)).toBeVisible();
  expect(app.services.settings.get().sides).toEqual({ library: true, panel: true });
});

test('the reading column keeps at least 60 characters a line at any window width', async ({ app }) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev');
  for (const width of [1360, 1100, 900, 760]) {
    await page.setViewportSize({ width, height: 700 });
    await expect.poll(() => charsPerLine(page), { message: `${width} px` }).toBeGreaterThanOrEqual(60);
  }
  // At 900 px the side panel does not fit beside the text; asked for, it lies over it instead.
  await page.setViewportSize({ width: 900, height: 700 });
  await expect(panel(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Side panel' }).click();
  await expect(panel(page)).toBeVisible();
  expect(await charsPerLine(page)).toBeGreaterThanOrEqual(60);
  // It covers the toolbar's toggle, so it has its own way out, and Escape.
  await panel(page).getByRole('button', { name: 'Hide side panel' }).click();
  await expect(panel(page)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+P');
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  // What fitted is remembered as wanted: with room again, both come back.
  await page.setViewportSize({ width: 1360, height: 700 });
  await expect(panel(page)).toBeVisible();
  await expect(library(page)).toBeVisible();
});

test('a link in an article opens outside the app and never navigates it', async ({ app }) => {
  const { page } = app;
  await importText(
    app.services,
    'links.html',
    `<html><head><title>Links</title></head><body><article><h1>Links</h1>
     <p>Read the <a href="https://example.org/report">full report</a> or
     <a href="mailto:desk@example.org">write to the desk</a>. This paragraph is long enough to be
     kept as the article's text.</p>
     </article></body></html>`,
  );
  await app.restart();
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Links/ }).click();
  await expect(page.locator(body)).toContainText('full report');
  const url = page.url();

  await page.locator(body).getByRole('link', { name: 'full report' }).click();
  await expect.poll(() => app.services.links.opened).toEqual(['https://example.org/report']);
  await page.locator(body).getByRole('link', { name: 'write to the desk' }).click();
  await expect.poll(() => app.services.links.opened).toHaveLength(2);
  // Import keeps only web and mail links; the main process refuses any other kind
  // (tests/unit/links.test.ts). A middle click opens nothing, not even a new window.
  await page.locator(body).getByRole('link', { name: 'full report' }).click({ button: 'middle' });
  expect(page.url()).toBe(url);
  expect(app.services.links.opened).toEqual(['https://example.org/report', 'mailto:desk@example.org']);
  await expect(page.locator(body)).toContainText('full report');
});

test('toasts: at most three, in a corner clear of the text', async ({ app }) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev');
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  for (const [i, text] of ['Middle Corridor', 'global South', 'AZERTAC', 'Samarkand'].entries()) {
    await selectText(page, text);
    await page.keyboard.press(String(i + 1));
    await page.getByTestId('highlight-item').filter({ hasText: text }).click();
    await popover.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByTestId('highlight-item')).toHaveCount(0);
  }
  const toasts = page.getByTestId('toast');
  await expect(toasts).toHaveCount(3);
  const column = (await page.locator(body).boundingBox())!;
  for (const box of await toasts.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON()))) {
    expect(box.left, 'a toast over the text').toBeGreaterThanOrEqual(column.x + column.width);
  }
});
