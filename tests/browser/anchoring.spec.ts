import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importText } from '../support/profile';
import { expect, highlightText, selectText, test, type GlossApp } from './fixtures';

/** A new version of the sample article, as a re-import of an updated page would store it. */
function rewriteArticle(app: GlossApp, edit: (s: string) => string, note = ''): string {
  const id = app.services.library.list()[0]!.id;
  const file = path.join(app.profile, 'articles', id, 'article.json');
  const article = JSON.parse(readFileSync(file, 'utf8')) as {
    html: string;
    text: string;
    contentHash: string;
  };
  article.html = (note ? `<p>${note}</p>` : '') + edit(article.html);
  article.text = (note ? `${note}\n\n` : '') + edit(article.text);
  article.contentHash = createHash('sha256').update(article.text).digest('hex');
  writeFileSync(file, JSON.stringify(article));
  return id;
}

test('after the article’s text changes, highlights follow their words, or are marked for review when the words changed', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator('[data-testid="article-body"]')).toContainText('global South');
  await highlightText(page, 'developing countries representing the global South', '2');
  await highlightText(page, 'qualitatively new level and determine new areas', '1');
  await expect(page.getByTestId('highlight-item')).toHaveCount(2);

  // A new version of the article: a paragraph added at the top, one phrase reworded.
  const id = rewriteArticle(
    app,
    (t) => t.replace('determine new areas', 'define fresh areas'),
    'Editor’s note: this story was updated.',
  );

  await app.restart();
  await expect(page.locator('[data-testid="article-body"]')).toContainText('Editor’s note');
  // Its words unchanged, only shifted by the note: anchored, nothing to review.
  const followed = page.getByTestId('highlight-item').filter({ hasText: 'global South' });
  await expect(followed).not.toContainText('review');
  await expect(page.getByTestId('review-item')).toHaveCount(1);
  await expect(page.getByTestId('orphaned-list')).toHaveCount(0);
  // The fuzzy search ran in the anchoring worker, not on the page's thread.
  expect(
    await page.evaluate(() =>
      performance.getEntriesByType('resource').some((e) => e.name.includes('anchor-worker')),
    ),
  ).toBe(true);
  await expect
    .poll(() =>
      page.evaluate(() => [CSS.highlights.get('hl-green')?.size, CSS.highlights.get('hl-yellow')?.size]),
    )
    .toEqual([1, 1]);
  // The changed one is drawn on its new words in a style of its own, until reviewed.
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('hl-moved')?.size)).toBe(1);
  expect(
    await page.evaluate(() =>
      [...document.styleSheets].some((sheet) =>
        [...sheet.cssRules].some((r) => r.cssText.includes('::highlight(hl-moved)')),
      ),
    ),
  ).toBe(true);
  await page.screenshot({ path: 'test-results/shots/finishing-moved-highlight.png' });
  // Nothing was lost from disk.
  expect(app.services.annotations.get(id).highlights).toHaveLength(2);

  // Reviewed: what was highlighted beside what the text holds now, accepted by keyboard.
  const review = page.getByTestId('review-item');
  await expect(review.getByTestId('review-old')).toHaveText(
    'qualitatively new level and determine new areas',
  );
  await expect(review.getByTestId('review-new')).toHaveText('qualitatively new level and define fresh areas');
  await review.getByRole('button', { name: 'Accept' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-list')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('hl-moved')?.size)).toBe(0);
  await expect(
    page.getByTestId('highlight-item').filter({ hasText: 'define fresh areas' }),
  ).not.toContainText('review');
  await expect
    .poll(() =>
      app.services.annotations
        .get(id)
        .highlights.map((h) => h.target.quote.exact)
        .sort(),
    )
    .toEqual([
      'developing countries representing the global South',
      'qualitatively new level and define fresh areas',
    ]);
  // Accepting is a change like any other: undone, the highlight waits for review again.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('review-item')).toHaveCount(1);
});

test('a highlight whose words are gone is listed, and re-attached to words the reader selects', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator('[data-testid="article-body"]')).toContainText('qualitatively new level');
  await highlightText(page, 'qualitatively new level', '4');
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  const id = rewriteArticle(app, (t) => t.replace('to a qualitatively new level', 'further'));
  await app.restart();
  await expect(page.locator('[data-testid="article-body"]')).toContainText(
    'relations between the two countries further',
  );
  const orphaned = page.getByTestId('orphaned-list');
  await expect(orphaned).toContainText('qualitatively new level');
  await orphaned.getByRole('button', { name: 'Re-attach…' }).click();
  const bar = page.getByTestId('reattach-bar');
  // Asked to attach before selecting anything: told so, nothing changes.
  await bar.getByRole('button', { name: 'Attach to selection' }).click();
  await expect(bar.getByRole('alert')).toHaveText('Nothing is selected in the article yet.');
  await selectText(page, 'the two countries further');
  await bar.getByRole('button', { name: 'Attach to selection' }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByTestId('orphaned-list')).toHaveCount(0);
  await expect(page.getByTestId('highlight-item')).toHaveText([/the two countries further/]);
  await expect
    .poll(() => app.services.annotations.get(id).highlights.map((h) => [h.target.quote.exact, h.color]))
    .toEqual([['the two countries further', 'pink']]);
});

test('a damaged annotations file: the app still opens, says what it set aside, and other articles keep theirs', async ({
  app,
}) => {
  const { page } = app;
  const library = page.getByRole('navigation', { name: 'Library' });
  // Another article with a highlight of its own, which the damage must not touch.
  const other = await importText(app.services, 'other.md', '# Another article\n\nIts own words to keep.');
  await app.restart();
  await library.getByRole('button', { name: /Another article/ }).click();
  await expect(page.locator('[data-testid="article-body"]')).toContainText('Its own words');
  await highlightText(page, 'own words to keep', '3');
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  await library.getByRole('button', { name: /Azerbaijan/ }).click();
  await expect(page.locator('[data-testid="article-body"]')).toContainText('global South');
  await highlightText(page, 'developing countries representing the global South', '2');
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  const id = app.services.library.list().find((a) => a.id !== other.id)!.id;
  // Damaged while the app is down, as a crash or a disk would: a running store could write over it.
  await app.restart(() =>
    writeFileSync(path.join(app.profile, 'articles', id, 'annotations.json'), '{"highlights": [{"id": '),
  );
  await expect(page.locator('.toast-warning')).toContainText('set aside as');
  await expect(page.locator('[data-testid="article-body"]')).toContainText('global South');
  await expect(page.getByTestId('highlight-item')).toHaveCount(0);
  // The damaged file is kept, not deleted.
  const kept = readdirSync(path.join(app.profile, 'quarantine')).filter((f) => f.includes(id));
  expect(kept).toHaveLength(1);
  expect(readFileSync(path.join(app.profile, 'quarantine', kept[0]!), 'utf8')).toBe(
    '{"highlights": [{"id": ',
  );
  // New highlights save again.
  await highlightText(page, 'global South', '1');
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  // The other article keeps its highlight, on screen and on disk.
  await library.getByRole('button', { name: /Another article/ }).click();
  await expect(page.getByTestId('highlight-item')).toHaveText([/own words to keep/]);
  expect(app.services.annotations.get(other.id).highlights.map((h) => h.target.quote.exact)).toEqual([
    'own words to keep',
  ]);
});
