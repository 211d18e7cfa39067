import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { emitEvent, registerFilePaths } from '../support/browser-host';
import { expect, storedTitles, test } from './fixtures';

const HOSTILE = `<!doctype html><html><head><title>Ministers meet in Baku</title>
<script>window.__pwned = 'head script ran'</script>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<style>body { display: none }</style></head>
<body onload="window.__pwned = 'onload ran'">
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Ministers meet in Baku</h1>
<p>The foreign ministers met on Tuesday to discuss the Middle Corridor, officials said in a statement released after the talks.</p>
<p>“We will expand trade,” the minister said. <img src="x" onerror="window.__pwned = 'onerror ran'"> The talks lasted three hours and covered transport, energy and customs.</p>
<p><a href="javascript:window.__pwned='link ran'">Click here</a> for the full statement, or read <a href="https://example.org/statement">the statement</a>.</p>
<svg><script>window.__pwned = 'svg script ran'</script><a xlink:href="javascript:alert(1)"><text>svg</text></a></svg>
<iframe src="javascript:parent.__pwned='iframe ran'"></iframe>
<form action="https://evil.example/"><input name="q"><button>Go</button></form>
</article>
<footer>Copyright and cookie notices</footer>
</body></html>`;

const SAMPLE_TEXT = 'Hikmet Hajiyev';
const body = '[data-testid="article-body"]';

/** The files a user would pick, written to a temp folder for the test (never committed). */
let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gloss-import-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
}

/** 60 MB, sparse: the size is real to stat, and costs no time or disk to write. */
function sixtyMegabytes(): string {
  const f = file('big.txt', '');
  truncateSync(f, 60 * 1024 * 1024);
  return f;
}

type Way = 'button' | 'drop' | 'menu';

/** Hands files to the app the way a user would: the Open button, a drop, or File > Open. */
async function importVia(page: Page, way: Way, files: string[]): Promise<void> {
  if (way === 'menu') return emitEvent(page, 'menu.openFiles', { paths: files });
  await registerFilePaths(page, files);
  if (way === 'button') return page.getByTestId('file-input').setInputFiles(files);
  // A drop carries File objects; as in Electron, their paths are what the import is given.
  await page.evaluate(
    (names) => {
      const dt = new DataTransfer();
      for (const name of names) dt.items.add(new File(['(read from disk, not from here)'], name));
      const app = document.querySelector('.app')!;
      app.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      app.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    files.map((f) => path.basename(f)),
  );
}

for (const way of ['button', 'drop', 'menu'] as const) {
  test(`${way}: a 60 MB file, a hostile page and a duplicate, each with the same one message`, async ({
    app,
  }) => {
    const { page } = app;
    await expect(page.locator(body)).toContainText(SAMPLE_TEXT);
    const toasts = page.getByTestId('toast').locator('span');

    await importVia(page, way, [sixtyMegabytes()]);
    await expect(page.locator('.toast-error span')).toHaveText([
      '“big.txt” is 60 MB; Gloss opens files of up to 50 MB.',
    ]);
    expect(app.services.library.list()).toHaveLength(1);
    await page.locator('.toast-error').getByRole('button', { name: 'Dismiss' }).click();

    await importVia(page, way, [file('baku.html', HOSTILE)]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ministers meet in Baku');
    await expect(toasts.filter({ hasText: 'Ministers meet in Baku' })).toHaveText([
      /^Imported “Ministers meet in Baku”\./,
    ]);
    expect(app.services.library.list()).toHaveLength(2);

    // The same page again, under another name: said once, that it was there already and opened.
    await page.getByRole('navigation', { name: 'Library' }).getByText('Azerbaijan and China').click();
    await expect(page.locator(body)).toContainText(SAMPLE_TEXT);
    await importVia(page, way, [file('baku-again.html', HOSTILE)]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ministers meet in Baku');
    await expect(toasts.filter({ hasText: 'already in your library' })).toHaveText([
      '“Ministers meet in Baku” is already in your library; it was opened instead.',
    ]);
    await expect(toasts.filter({ hasText: 'Ministers meet in Baku' })).toHaveCount(2);
    expect(app.services.library.list()).toHaveLength(2);
  });
}

test('a hostile HTML file imports as a clean article and nothing in it runs', async ({ app }) => {
  const { page } = app;
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await expect(page.locator(body)).toContainText(SAMPLE_TEXT);
  await importVia(page, 'button', [file('baku.html', HOSTILE)]);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ministers meet in Baku');
  const article = page.locator(body);
  await expect(article).toContainText('We will expand trade');
  await expect(article).toContainText('covered transport, energy and customs');
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Ministers meet in Baku');

  // Click the defanged link too: nothing may run, and the page stays the app's.
  await article.getByText('Click here').click();
  // What proves nothing can run is below: no script, handler or javascript: link is left. The
  // canary, read after the click's task, is the symptom a miss would most likely show.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  expect(await article.locator('script, iframe, form, input, style, [onerror], [onload]').count()).toBe(0);
  expect(await article.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await article.innerText()).not.toContain('Copyright and cookie');
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1/);

  // Its one safe link opens outside the app, through the main process's check; the page stays.
  await article.getByRole('link', { name: 'the statement' }).click();
  await expect.poll(() => app.services.links.opened).toEqual(['https://example.org/statement']);
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1/);

  // It persisted as an article of its own, with the sample untouched.
  expect(storedTitles(app)).toEqual([
    'Azerbaijan and China: traditional ties of friendship',
    'Ministers meet in Baku',
  ]);
});

test('bad files are refused, one message each, and the library is untouched', async ({ app }) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText(SAMPLE_TEXT);
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  ]);
  await importVia(page, 'button', [file('photo.txt', png), file('empty.md', '')]);
  await expect(page.locator('.toast-error span')).toHaveText([
    /^“photo\.txt” is not a text file/,
    /^“empty\.md” is empty/,
  ]);
  expect(app.services.library.list()).toHaveLength(1);
  await expect(page.locator(body)).toContainText(SAMPLE_TEXT);
});

test('a dropped file is imported and is there after a restart', async ({ app }) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText(SAMPLE_TEXT);
  await importVia(page, 'drop', [
    file('dropped.md', '# Dropped notes\n\nA *Markdown* file, dropped on the window.'),
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped notes');
  await expect(page.locator(`${body} em`)).toHaveText('Markdown');
  await app.restart();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped notes');
});
