import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const body = '[data-testid="article-body"]';
const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Notes, entities and quotes' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Reading settings' });
const leave = (page: Page) => page.getByRole('button', { name: 'Leave focused reading' });

/** What the renderer asked of the window's full screen, in order. */
const fullScreenAsked = (page: Page) =>
  page.evaluate(() => (window as unknown as { fullScreenAsked: boolean[] }).fullScreenAsked);

test('focused reading folds everything but the text away, by key and by button, and Esc leaves', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev');
  await page.evaluate(() => {
    const w = window as unknown as {
      fullScreenAsked: boolean[];
      gloss: { app: { setFullScreen: (p: { on: boolean }) => Promise<void> } };
    };
    w.fullScreenAsked = [];
    const ask = w.gloss.app.setFullScreen.bind(w.gloss.app);
    w.gloss.app.setFullScreen = (p) => {
      w.fullScreenAsked.push(p.on);
      return ask(p);
    };
  });
  await expect(library(page)).toBeVisible();
  await expect(panel(page)).toBeVisible();

  await page.locator('.reading-scroll').focus();
  await page.keyboard.press('Control+Shift+F');
  await expect(library(page)).toHaveCount(0);
  await expect(panel(page)).toHaveCount(0);
  await expect(toolbar(page)).toBeHidden();
  await expect(leave(page)).toBeVisible();
  await expect(page.locator(body)).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/finishing-focus-mode.png' });
  // the sides as the reader set them are untouched: they come back as they were
  expect(app.services.settings.get().sides).toEqual({ library: true, panel: true });

  await page.keyboard.press('Escape');
  await expect(library(page)).toBeVisible();
  await expect(panel(page)).toBeVisible();
  await expect(toolbar(page)).toBeVisible();
  await expect(leave(page)).toHaveCount(0);

  // the toolbar's button, then the one control left, by keyboard
  await page.getByRole('button', { name: 'Focused reading' }).click();
  await expect(library(page)).toHaveCount(0);
  await leave(page).focus();
  await page.keyboard.press('Enter');
  await expect(library(page)).toBeVisible();

  // asking for a side while focused brings the whole layout back
  await page.locator('.reading-scroll').focus();
  await page.keyboard.press('Control+Shift+F');
  await expect(panel(page)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+P');
  await expect(panel(page)).toBeVisible();
  await expect(library(page)).toBeVisible();

  expect(await fullScreenAsked(page)).toEqual([true, false, true, false, true, false]);
  expect(app.errors).toEqual([]);
});
