import { importText } from '../support/profile';
import { clickText, expect, selectText, test } from './fixtures';

const body = '[data-testid="article-body"]';

test('the sample article opens on first run, ready to read', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Azerbaijan and China');
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev told AZERTAC');
  await expect(page.locator(`${body} p`)).toHaveCount(6);
  expect(app.errors).toEqual([]);
});

test('highlight, note, recolor, delete and undo — and everything is back after a restart', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText('Middle Corridor');

  // Highlight from the toolbar at the selection.
  await selectText(page, 'traditional ties of friendship and partnership');
  await page
    .getByRole('toolbar', { name: 'Highlight selection' })
    .getByRole('button', { name: /Green/ })
    .click();
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  await expect(page.getByTestId('highlight-item')).toContainText(
    'traditional ties of friendship and partnership',
  );
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('hl-green')?.size)).toBe(1);

  // Highlight from the keyboard (4 = pink), overlapping the first one.
  await selectText(page, 'friendship and partnership,” Assistant to the President');
  await page.keyboard.press('4');
  await expect(page.getByTestId('highlight-item')).toHaveCount(2);
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('hl-pink')?.size)).toBe(1);

  // Click where both overlap: both are offered, the innermost first.
  await clickText(page, 'friendship');
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await expect(popover.getByRole('tab')).toHaveCount(2);

  // Note and color on the first highlight.
  await popover.getByRole('tab').filter({ hasText: 'traditional' }).click();
  await popover.getByLabel('Note').fill('Stock phrase of the foreign ministry.');
  await popover.getByRole('button', { name: /Blue/ }).click();
  await popover.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('highlight-item').filter({ hasText: 'Stock phrase' })).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('hl-blue')?.size)).toBe(1);

  // Article note.
  await page.getByLabel('Article note').fill('Read for the COP29 angle.');
  await page.getByLabel('Article note').blur();

  // Delete the pink one and undo.
  await page.getByTestId('highlight-item').filter({ hasText: 'Assistant to the President' }).click();
  await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('highlight-item')).toHaveCount(2);

  // Theme and font size.
  await page.getByRole('button', { name: 'Sepia' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(page.getByTestId('font-size')).toHaveText('20');

  // Everything was on disk before the restart.
  await app.restart();
  await expect(page.getByTestId('highlight-item')).toHaveCount(2);
  await expect(page.getByTestId('highlight-item').filter({ hasText: 'Stock phrase' })).toHaveCount(1);
  await expect(page.getByLabel('Article note')).toHaveValue('Read for the COP29 angle.');
  await expect(page.getByRole('button', { name: 'Sepia' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('font-size')).toHaveText('20');
  expect(
    await page.evaluate(() => [CSS.highlights.get('hl-blue')?.size, CSS.highlights.get('hl-pink')?.size]),
  ).toEqual([1, 1]);
  expect(app.errors).toEqual([]);
});

test('a highlight across paragraphs, and clicking one in the panel scrolls to it', async ({ app }) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText('global South');
  await page.evaluate(() => {
    const ps = document.querySelectorAll('[data-testid="article-body"] p');
    const a = ps[3]!.firstChild!;
    const b = ps[4]!.firstChild!;
    const r = document.createRange();
    r.setStart(a, a.nodeValue!.indexOf('China also'));
    r.setEnd(b, b.nodeValue!.indexOf(' this year'));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  });
  await page.keyboard.press('3');
  const item = page.getByTestId('highlight-item');
  await expect(item).toContainText('China also demonstrates');
  await expect(item).toContainText('COP29');
  const stored = (await app.services.annotations.get((await app.services.library.list())[0]!.id))
    .highlights[0]!;
  expect(stored.target.quote.exact).toMatch(
    /^China also demonstrates[\s\S]*\n\nRecalling that[\s\S]*\(COP29\)$/,
  );

  await page.setViewportSize({ width: 1200, height: 400 });
  await page.locator('.reading-scroll').evaluate((el) => (el.scrollTop = 0));
  await item.click();
  await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeVisible();
  expect(await page.locator('.reading-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
});

test('the reading position is remembered per article', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 420 });
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of a long second article.`);
  const second = await importText(
    app.services,
    'long.md',
    `# A long second article\n\n${paragraphs.join('\n\n')}`,
  );
  await app.restart();
  const library = page.getByRole('navigation', { name: 'Library' });
  const offsetOf = async (articleId: string) =>
    (await app.services.handlers['article.getReadingState']({ articleId }))?.offset ?? 0;
  const scrollTop = () => page.locator('.reading-scroll').evaluate((el) => el.scrollTop);
  await library.getByRole('button', { name: /Azerbaijan/ }).click();
  await expect(page.locator(body)).toContainText('global South');
  const sample = app.services.library.list().find((a) => a.id !== second.id)!.id;
  await page.locator('.reading-scroll').evaluate((el) => el.scrollTo(0, 700));
  await expect.poll(() => offsetOf(sample)).toBeGreaterThan(300);
  // The second article is read only a little way: its position is its own.
  await library.getByRole('button', { name: /A long second article/ }).click();
  await expect(page.locator(body)).toContainText('Paragraph 40');
  await page.locator('.reading-scroll').evaluate((el) => el.scrollTo(0, 150));
  await expect.poll(() => offsetOf(second.id)).toBeGreaterThan(0);
  const secondOffset = await offsetOf(second.id);
  expect(secondOffset).toBeLessThan(await offsetOf(sample));

  await app.restart();
  await library.getByRole('button', { name: /Azerbaijan/ }).click();
  await expect(page.locator(body)).toContainText('global South');
  await expect.poll(scrollTop).toBeGreaterThan(400);
  await library.getByRole('button', { name: /A long second article/ }).click();
  await expect(page.locator(body)).toContainText('Paragraph 40');
  await expect.poll(scrollTop).toBeGreaterThan(50);
  expect(await scrollTop()).toBeLessThan(400);
  expect(await offsetOf(second.id)).toBe(secondOffset);
});
