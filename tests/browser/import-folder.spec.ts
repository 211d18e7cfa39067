import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emitEvent, registerFilePaths } from '../support/browser-host';
import type { Page } from '@playwright/test';
import { expect, storedTitles, test } from './fixtures';

/** A folder as a user keeps one: articles in subfolders, a copy, some junk, images and scripts. */
let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gloss-folder-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

const put = (rel: string, content: string | Uint8Array) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), content);
};
const story = (n: number) =>
  `<html><head><title>Ferry report ${n} - Quay News</title></head><body><article><h1>Ferry report ${n}</h1>` +
  `<p>The ferry made ${n} crossings this month, the harbour office said on Friday, more than in any month last year.</p>` +
  `<p>“We had the weather on our side,” the captain said of crossing number ${n}.</p></article></body></html>`;

/** Drops these paths (under the test folder) on the window as a file manager would. */
async function drop(page: Page, names: string[]) {
  await registerFilePaths(
    page,
    names.map((n) => path.join(dir, n)),
  );
  await page.evaluate((names) => {
    const dt = new DataTransfer();
    for (const name of names) dt.items.add(new File(['(read from disk)'], name.split('/').pop()!));
    const target = document.querySelector('.app')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, names);
}

test('imports a folder with a progress bar, then says what came in, what was a copy and what was refused and why', async ({
  app,
}) => {
  const { page } = app;
  for (let n = 1; n <= 60; n++)
    put(`${n <= 30 ? 'spring' : 'summer/late'}/ferry-${String(n).padStart(2, '0')}.html`, story(n));
  put('copies/ferry-01-again.html', story(1));
  put('junk/photo.html', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  put('junk/empty.txt', '');
  put('junk/script-only.html', '<script>document.write("hi")</script>');
  for (let i = 0; i < 20; i++) put(`assets/pic-${i}.jpg`, 'x');
  await expect(page.getByTestId('article-body')).toContainText('Hikmet Hajiyev');
  const before = app.services.library.list().length;

  await emitEvent(page, 'menu.openFolder', { path: dir });
  const dialog = page.getByRole('dialog', { name: /Importing “gloss-folder-/ });
  await expect(dialog).toBeVisible();
  // the bar moves: some files done, not all
  const bar = dialog.getByRole('progressbar', { name: 'Import progress' });
  await expect(bar).toBeVisible();
  await expect(dialog.getByText(/^\d+ of 64 files$/)).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/html-import-folder-progress.png' });
  await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
  // no per-file toast beside the bar
  await expect(page.getByTestId('toast').filter({ hasText: /Importing \d+ of/ })).toHaveCount(0);

  const done = page.getByRole('dialog', { name: /Imported from “gloss-folder-/ });
  await expect(done).toBeVisible({ timeout: 60_000 });
  await expect(done.getByRole('status')).toContainText('60 articles imported');
  await expect(done.getByRole('status')).toContainText('1 already in the library, skipped');
  await expect(done.getByRole('status')).toContainText('3 files refused');
  await expect(done.getByRole('status')).toContainText('20 other files were passed over');
  const refused = done.locator('.import-list').filter({ hasText: 'Refused, and why' });
  await expect(refused.locator('li')).toHaveCount(3);
  await expect(refused.locator('li').filter({ hasText: 'photo.html' })).toContainText(
    /not a text file|binary|image/,
  );
  await expect(refused.locator('li').filter({ hasText: 'empty.txt' })).toContainText('is empty');
  await page.screenshot({ path: 'test-results/shots/html-import-folder-summary.png' });

  // the library has the 60 new ones, and nothing of the refused files
  expect(app.services.library.list().length).toBe(before + 60);
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Ferry report 60');

  // by keyboard: the copy's title opens the article it duplicated; Escape would close
  await done.getByText('Already in the library', { exact: true }).focus();
  await page.keyboard.press('Enter');
  await done.getByRole('button', { name: 'Ferry report 1', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(done).toBeHidden();
  await expect(page.getByTestId('article-body')).toContainText('The ferry made 1 crossings this month');
});

test('a missing folder says so, and Escape closes the summary', async ({ app }) => {
  const { page } = app;
  await expect(page.getByTestId('article-body')).toContainText('Hikmet Hajiyev');
  await emitEvent(page, 'menu.openFolder', { path: path.join(dir, 'gone') });
  const done = page.getByRole('dialog', { name: 'Could not import “gone”' });
  await expect(done.getByRole('alert')).toHaveText('The folder “gone” could not be found.');
  await page.keyboard.press('Escape');
  await expect(done).toBeHidden();
});

test('a second import while one is on screen is refused with a message, and the first ends as it should', async ({
  app,
}) => {
  const { page } = app;
  for (let n = 1; n <= 3; n++) put(`First/ferry-${n}.html`, story(n));
  put('Second/ferry-9.html', story(9));
  await expect(page.getByTestId('article-body')).toContainText('Hikmet Hajiyev');
  // the first folder's import waits until the second has been asked for
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const handlers = app.services.handlers;
  const importFolder = handlers['library.importFolder'];
  handlers['library.importFolder'] = async (input) => {
    await gate;
    return importFolder(input);
  };
  await emitEvent(page, 'menu.openFolder', { path: path.join(dir, 'First') });
  await expect(page.getByRole('dialog', { name: 'Importing “First”…' })).toBeVisible();
  await emitEvent(page, 'menu.openFolder', { path: path.join(dir, 'Second') });
  await expect(page.getByTestId('toast').filter({ hasText: 'Gloss is still importing.' })).toBeVisible();
  release();
  const done = page.getByRole('dialog', { name: 'Imported from “First”' });
  await expect(done.getByRole('status')).toContainText('3 articles imported');
  expect(storedTitles(app)).not.toContain('Ferry report 9');
});

test('a folder dropped on the window is imported the same way, beside a file dropped with it', async ({
  app,
}) => {
  const { page } = app;
  for (let n = 1; n <= 3; n++) put(`dropped/ferry-${n}.html`, story(n));
  put('dropped/notes.bin.txt', Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7]));
  put(
    'loose.txt',
    'A loose note\n\nThe ferry was late again today, the third time this week, and nobody said why.',
  );
  await expect(page.getByTestId('article-body')).toContainText('Hikmet Hajiyev');
  await drop(page, ['dropped', 'loose.txt']);
  const done = page.getByRole('dialog', { name: 'Imported from “dropped”' });
  await expect(done.getByRole('status')).toContainText('3 articles imported');
  await expect(done.getByRole('status')).toContainText('1 file refused');
  await expect(page.getByTestId('toast').filter({ hasText: 'Imported “A loose note”.' })).toBeVisible();
  await expect(page.getByTestId('toast').filter({ hasText: 'is a folder' })).toHaveCount(0);
  await done.getByRole('button', { name: 'Done' }).press('Enter');
  await expect(done).toBeHidden();
  expect(app.services.library.list().length).toBe(1 + 4);
});

test('twelve files chosen at once get the same bar and summary instead of twelve toasts', async ({ app }) => {
  const { page } = app;
  const files: string[] = [];
  for (let n = 1; n <= 11; n++) {
    put(`pick/ferry-${n}.html`, story(n));
    files.push(path.join(dir, 'pick', `ferry-${n}.html`));
  }
  put(
    'pick/cover.html',
    Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0]),
  );
  files.push(path.join(dir, 'pick', 'cover.html'));
  await expect(page.getByTestId('article-body')).toContainText('Hikmet Hajiyev');
  await registerFilePaths(page, files);
  await page.getByTestId('file-input').setInputFiles(files);
  const done = page.getByRole('dialog', { name: 'Imported 12 files' });
  await expect(done.getByRole('status')).toContainText('11 articles imported');
  await expect(done.getByRole('status')).toContainText('1 file refused');
  await expect(done.locator('.import-list li').filter({ hasText: 'cover.html' })).toBeVisible();
  await expect(page.getByTestId('toast').filter({ hasText: /^Imported “/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(done).toBeHidden();
  // the last one that came in is open
  await expect(page.getByTestId('article-body')).toContainText('The ferry made 11 crossings');
});

test('many files dropped with a folder: one sheet, one summary of both, the files’ not replaced by the folder’s', async ({
  app,
}) => {
  const { page } = app;
  const names: string[] = [];
  for (let n = 1; n <= 11; n++) {
    put(`loose/ferry-${n}.html`, story(n));
    names.push(`loose/ferry-${n}.html`);
  }
  for (let n = 21; n <= 23; n++) put(`Clippings/ferry-${n}.html`, story(n));
  put('Clippings/ferry-1-again.html', story(1));
  await expect(page.getByTestId('article-body')).toContainText('Hikmet Hajiyev');
  await drop(page, [...names, 'Clippings']);
  const done = page.getByRole('dialog', { name: 'Imported 11 files and “Clippings”' });
  await expect(done.getByRole('status')).toContainText('14 articles imported', { timeout: 30_000 });
  await expect(done.getByRole('status')).toContainText('1 already in the library, skipped');
  await expect(page.getByTestId('toast').filter({ hasText: 'is a folder' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/shots/html-import-files-and-folder.png' });
  // it stays until closed: the folder's import did not put a second summary over the first
  await page.waitForTimeout(300);
  await expect(done).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(done).toBeHidden();
  expect(app.services.library.list().length).toBe(1 + 14);
});

test('two folders dropped at once: one sheet and one summary of both', async ({ app }) => {
  const { page } = app;
  for (let n = 1; n <= 2; n++) put(`Spring/ferry-${n}.html`, story(n));
  for (let n = 3; n <= 5; n++) put(`Summer/ferry-${n}.html`, story(n));
  put('Summer/notes.bin.txt', Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7]));
  await expect(page.getByTestId('article-body')).toContainText('Hikmet Hajiyev');
  await drop(page, ['Spring', 'Summer']);
  const done = page.getByRole('dialog', { name: 'Imported from “Spring” and “Summer”' });
  await expect(done.getByRole('status')).toContainText('5 articles imported', { timeout: 30_000 });
  await expect(done.getByRole('status')).toContainText('1 file refused');
  await page.waitForTimeout(300);
  await expect(done).toBeVisible();
  await done.getByRole('button', { name: 'Done' }).press('Enter');
  await expect(done).toBeHidden();
  expect(app.services.library.list().length).toBe(1 + 5);
});
