import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { importText, tempProfile } from '../support/profile';
import { expect, library, storedTitles, test, titles } from './fixtures';

test.use({ appOptions: { sample: false } });

/** Added in this order, so the list (newest first) shows them backwards. */
const ARTICLES = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'].map(
  (name, i) =>
    [
      `${name.toLowerCase()}.txt`,
      `${name} report\n\nThe ${name} dock counted ${i + 3} ships on Monday.`,
    ] as const,
);

const title = (page: Page, name: string) =>
  library(page).getByRole('button', { name: new RegExp(`^${name} report`) });
const shelf = (page: Page, name: string) =>
  library(page).getByRole('group', { name: 'Shelf' }).getByRole('button', { name, exact: true });
const bar = (page: Page) => page.getByRole('toolbar', { name: 'Selected articles' });

test('rows are chosen by Ctrl-click, Shift-click and their box by keyboard, then archived, trashed with one Undo, tagged and exported together', async ({
  app,
}) => {
  const { page } = app;
  for (const [name, text] of ARTICLES) await importText(app.services, name, text);
  await page.reload();
  await expect(titles(page)).toHaveText([
    'Epsilon report',
    'Delta report',
    'Gamma report',
    'Beta report',
    'Alpha report',
  ]);
  await expect(bar(page)).toHaveCount(0);

  // Ctrl-click takes one without opening it, Shift-click the run from it
  await title(page, 'Delta').click({ modifiers: ['Control'] });
  await expect(bar(page).getByRole('status')).toHaveText('1 selected');
  await title(page, 'Beta').click({ modifiers: ['Shift'] });
  await expect(bar(page).getByRole('status')).toHaveText('3 selected');
  await expect(page.getByTestId('article-body')).not.toContainText('Beta dock');
  // by keyboard: from a title, Tab to its box, Space
  await title(page, 'Alpha').focus();
  await page.keyboard.press('Tab');
  await expect(library(page).getByRole('checkbox', { name: 'Select “Alpha report”' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(bar(page).getByRole('status')).toHaveText('4 selected');
  await expect(library(page).locator('li.selected .article-title')).toHaveText([
    'Delta report',
    'Gamma report',
    'Beta report',
    'Alpha report',
  ]);
  await page.screenshot({ path: 'test-results/shots/library-select.png' });
  // Ctrl+A in the list takes every row it shows
  await page.keyboard.press('Control+a');
  await expect(bar(page).getByRole('status')).toHaveText('5 selected');
  // Escape lets go of them all; a plain click still opens
  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);
  await title(page, 'Gamma').click();
  await expect(page.getByTestId('article-body')).toContainText('Gamma dock');

  // archived together, and back together from the archive
  await title(page, 'Gamma').click({ modifiers: ['Control'] });
  await title(page, 'Alpha').click({ modifiers: ['Shift'] });
  await bar(page).getByRole('button', { name: 'Archive' }).click();
  await expect(titles(page)).toHaveText(['Epsilon report', 'Delta report']);
  await expect(bar(page)).toHaveCount(0);
  await shelf(page, 'Archive').click();
  await expect(titles(page)).toHaveCount(3);
  await title(page, 'Beta').click({ modifiers: ['Control'] });
  await bar(page).getByRole('button', { name: 'Select all 3' }).click();
  await bar(page).getByRole('button', { name: 'Back to the library' }).click();
  await expect(titles(page)).toHaveCount(0);
  await shelf(page, 'Library').click();
  await expect(titles(page)).toHaveCount(5);

  // to the trash together, back with one Undo
  await title(page, 'Epsilon').click({ modifiers: ['Control'] });
  await title(page, 'Delta').click({ modifiers: ['Control'] });
  await bar(page).getByRole('button', { name: 'Move to trash' }).click();
  const toast = page.getByTestId('toast').filter({ hasText: 'Moved 2 articles to the trash.' });
  await expect(toast).toBeVisible();
  await expect(titles(page)).toHaveCount(3);
  expect(app.services.library.list()).toHaveLength(3);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByTestId('toast').filter({ hasText: '2 articles are back in your library.' }),
  ).toBeVisible();
  await expect(titles(page)).toHaveCount(5);

  // tagged together, by keyboard: the bar's "+ tag", a word, Enter; a row that has it is left alone
  await app.services.handlers['library.updateShelf']({
    articleId: app.services.library.list().find((a) => a.title === 'Gamma report')!.id,
    tags: ['Strike'],
  });
  await page.reload();
  await title(page, 'Delta').click({ modifiers: ['Control'] });
  await title(page, 'Gamma').click({ modifiers: ['Shift'] });
  await bar(page).getByRole('button', { name: '+ tag' }).press('Enter');
  await page.keyboard.type('strike');
  await page.keyboard.press('Enter');
  const tagsOf = (name: string) =>
    library(page)
      .getByRole('listitem')
      .filter({ hasText: `${name} report` })
      .getByRole('button', { name: /^Remove tag / });
  await expect(tagsOf('Delta')).toHaveAccessibleName('Remove tag strike');
  await expect(tagsOf('Gamma')).toHaveAccessibleName('Remove tag Strike');
  await expect(tagsOf('Beta')).toHaveCount(0);
  await expect(bar(page).getByRole('status')).toHaveText('2 selected');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);

  // exported together: the dialog starts on the selection
  const out = tempProfile('gloss-export-selected-');
  app.services.exports.chooseFolder = async () => out.dir;
  await title(page, 'Beta').click({ modifiers: ['Control'] });
  await title(page, 'Delta').click({ modifiers: ['Control'] });
  await bar(page).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const chosen = dialog.getByRole('radio', { name: 'The 2 articles you selected' });
  await expect(chosen).toBeChecked();
  await expect(chosen).toBeFocused();
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Exported 2 articles: 2 files written');
  expect(
    readdirSync(out.dir)
      .filter((f) => !f.startsWith('.'))
      .sort(),
  ).toEqual(['Beta report.md', 'Delta report.md']);
  expect(app.errors).toEqual([]);
});

