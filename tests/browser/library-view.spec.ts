import type { Page } from '@playwright/test';
import { importText } from '../support/profile';
import { expect, library, storedTitles, test, titles } from './fixtures';

test.use({ appOptions: { sample: false } });

const ARTICLES: [string, string][] = [
  [
    'budget.txt',
    'Budget talks stall in Brussels\n\nFinance ministers left without a deal on the roof of the budget.',
  ],
  [
    'harbour.txt',
    'Harbour cranes idle as strike enters third week\n\nDockworkers in Rotterdam want a raise.',
  ],
  [
    'archive.txt',
    'A quiet archive in Vienna\n\nThe librarians catalogue letters and a white roof shelters them.',
  ],
];

async function seed(app: { services: Parameters<typeof importText>[0]; page: Page }) {
  for (const [name, text] of ARTICLES) await importText(app.services, name, text);
  await app.page.reload();
  await expect(library(app.page).getByRole('listitem')).toHaveCount(3);
}

const layerRanges = (page: Page, name: string) =>
  page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()), name);

test('tags are added inline with suggestions, then sorted and filtered by', async ({ app }, info) => {
  const { page } = app;
  await seed(app);
  const row = (title: RegExp) => library(page).getByRole('listitem').filter({ hasText: title });

  // By keyboard: Tab to "+ tag", Enter, type, Enter.
  await row(/Budget talks/)
    .getByRole('button', { name: '+ tag' })
    .focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('europe');
  await page.keyboard.press('Enter');
  await expect(row(/Budget talks/).locator('.tag')).toHaveText(['europe×']);
  await row(/A quiet archive/)
    .getByRole('button', { name: '+ tag' })
    .click();
  await page.keyboard.type('eu');
  await expect(row(/A quiet archive/).locator('datalist option')).toHaveAttribute('value', 'europe');
  await page.keyboard.type('rope');
  await page.keyboard.press('Enter');
  await expect.poll(() => app.services.library.entries().map((e) => e.shelf.tags.join())).toContain('europe');

  await library(page).getByRole('combobox', { name: 'Sort by' }).selectOption('title');
  await expect(titles(page)).toHaveText([
    'A quiet archive in Vienna',
    'Budget talks stall in Brussels',
    'Harbour cranes idle as strike enters third week',
  ]);
  await library(page).getByRole('combobox', { name: 'Filter by tag' }).selectOption('europe');
  await expect(titles(page)).toHaveText(['A quiet archive in Vienna', 'Budget talks stall in Brussels']);
  await page.screenshot({ path: info.outputPath('library-tags.png') });

  await library(page).getByRole('combobox', { name: 'Show', exact: true }).selectOption('done');
  await expect(library(page).getByText('No article fits these filters.')).toBeVisible();
});

test('an article moved to the trash comes back by Undo, and from the trash', async ({ app }, info) => {
  const { page } = app;
  await seed(app);
  const row = library(page)
    .getByRole('listitem')
    .filter({ hasText: /Harbour cranes/ });
  await row.hover();
  await row.getByRole('button', { name: 'Move to trash' }).click();
  await expect(titles(page)).toHaveCount(2);
  const toast = page.getByTestId('toast').filter({ hasText: 'Moved “Harbour cranes idle' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(titles(page)).toHaveCount(3);
  expect(storedTitles(app)).toContain('Harbour cranes idle as strike enters third week');

  await library(page)
    .getByRole('listitem')
    .filter({ hasText: /Harbour cranes/ })
    .hover();
  await library(page)
    .getByRole('listitem')
    .filter({ hasText: /Harbour cranes/ })
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await expect(titles(page)).toHaveCount(2);
  await library(page).getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = library(page).getByRole('list', { name: 'Trash' });
  await expect(trash.locator('.article-title')).toHaveText([
    'Harbour cranes idle as strike enters third week',
  ]);
  await page.screenshot({ path: info.outputPath('library-trash.png') });
  await trash.getByRole('button', { name: 'Restore' }).click();
  await expect(library(page).getByText('The trash is empty.')).toBeVisible();
  await library(page).getByRole('button', { name: 'Library', exact: true }).click();
  await expect(titles(page)).toHaveCount(3);

  // Archived: out of the library, on the archive shelf.
  const budget = library(page)
    .getByRole('listitem')
    .filter({ hasText: /Budget talks/ });
  await budget.hover();
  await budget.getByRole('button', { name: 'Archive' }).click();
  await expect(titles(page)).toHaveCount(2);
  await library(page).getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(titles(page)).toHaveText(['Budget talks stall in Brussels']);
});

test('a search opens the article at the match, its words painted, and Ctrl+F finds in it', async ({
  app,
}, info) => {
  const { page } = app;
  await seed(app);
  await library(page).getByLabel('Search the library').fill('white roof');
  const results = library(page).getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('button')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText(['white', 'roof']);
  await page.screenshot({ path: info.outputPath('library-search.png') });
  await results.getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A quiet archive in Vienna');
  await expect.poll(() => layerRanges(page, 'find')).toEqual(['white', 'roof']);
  await expect.poll(() => layerRanges(page, 'find-current')).toEqual(['white']);

  await page.locator('[data-testid="article-body"]').click();
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in article' });
  await expect(bar.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('the');
  await expect(bar.getByRole('status')).toHaveText('1 of 2');
  await page.keyboard.press('Enter');
  await expect(bar.getByRole('status')).toHaveText('2 of 2');
  await page.keyboard.press('Shift+Enter');
  await expect(bar.getByRole('status')).toHaveText('1 of 2');
  await expect.poll(() => layerRanges(page, 'find')).toEqual(['The', 'the']);
  await page.screenshot({ path: info.outputPath('find-bar.png') });
  await page.keyboard.type('zzz');
  await expect(bar.getByRole('status')).toHaveText('No matches');
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect.poll(() => layerRanges(page, 'find')).toEqual([]);
});
