/**
 * A gloss://open link (the app.openArticle event) to the article that is already open goes to its
 * passage, each time, as a link to another article does.
 */
import type { Page } from '@playwright/test';
import { emitEvent } from '../support/browser-host';
import { importText } from '../support/profile';
import { expect, test } from './fixtures';

const body = '[data-testid="article-body"]';
const LONG = `# A long report\n\n${Array.from(
  { length: 80 },
  (_, i) => `Paragraph ${i + 1} of the long report, which goes on about the harbour and its ships.`,
).join('\n\n')}\n`;

const inView = (page: Page, text: string) =>
  page.evaluate(
    ({ body, text }) => {
      const p = [...document.querySelectorAll(`${body} p`)].find((e) => e.textContent?.includes(text));
      if (!p) return 'missing';
      const r = p.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    },
    { body, text },
  );

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
