import type { Page } from '@playwright/test';
import { expect, highlightText, test } from './fixtures';

const rows = (page: Page) => page.getByTestId('kind-item');
const kind = (page: Page) => page.getByRole('combobox', { name: 'Kind' });

test('the Notes panel lists quotations, entities and corrections by kind, each opening at its passage', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator('[data-testid="article-body"]')).toContainText('Middle Corridor');
  await highlightText(page, 'traditional ties of friendship', '1');
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  // the analysis is in: its quotations are painted
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('quote')?.size ?? 0)).toBeGreaterThan(0);

  // Quotations, by keyboard: the list replaces the highlights, and a row opens the quotation's card.
  await kind(page).focus();
  await kind(page).selectOption('quotations');
  await expect(page.getByTestId('highlight-item')).toHaveCount(0);
  const quote = rows(page).filter({ hasText: 'Currently, relations between' }).first();
  await expect(quote).toContainText('Hajiyev');
  await quote.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Quotation' })).toContainText('Cue: “underlined”');
  await page.keyboard.press('Escape');

  // Entities, filtered by words: a row opens the entity's card at its first mention.
  await kind(page).selectOption('entities');
  await page.getByLabel('Filter highlights and notes by words').fill('shanghai');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('Shanghai Cooperation Organization');
  await rows(page).click();
  await expect(page.getByRole('dialog', { name: 'Entity' })).toContainText(
    'Shanghai Cooperation Organization',
  );
  await page.keyboard.press('Escape');
  await page.getByLabel('Filter highlights and notes by words').fill('');

  // Corrections: none yet; one made is listed and opens its quotation.
  await kind(page).selectOption('corrections');
  await expect(page.getByText('No corrections here.')).toBeVisible();
  const id = app.services.library.list()[0]!.id;
  const text = app.services.library.get(id).text;
  const start = text.indexOf('Currently, relations between');
  await app.services.handlers['annotations.addCorrection']({
    articleId: id,
    correction: {
      kind: 'set-speaker',
      speakerName: 'Ilham Aliyev',
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'Currently', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + 'Currently'.length },
      },
    },
  });
  await app.restart();
  await kind(page).selectOption('corrections');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('Speaker set to Ilham Aliyev');
  await page.screenshot({ path: 'test-results/shots/finishing-notes-kind.png' });

  // Back to the reader's own: highlights, then only those with a note.
  await kind(page).selectOption('highlights');
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  await kind(page).selectOption('notes');
  await expect(page.getByTestId('highlight-item')).toHaveCount(0);
  expect(app.errors).toEqual([]);
});