test('a new filter or a search lets go of the selection, so an action never reaches rows out of sight', async ({
  app,
}) => {
  const { page } = app;
  for (const [name, text] of ARTICLES.slice(0, 3)) await importText(app.services, name, text);
  await page.reload();
  await title(page, 'Alpha').click({ modifiers: ['Control'] });
  await expect(bar(page)).toBeVisible();
  await shelf(page, 'Archive').click();
  await shelf(page, 'Library').click();
  await expect(bar(page)).toHaveCount(0);
  // a chosen row archived by its own button leaves the count and is not acted on
  await title(page, 'Alpha').click({ modifiers: ['Control'] });
  await title(page, 'Beta').click({ modifiers: ['Control'] });
  await expect(bar(page).getByRole('status')).toHaveText('2 selected');
  const alpha = library(page).getByRole('listitem').filter({ hasText: 'Alpha report' });
  await alpha.hover();
  await alpha.getByRole('button', { name: 'Archive' }).click();
  await expect(bar(page).getByRole('status')).toHaveText('1 selected');
  await bar(page).getByRole('button', { name: 'Move to trash' }).press('Enter');
  await expect(
    page.getByTestId('toast').filter({ hasText: 'Moved “Beta report” to the trash.' }),
  ).toBeVisible();
  expect(storedTitles(app)).toEqual(['Alpha report', 'Gamma report']);
  // the bar went; the keyboard carries on from the list
  await expect(bar(page)).toHaveCount(0);
  await expect(page.locator('.article-list .article-item').first()).toBeFocused();
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(titles(page)).toHaveText(['Gamma report', 'Beta report']);
  await title(page, 'Beta').click({ modifiers: ['Control'] });
  await library(page).getByLabel('Search the library').fill('beta');
  await library(page).getByLabel('Search the library').fill('');
  await expect(titles(page)).toHaveCount(2);
  await expect(bar(page)).toHaveCount(0);
});
