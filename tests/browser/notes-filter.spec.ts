import type { Page } from '@playwright/test';
import { expect, highlightText, test } from './fixtures';

const items = (page: Page) => page.getByTestId('highlight-item');

test('the Notes panel filters highlights by color, by having a note, by words and by tags typed inline', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator('[data-testid="article-body"]')).toContainText('Middle Corridor');
  await highlightText(page, 'traditional ties of friendship', '1'); // yellow
  await highlightText(page, 'Middle Corridor', '4'); // pink
  await highlightText(page, 'Shanghai Cooperation Organization', '1');
  await expect(items(page)).toHaveCount(3);
  const id = app.services.library.list()[0]!.id;
  const corridor = app.services.annotations
    .get(id)
    .highlights.find((h) => h.target.quote.exact === 'Middle Corridor')!;
  await app.services.handlers['annotations.updateHighlight']({
    articleId: id,
    id: corridor.id,
    note: 'check the **route**\n\n- by rail <img src=x onerror="window.hacked=1"> [map](https://example.com)',
  });
  await app.restart();
  await expect(items(page)).toHaveCount(3);

  // The note shown as the Markdown it is written in, formatting only: no image, no link.
  const note = page.getByTestId('note-markdown');
  await expect(note.locator('strong')).toHaveText('route');
  await expect(note.locator('li')).toHaveText('by rail map');
  await expect(note.locator('img, a')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

  const bar = page.getByRole('group', { name: 'Filter highlights' });
  await bar.getByRole('button', { name: 'Only yellow' }).focus();
  await page.keyboard.press('Enter');
  await expect(items(page)).toHaveText([/traditional ties/, /Shanghai Cooperation/]);
  await expect(bar).toContainText('Showing 2 of 3.');
  await page.keyboard.press('Enter'); // pressed again: every color
  await expect(items(page)).toHaveCount(3);

  await bar.getByRole('checkbox', { name: 'Has a note' }).check();
  await expect(items(page)).toHaveText([/Middle Corridor/]);
  await bar.getByRole('checkbox', { name: 'Has a note' }).uncheck();

  await bar.getByRole('searchbox').fill('route');
  await expect(items(page)).toHaveText([/Middle Corridor/]);
  await bar.getByRole('searchbox').fill('nothing like this');
  await expect(items(page)).toHaveCount(0);
  await expect(page.getByText('No highlight fits the filter.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('filtered.png') });
  await bar.getByRole('button', { name: 'Show all' }).click();
  await expect(items(page)).toHaveCount(3);

  // Tags typed inline (Enter, or a comma), the second suggested from the first, filtered by.
  const rows = page.locator('.highlight-row');
  const first = rows.filter({ hasText: 'traditional ties' }).getByRole('combobox', { name: 'Add a tag' });
  await first.fill('energy');
  await first.press('Enter');
  await first.pressSequentially('diplomacy,');
  const third = rows.filter({ hasText: 'Shanghai' }).getByRole('combobox', { name: 'Add a tag' });
  await expect(rows.filter({ hasText: 'Shanghai' }).locator('datalist option')).toHaveCount(2);
  await third.fill('energy');
  await third.press('Enter');
  await expect
    .poll(() => app.services.annotations.get(id).highlights.map((h) => h.tags ?? []))
    .toEqual([['energy', 'diplomacy'], [], ['energy']]);
  await bar.getByRole('combobox', { name: 'Only highlights tagged' }).selectOption('diplomacy');
  await expect(items(page)).toHaveText([/traditional ties/]);
  await page.screenshot({ path: test.info().outputPath('tagged.png') });
  await bar.getByRole('combobox', { name: 'Only highlights tagged' }).selectOption('');
  // Taken off again, by its button; undone by Ctrl+Z.
  await rows
    .filter({ hasText: 'traditional ties' })
    .getByRole('button', { name: 'Remove tag energy' })
    .click();
  await expect.poll(() => app.services.annotations.get(id).highlights[0]!.tags).toEqual(['diplomacy']);
  await page.locator('[data-testid="article-body"]').click();
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => app.services.annotations.get(id).highlights[0]!.tags)
    .toEqual(['energy', 'diplomacy']);
  // Filtering hides, never deletes.
  expect(app.services.annotations.get(id).highlights).toHaveLength(3);
});
