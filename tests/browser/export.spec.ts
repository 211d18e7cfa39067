import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { importText, tempProfile } from '../support/profile';
import { expect, highlightText, test, type GlossApp } from './fixtures';

/**
 * Exporting from the UI by keyboard: File > Export's shortcut, the choices, the folder (the app's
 * folder dialog stands in for Electron's), the progress bar and the summary; then the files on disk.
 */

const body = '[data-testid="article-body"]';
const PASSAGE = 'traditional ties of friendship and partnership';

function exportInto(app: GlossApp): string {
  const out = tempProfile('gloss-export-ui-');
  test.info().attach('folder', { body: out.dir });
  // what dialog.showOpenDialog answers in the app
  app.services.exports.chooseFolder = async () => out.dir;
  return out.dir;
}

/** The sample and these articles (file name: text) in the library, and on screen. */
async function libraryWith(app: GlossApp, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) await importText(app.services, name, text);
  await app.page.reload();
  await expect(app.page.locator('.article-list li')).toHaveCount(1 + Object.keys(files).length);
}

test('exports the open article to Obsidian Markdown by keyboard, then again in place', async ({ app }) => {
  const { page } = app;
  const dir = exportInto(app);
  await expect(page.locator(body)).toContainText(PASSAGE);
  await highlightText(page, PASSAGE, '2');
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);

  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  // focus starts on the first choice, this article, which is chosen
  const thisArticle = dialog.getByRole('radio', { name: /^This article: Azerbaijan/ });
  await expect(thisArticle).toBeFocused();
  await expect(thisArticle).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  await page.screenshot({ path: 'test-results/shots/export-dialog.png' });

  // Tab to the format (Obsidian is chosen), then the quotations box: Space ticks it
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio', { name: /Markdown for Obsidian/ })).toBeFocused();
  await expect(dialog.getByRole('radio', { name: /Markdown for Obsidian/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('checkbox', { name: /quotations/ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Choose folder…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(dir)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const summary = dialog.getByRole('status');
  await expect(summary).toContainText('Exported 1 article: 1 file written, 0 files unchanged.');
  await page.screenshot({ path: 'test-results/shots/export-summary.png' });

  const files = readdirSync(dir).filter((f) => !f.startsWith('.'));
  expect(files).toEqual(['Azerbaijan and China traditional ties of friendship.md']);
  const md = readFileSync(path.join(dir, files[0]!), 'utf8');
  expect(md).toContain(`> ${PASSAGE}`);
  expect(md).toContain('*green*');
  expect(md.match(/^\^gloss-[a-z0-9]+$/gm)).toHaveLength(1);
  expect(md).toContain('## Quotations');
  expect(md).toContain('### Hikmet Hajiyev');

  // again, unchanged: nothing rewritten
  await page.keyboard.press('Enter');
  await expect(summary).toContainText('0 files written, 1 file unchanged.');
  // Escape closes the dialog and gives focus back
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(app.errors).toEqual([]);
});

test('exports the whole library’s quotations to CSV from the library, with a progress bar', async ({
  app,
}) => {
  const { page } = app;
  await libraryWith(app, {
    'second.txt': 'Second story\n\n“We are ready,” Maria Lopez said on Monday.',
    'third.txt': 'Third story\n\n“Not yet,” the minister, John Smith, told reporters.',
  });
  const dir = exportInto(app);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^The whole library \(3 articles\)/ }).check();
  await dialog.getByRole('radio', { name: /Quotations \(CSV\)/ }).check();
  await expect(dialog.getByRole('checkbox', { name: /quotations/ })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  // The second article's analysis waits until the test has seen the bar (a real export of three
  // small articles is over before a screen could show it).
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const analysis = app.services.analysis;
  const analyze = analysis.get.bind(analysis);
  let calls = 0;
  analysis.get = async (article) => {
    if (++calls === 2) await gate;
    return analyze(article);
  };
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const bar = dialog.getByRole('progressbar', { name: 'Export progress' });
  await expect(bar).toHaveAttribute('max', '3');
  await expect(dialog.getByText(/^[01] of 3 articles$/)).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/export-progress.png' });
  release();
  await expect(dialog.getByRole('status')).toContainText('Exported 3 articles: 1 file written');
  await expect(bar).toHaveCount(0);

  const rows: string[][] = parse(readFileSync(path.join(dir, 'Gloss library - quotations.csv')), {
    bom: true,
  });
  expect(rows[0]).toEqual(['speaker', 'quotation', 'cue', 'article', 'date', 'URL', 'status', 'Gloss link']);
  const speakers = rows.slice(1).map((r) => r[0]);
  expect(speakers).toEqual(expect.arrayContaining(['Maria Lopez', 'Hikmet Hajiyev']));

  // the format and folder are remembered after a restart (which article reopens is not the point:
  // open the sample, so the shortcut has an article to export)
  await app.restart();
  await page.getByRole('navigation', { name: 'Library' }).getByText('Azerbaijan and China').click();
  await expect(page.locator(body)).toContainText(PASSAGE);
  await page.keyboard.press('Control+Shift+E');
  await expect(
    page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: /Quotations \(CSV\)/ }),
  ).toBeChecked();
  await expect(page.getByRole('dialog', { name: 'Export' }).getByText(dir)).toBeVisible();
  expect(app.errors).toEqual([]);
});

test('after a library search, exports every article the search finds, by keyboard', async ({ app }) => {
  const { page } = app;
  await libraryWith(app, {
    'strike.txt':
      'Dockers walk out in Rotterdam\n\n“We will stay out until the pay offer changes,” said Anna de Vries, a union steward.',
    'cranes.txt':
      'Cranes idle at the port\n\nThe Rotterdam strike entered its third week on Monday, the port authority said.',
    'roofs.txt': 'White roofs for the city\n\nThe council voted to paint every roof white.',
  });
  const dir = exportInto(app);

  await page.getByRole('navigation', { name: 'Library' }).getByLabel('Search the library').fill('rotterdam');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  // Tab on from the search box to Export…
  const exportButton = page.getByRole('button', { name: 'Export…' });
  for (let i = 0; i < 3 && !(await exportButton.evaluate((e) => e === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(exportButton).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const found = dialog.getByRole('radio', { name: 'The 2 articles your search “rotterdam” finds' });
  await expect(found).toBeEnabled();
  await page.screenshot({ path: 'test-results/shots/export-search.png' });
  // from the first choice down to the search's, by arrow keys as radio buttons go
  await expect(dialog.getByRole('radio').first()).toBeFocused();
  while (!(await found.evaluate((e) => e === document.activeElement))) await page.keyboard.press('ArrowDown');
  await expect(found).toBeChecked();
  await dialog.getByRole('radio', { name: /Markdown for Obsidian/ }).check();
  await dialog.getByRole('button', { name: 'Choose folder…' }).press('Enter');
  await dialog.getByRole('button', { name: 'Export', exact: true }).press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Exported 2 articles: 2 files written');
  expect(
    readdirSync(dir)
      .filter((f) => !f.startsWith('.'))
      .sort(),
  ).toEqual(['Cranes idle at the port.md', 'Dockers walk out in Rotterdam.md']);
  expect(app.errors).toEqual([]);
});

test('a folder that is gone is refused with a clear message', async ({ app }) => {
  const { page } = app;
  app.services.exports.chooseFolder = async () => '/no/such/folder/anywhere';
  await expect(page.locator(body)).toContainText(PASSAGE);
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The folder “/no/such/folder/anywhere” does not exist. Choose another one.',
  );
});

test('Ctrl+Shift+E opens Export from inside the article note, and what was typed there stays', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText(PASSAGE);
  const note = page.getByLabel('Article note');
  await note.click();
  await page.keyboard.type('Half a thought');
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // back in the note, interrupted by the dialog halfway: carry on typing, then restart
  await note.click();
  await note.press('End');
  await page.keyboard.type(', finished.');
  await app.restart();
  await expect(page.getByLabel('Article note')).toHaveValue('Half a thought, finished.');
});
