import type { Page } from '@playwright/test';
import { correctionInputSchema } from '../../common/model/annotation';
import { clickText, expect, selectText, test, type GlossApp } from './fixtures';

const body = '[data-testid="article-body"]';

/** The article's annotations as a reader would compare them: without ids and clock stamps. */
async function snapshot(app: GlossApp) {
  const id = app.services.library.list()[0]!.id;
  const a = app.services.annotations.get(id);
  return {
    highlights: a.highlights
      .map((h) => ({ exact: h.target.quote.exact, color: h.color, note: h.note }))
      .sort((x, y) => x.exact.localeCompare(y.exact)),
    articleNote: a.articleNote,
    corrections: a.corrections.map(({ id: _id, created: _created, ...rest }) => rest),
  };
}

async function analyzed(page: Page) {
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev told AZERTAC');
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('ent-place')?.size ?? 0)).toBeGreaterThan(0);
}

test('every kind of change undone to the start and redone to the end, checked against the store', async ({
  app,
}) => {
  const { page } = app;
  await analyzed(page);
  const snaps = [await snapshot(app)];
  /** Runs one change through the UI and waits until the store holds something new. */
  const step = async (what: string, act: () => Promise<void>) => {
    await act();
    const before = JSON.stringify(snaps.at(-1));
    await expect.poll(async () => JSON.stringify(await snapshot(app)), { message: what }).not.toBe(before);
    snaps.push(await snapshot(app));
  };
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  const card = page.getByRole('dialog', { name: 'Entity' });
  const quoteCard = page.getByRole('dialog', { name: 'Quotation' });
  const correct = () => card.locator('summary', { hasText: 'Correct this' }).click();
  const selectionButton = (name: string) =>
    page.getByRole('toolbar', { name: 'Highlight selection' }).getByRole('button', { name });

  await step('create', async () => {
    await selectText(page, 'traditional ties of friendship and partnership');
    await page.keyboard.press('2');
  });
  await step('recolor', async () => {
    await clickText(page, 'partnership');
    await popover.getByRole('button', { name: /Blue/ }).click();
  });
  await step('note', async () => {
    await popover.getByLabel('Note').fill('Stock phrase.');
    await page.keyboard.press('Escape');
  });
  await step('article note', async () => {
    await page.getByLabel('Article note').fill('Read for the COP29 angle.');
    await page.getByRole('region', { name: 'Article text' }).focus();
  });
  await step('reject-mention', async () => {
    await clickText(page, 'China', 0);
    await correct();
    await card.getByRole('button', { name: 'Not a place here' }).click();
  });
  await step('reject-entity', async () => {
    await clickText(page, 'AZERTAC');
    await correct();
    await card.getByRole('button', { name: 'Not a name at all' }).click();
  });
  await step('retype-entity', async () => {
    await clickText(page, 'Shanghai Cooperation Organization');
    await correct();
    await card.getByRole('combobox', { name: 'Change type' }).selectOption('misc');
  });
  await page.keyboard.press('Escape');
  await step('merge-entities', async () => {
    await clickText(page, 'Ilham Aliyev');
    await correct();
    await card.getByRole('button', { name: 'Merge into…' }).click();
    await card.getByRole('combobox', { name: 'Merge into' }).selectOption('Hikmet Hajiyev');
  });
  await page.keyboard.press('Escape');
  await step('add-mention', async () => {
    await selectText(page, 'global South');
    await selectionButton('Name…').click();
    await page.getByRole('dialog', { name: 'Mark as entity' }).getByRole('button', { name: 'Place' }).click();
  });
  await page.getByRole('tab', { name: 'People & quotes' }).click();
  const items = page.getByTestId('quote-item');
  await step('reject-quote', async () => {
    await items.filter({ hasText: 'Currently, relations between' }).click();
    await quoteCard.getByRole('button', { name: 'Not a quotation' }).click();
  });
  await step('set-speaker', async () => {
    await items.first().click();
    await quoteCard.getByRole('button', { name: 'Change speaker' }).click();
    await quoteCard.getByRole('combobox', { name: 'Speaker' }).fill('Xi Jinping');
    await quoteCard.getByRole('button', { name: 'Set' }).click();
  });
  await page.keyboard.press('Escape');
  await step('add-quote', async () => {
    await selectText(page, "support each other's position");
    await selectionButton('Quote…').click();
    const mark = page.getByRole('dialog', { name: 'Mark as quotation' });
    await mark.getByRole('combobox', { name: 'Speaker' }).fill('Ilham Aliyev');
    await mark.getByRole('button', { name: 'Mark' }).click();
  });
  await page.getByRole('tab', { name: 'Notes' }).click();
  await step('delete', async () => {
    await page.getByTestId('highlight-item').click();
    await popover.getByRole('button', { name: 'Delete' }).click();
  });
  expect(snaps).toHaveLength(14);
  // One of each kind the store takes, in the schema's order.
  expect(snaps.at(-1)!.corrections.map((c) => c.kind)).toEqual(
    correctionInputSchema.options.map((o) => o.shape.kind.value),
  );

  await page.getByRole('region', { name: 'Article text' }).focus();
  for (let i = snaps.length - 2; i >= 0; i--) {
    await page.keyboard.press('Control+z');
    await expect.poll(() => snapshot(app), { message: `undone to step ${i}` }).toEqual(snaps[i]);
  }
  await expect(page.getByTestId('highlight-item')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Entities' }).click();
  await expect(page.locator('.entity-name', { hasText: /^AZERTAC$/ })).toHaveCount(1);

  for (let i = 1; i < snaps.length; i++) {
    await page.keyboard.press(i % 2 ? 'Control+Shift+z' : 'Control+y');
    await expect.poll(() => snapshot(app), { message: `redone to step ${i}` }).toEqual(snaps[i]);
  }
  await expect(page.locator('.entity-name', { hasText: /^AZERTAC$/ })).toHaveCount(0);
  // Nothing left to redo: one more press changes nothing.
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+z');
  await expect.poll(() => snapshot(app)).toEqual(snaps.at(-2));
  expect(app.errors).toEqual([]);
});

test('delete A, delete B: A’s toast brings back A, and Ctrl+Z then brings back B', async ({ app }) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText('Middle Corridor');
  await selectText(page, 'Middle Corridor');
  await page.keyboard.press('1');
  await selectText(page, 'global South');
  await page.keyboard.press('3');
  await expect(page.getByTestId('highlight-item')).toHaveCount(2);
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  for (const text of ['Middle Corridor', 'global South']) {
    await page.getByTestId('highlight-item').filter({ hasText: text }).click();
    await popover.getByRole('button', { name: 'Delete' }).click();
  }
  await expect(page.getByTestId('highlight-item')).toHaveCount(0);
  const toasts = page.getByTestId('toast').filter({ hasText: 'Highlight deleted.' });
  await expect(toasts).toHaveCount(2);
  await toasts.first().getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () => (await snapshot(app)).highlights.map((h) => h.exact))
    .toEqual(['Middle Corridor']);
  await expect(page.getByTestId('highlight-item')).toHaveText([/Middle Corridor/]);

  await page.getByRole('region', { name: 'Article text' }).focus();
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => (await snapshot(app)).highlights.map((h) => h.exact))
    .toEqual(['global South', 'Middle Corridor']);
  expect(app.errors).toEqual([]);
});
