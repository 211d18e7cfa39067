import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Page } from '@playwright/test';
import path from 'node:path';
import { emitEvent } from '../support/browser-host';
import { expect, selectText, test } from './fixtures';

const body = '[data-testid="article-body"]';
const SHOTS = 'test-results/shots';

/** Runs `use` with a folder outside the profile, for the files a user keeps elsewhere. */
async function elsewhere(use: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gloss-transfer-files-'));
  try {
    await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `transfer-${name}.png`) }).catch(() => {});

test('back up from the File menu, import into a fresh profile, see the summary and the highlights', async ({
  app,
}) => {
  const { page } = app;
  await elsewhere(async (dir) => {
    await expect(page.locator(body)).toContainText('Middle Corridor');
    // A highlight and an article note, made in the reader (the backup flushes what is typed first).
    await selectText(page, 'traditional ties of friendship');
    await page.keyboard.press('3'); // blue
    await expect(page.getByTestId('highlight-item')).toHaveCount(1);
    await page.getByLabel('Article note').fill('Backed up and brought back.');

    // File > Back Up Library…: the main process asked where, the renderer asks what.
    const file = path.join(dir, 'Gloss backup.json');
    app.services.transfer.allowWrite(file);
    await emitEvent(page, 'menu.backupTo', { path: file });
    const dialog = page.getByRole('dialog', { name: 'Back up the library' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: /The whole library/ })).toBeChecked();
    await shot(page, 'backup');
    // By keyboard: Tab to the button, Enter.
    await dialog.getByRole('button', { name: 'Back up' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status')).toContainText('Saved 1 article with 1 highlight');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(readdirSync(dir)).toEqual(['Gloss backup.json']);

    // Another computer: a fresh profile.
    await app.restart(() => {
      for (const name of readdirSync(app.profile))
        rmSync(path.join(app.profile, name), { recursive: true, force: true });
    });
    await expect(page.locator(body)).toContainText('Middle Corridor');
    await expect(page.getByTestId('highlight-item')).toHaveCount(0);

    await emitEvent(page, 'menu.importTransfer', { path: file });
    const importing = page.getByRole('dialog', { name: 'Import “Gloss backup.json”' });
    await expect(importing).toContainText('A Gloss backup made on');
    await expect(importing).toContainText('1 article with 1 highlight');
    // The fresh profile has the sample too: it is merged, not added again.
    await expect(importing).toContainText('All of them are in this library already.');
    await importing.getByRole('button', { name: 'Import' }).focus();
    await page.keyboard.press('Enter');
    const counts = importing.getByRole('status');
    await expect(counts).toContainText('Highlights1 added');
    await expect(counts).toContainText('Article notes1 added');
    await shot(page, 'summary');
    await importing.getByRole('button', { name: 'Close' }).last().click();
    // Read again: the highlight and the note are there.
    await expect(page.getByTestId('highlight-item')).toHaveCount(1);
    await expect(page.getByTestId('highlight-item')).toContainText('traditional ties of friendship');
    await expect(page.getByLabel('Article note')).toHaveValue('Backed up and brought back.');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('hl-blue')?.size)).toBe(1);
    expect(app.errors).toEqual([]);
  });
});

test('Hypothesis annotations of another address go to the article picked; what cannot be placed is listed and kept', async ({
  app,
}) => {
  const { page } = app;
  await elsewhere(async (dir) => {
    await expect(page.locator(body)).toContainText('Middle Corridor');
    const uri = 'https://news.example.az/azerbaijan-china';
    const anno = (id: string, exact: string, prefix: string, suffix: string, text: string) => ({
      id,
      uri,
      text,
      tags: ['diplomacy'],
      created: '2025-05-01T10:00:00Z',
      updated: '2025-05-01T10:00:00Z',
      target: [{ source: uri, selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix }] }],
      document: { title: ['Azerbaijan and China'] },
    });
    const file = path.join(dir, 'hypothesis.json');
    writeFileSync(
      file,
      JSON.stringify({
        export_date: '2025-06-01T00:00:00Z',
        export_userid: 'acct:reader@hypothes.is',
        client_version: '1.0',
        annotations: [
          anno('a1', 'Middle Corridor', 'the ', '', 'The trade route.'),
          anno('a2', 'a sentence the article never had', 'and ', ' here', 'Lost note.'),
        ],
      }),
    );
    await emitEvent(page, 'menu.importTransfer', { path: file });
    const dialog = page.getByRole('dialog', { name: 'Import “hypothesis.json”' });
    await expect(dialog).toContainText('2 Hypothesis annotations on 1 page');
    const pick = dialog.getByRole('combobox');
    await expect(pick).toHaveValue('');
    await pick.focus();
    await pick.selectOption({ label: 'Azerbaijan and China: traditional ties of friendship' });
    await shot(page, 'pick');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog.getByRole('status')).toContainText('Highlights2 added');
    await expect(dialog).toContainText('Not placed (1)');
    await expect(dialog.locator('.transfer-unplaced')).toContainText('a sentence the article never had');
    await expect(dialog.locator('.transfer-unplaced')).toContainText('Lost note.');
    await shot(page, 'unplaced');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('highlight-item').filter({ hasText: 'Middle Corridor' })).toContainText(
      'The trade route.',
    );
    await expect(page.getByTestId('orphaned-list')).toContainText('a sentence the article never had');
    expect(app.errors).toEqual([]);
  });
});
