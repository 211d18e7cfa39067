import type { Page } from '@playwright/test';
import { importText } from '../support/profile';
import { clickText, expect, selectText, test, type GlossApp } from './fixtures';

/**
 * Every way out of a note being typed. Each test types, leaves by one path without waiting for
 * the debounce, restarts over the same profile and finds the note: on disk and on screen.
 */

const body = '[data-testid="article-body"]';
const PASSAGE = 'traditional ties of friendship and partnership';

async function typeNewNote(page: Page, note: string) {
  await expect(page.locator(body)).toContainText(PASSAGE);
  await selectText(page, PASSAGE);
  await page.keyboard.press('n');
  const field = page.getByRole('dialog', { name: 'Highlight' }).getByLabel('Note');
  await expect(field).toBeFocused();
  await page.keyboard.type(note);
}

async function storedNotes(app: GlossApp, articleIndex = 0): Promise<string[]> {
  const list = app.services.library.list();
  const id = list.find((a) => a.title.startsWith('Azerbaijan'))?.id ?? list[articleIndex]!.id;
  return app.services.annotations.get(id).highlights.map((h) => h.note);
}

async function findsAfterRestart(app: GlossApp, note: string) {
  await app.restart();
  await expect(app.page.getByTestId('highlight-item').filter({ hasText: note })).toHaveCount(1);
  expect(await storedNotes(app)).toEqual([note]);
  expect(app.errors).toEqual([]);
}

test('a wheel scroll closes the popover and keeps the note', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 460 });
  const note = 'Stock phrase of the foreign ministry.';
  await typeNewNote(page, note);
  const box = (await page.locator('.reading-scroll').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 200);
  await expect(page.getByRole('dialog', { name: 'Highlight' })).toHaveCount(0);
  await findsAfterRestart(app, note);
});

test('a restart with the popover open keeps the note', async ({ app }) => {
  const note = 'Typed, then the app went away at once.';
  await typeNewNote(app.page, note);
  await findsAfterRestart(app, note);
});

test('a click elsewhere in the text keeps the note', async ({ app }) => {
  const { page } = app;
  const note = 'Closed by a click on the next paragraph.';
  await typeNewNote(page, note);
  await clickText(page, 'global South');
  await expect(page.getByRole('dialog', { name: 'Highlight' })).toHaveCount(0);
  await findsAfterRestart(app, note);
});

test('switching article keeps the note', async ({ app }) => {
  const { page } = app;
  // The sample open (and so remembered as the last article) before another is added.
  await expect(page.locator(body)).toContainText(PASSAGE);
  await expect.poll(() => app.services.settings.get().lastArticleId).not.toBeNull();
  await importText(app.services, 'second.md', '# A second article\n\nSomething else to read.');
  await app.restart();
  const note = 'Left for another article mid-sentence';
  await typeNewNote(page, note);
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /A second article/ })
    .click();
  await expect(page.locator(body)).toContainText('Something else to read.');
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Azerbaijan/ })
    .click();
  await expect(page.getByTestId('highlight-item').filter({ hasText: note })).toHaveCount(1);
  await findsAfterRestart(app, note);
});

test('a note shows when it is saved, and goes on being saved as typing goes on', async ({ app }) => {
  const { page } = app;
  await typeNewNote(page, 'Saved as typed');
  const state = page.getByRole('dialog', { name: 'Highlight' }).getByTestId('note-state');
  await expect(state).toHaveText('Saved', { timeout: 2000 });
  expect(await storedNotes(app)).toEqual(['Saved as typed']);
  // Still open, still typing: the next keys are written too.
  await page.keyboard.type(' and more');
  await expect(state).toHaveText('Saved', { timeout: 2000 });
  expect(await storedNotes(app)).toEqual(['Saved as typed and more']);
});

test('the article note is kept through a restart straight after typing', async ({ app }) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText(PASSAGE);
  await page.getByLabel('Article note').click();
  await page.keyboard.type('Read for the COP29 angle.');
  await app.restart();
  await expect(page.getByLabel('Article note')).toHaveValue('Read for the COP29 angle.');
  await expect(page.getByTestId('article-note-state')).toHaveText('Saved');
});

test('quitting: the main process asks, and the renderer answers only once the note is on disk', async ({
  app,
}) => {
  const note = 'Typed a moment before quitting.';
  await typeNewNote(app.page, note);
  // Asked straight after the last key, inside the debounce: the answer must wait for the write.
  expect(await app.services.flush.request(3000)).toBe('flushed');
  expect(await storedNotes(app)).toEqual([note]);
});
