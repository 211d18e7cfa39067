import { expect, test } from './fixtures';

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

test('a hostile HTML file imports as a clean article and nothing in it runs', async ({ app }) => {
  const { page } = app;
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await expect(page.locator('[data-testid="article-body"]')).toContainText('Hikmet Hajiyev');
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'baku.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE) });

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ministers meet in Baku');
  const body = page.locator('[data-testid="article-body"]');
  await expect(body).toContainText('We will expand trade');
  await expect(body).toContainText('covered transport, energy and customs');
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Ministers meet in Baku');

  // Click the defanged link too: nothing may run, now or after.
  await body.getByText('Click here').click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  expect(await body.locator('script, iframe, form, input, style, [onerror], [onload]').count()).toBe(0);
  expect(await body.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await body.innerText()).not.toContain('Copyright and cookie');
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1/);

  // It persisted as an article of its own, with the sample untouched.
  const titles = app.services.library.list().map((a) => a.title);
  expect(titles).toEqual(
    expect.arrayContaining([
      'Ministers meet in Baku',
      'Azerbaijan and China: traditional ties of friendship',
    ]),
  );
});

test('a bad file is refused with a clear message and the library is untouched', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('[data-testid="article-body"]')).toContainText('Hikmet Hajiyev');
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  ]);
  await page.getByTestId('file-input').setInputFiles([
    { name: 'photo.txt', mimeType: 'text/plain', buffer: png },
    { name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.alloc(0) },
  ]);
  const toasts = page.locator('.toasts');
  await expect(toasts).toContainText('photo.txt');
  await expect(toasts).toContainText('empty.md');
  await expect(page.locator('.toast-error')).toHaveCount(2);
  expect(app.services.library.list()).toHaveLength(1);
  await expect(page.locator('[data-testid="article-body"]')).toContainText('Hikmet Hajiyev');
});

test('files dropped on the window are imported', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('[data-testid="article-body"]')).toContainText('Hikmet Hajiyev');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(['# Dropped notes\n\nA *Markdown* file, dropped on the window.'], 'dropped.md', {
        type: 'text/markdown',
      }),
    );
    const app = document.querySelector('.app')!;
    app.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    app.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped notes');
  await expect(page.locator('[data-testid="article-body"] em')).toHaveText('Markdown');
  await app.restart();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped notes');
});
