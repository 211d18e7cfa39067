/**
 * What the desktop hands the reader, as the main process sends it: a gloss://open link (the
 * app.openArticle event) and the article's right-click menu items (menu.contextCommand). The menu
 * itself is native and tested as data (tests/unit/electron-context-menu.test.ts).
 */
import { emitEvent } from '../support/browser-host';
import { importText } from '../support/profile';
import { expect, selectText, test } from './fixtures';
import { inView } from './in-view';

const body = '[data-testid="article-body"]';

const paragraphs = Array.from(
  { length: 80 },
  (_, i) => `Paragraph ${i + 1} of the long report, which goes on about the harbour and its ships.`,
);
const LONG = `# A long report\n\n${paragraphs.join('\n\n')}\n`;

test('a gloss://open link opens its article at the passage', async ({ app }) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev');
  const long = await importText(app.services, 'long.md', LONG);
  const offset = app.services.library.get(long.id).text.indexOf('Paragraph 70 ');
  expect(offset).toBeGreaterThan(0);

  await emitEvent(page, 'app.openArticle', { articleId: long.id, offset });
  await expect(page.locator(body)).toContainText('Paragraph 1 of the long report');
  await expect.poll(() => inView(page, 'Paragraph 70 ')).toBe(true);
  expect(await inView(page, 'Paragraph 1 of')).toBe(false);

  // A link to an article that is gone says so, and the open one stays.
  await emitEvent(page, 'app.openArticle', { articleId: 'no-such-article', offset: 0 });
  await expect(
    page.getByRole('status').filter({ hasText: 'That article is no longer in the library.' }),
  ).toBeVisible();
  await expect(page.locator(body)).toContainText('Paragraph 70 ');
  expect(app.errors).toEqual([]);
});

test('a link to the open article scrolls to its passage, again and again', async ({ app }) => {
  const { page } = app;
  const long = await importText(app.services, 'long.md', LONG);
  const text = app.services.library.get(long.id).text;
  const at = (n: number) => text.indexOf(`Paragraph ${n} `);

  await emitEvent(page, 'app.openArticle', { articleId: long.id, offset: at(70) });
  await expect.poll(() => inView(page, 'Paragraph 70 ')).toBe(true);

  // already open: a link further up goes there
  await emitEvent(page, 'app.openArticle', { articleId: long.id, offset: at(12) });
  await expect.poll(() => inView(page, 'Paragraph 12 ')).toBe(true);
  expect(await inView(page, 'Paragraph 70 ')).toBe(false);

  // the reader scrolls away by hand; the same link again brings the passage back
  await page.locator('.reading-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect.poll(() => inView(page, 'Paragraph 12 ')).toBe(false);
  await emitEvent(page, 'app.openArticle', { articleId: long.id, offset: at(12) });
  await expect.poll(() => inView(page, 'Paragraph 12 ')).toBe(true);
  expect(app.errors).toEqual([]);
});

test('the right-click menu highlights the selection, with a note, and looks up the name under the pointer', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev');
  const articleId = app.services.library.list()[0]!.id;

  await selectText(page, 'traditional ties of friendship');
  await emitEvent(page, 'menu.contextCommand', { command: 'highlight' });
  await expect
    .poll(() => app.services.annotations.get(articleId).highlights.map((h) => h.target.quote.exact))
    .toEqual(['traditional ties of friendship']);

  await selectText(page, 'Middle Corridor');
  await emitEvent(page, 'menu.contextCommand', { command: 'note' });
  await expect(page.getByRole('dialog', { name: 'Highlight' }).getByLabel('Note')).toBeFocused();
  await page.keyboard.press('Escape');

  // Right-click a name (the page's own contextmenu event comes first), then Look Up.
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('ent-person')?.size ?? 0))
    .toBeGreaterThan(0);
  await selectText(page, 'Hajiyev', 2);
  const at = await page.evaluate(() => {
    const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await emitEvent(page, 'menu.contextCommand', { command: 'look-up' });
  await expect(page.getByRole('dialog', { name: 'Entity' }).getByTestId('entity-name')).toHaveText(
    'Hikmet Hajiyev',
  );
  expect(app.errors).toEqual([]);
});
