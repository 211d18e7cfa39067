import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const body = '[data-testid="article-body"]';
const SENTENCE = /^Hikmet Hajiyev noted that during the meeting[\s\S]*determine new areas of cooperation\.$/;

/** Presses Tab until `matches` holds for the focused element; fails after `max` presses. */
async function tabTo(page: Page, matches: () => boolean, what: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(matches)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

const focusedIs = (page: Page, role: string, name: string) =>
  expect(page.getByRole(role as 'region', { name })).toBeFocused();

test('keyboard only: open an article, select a sentence, highlight it, add a note, the shortcut sheet', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1360, height: 600 });
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev told AZERTAC');

  // Open the article from the library.
  await tabTo(page, () => document.activeElement?.classList.contains('article-item') ?? false, 'the library');
  await page.keyboard.press('Enter');
  await tabTo(
    page,
    () => document.activeElement?.getAttribute('aria-label') === 'Article text',
    'the article',
  );

  // The focused article scrolls with PageDown and back with PageUp.
  const scrollTop = () => page.locator('.reading-scroll').evaluate((el) => el.scrollTop);
  await page.keyboard.press('PageDown');
  await expect.poll(scrollTop).toBeGreaterThan(100);
  await page.keyboard.press('PageUp');
  await expect.poll(scrollTop).toBe(0);

  // A caret appears at the top of the text; Ctrl+↓ takes it to the next paragraph, Ctrl+Shift+↓
  // selects the sentence there.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.text-caret')).toBeVisible();
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Control+Shift+ArrowDown');
  await expect(page.getByRole('toolbar', { name: 'Highlight selection' })).toBeVisible();
  expect((await page.evaluate(() => getSelection()!.toString())).trim()).toMatch(SENTENCE);

  // N highlights it and opens its note, focused; Ctrl+Enter finishes and focus comes back.
  await page.keyboard.press('n');
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await expect(popover.getByLabel('Note')).toBeFocused();
  await page.keyboard.type('The official line, in one sentence.');
  await page.keyboard.press('Control+Enter');
  await expect(popover).toHaveCount(0);
  await focusedIs(page, 'region', 'Article text');

  // The shortcut sheet: ? opens it with focus in it, Escape closes it and gives focus back.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeFocused();
  await expect(sheet).toContainText('Highlight the selection and write a note');
  await expect(sheet).toContainText('Choose every article the list shows');
  await page.screenshot({ path: 'test-results/shots/shortcuts.png' });
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await focusedIs(page, 'region', 'Article text');

  const id = app.services.library.list()[0]!.id;
  await expect
    .poll(() => app.services.annotations.get(id).highlights.map((h) => h.note))
    .toEqual(['The official line, in one sentence.']);
  expect(app.services.annotations.get(id).highlights[0]!.target.quote.exact).toMatch(SENTENCE);
  expect(app.errors).toEqual([]);
});

test('keyboard only: side-panel tabs by arrow keys, an entity card that takes focus and gives it back', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev told AZERTAC');
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('ent-place')?.size ?? 0)).toBeGreaterThan(0);
  await tabTo(page, () => document.activeElement?.getAttribute('role') === 'tab', 'the side-panel tabs');
  await expect(page.getByRole('tab', { name: 'Notes' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Entities' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Entities' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'People & quotes' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Notes' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Entities' })).toHaveAttribute('aria-selected', 'true');

  await tabTo(page, () => document.activeElement?.classList.contains('entity-item') ?? false, 'an entity');
  const item = await page.evaluate(() => document.activeElement!.textContent);
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: 'Entity' });
  await expect(card).toBeFocused();
  // Tab goes into the card, not back through the page.
  await page.keyboard.press('Tab');
  expect(await card.evaluate((c) => c.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement!.textContent)).toBe(item);
});
