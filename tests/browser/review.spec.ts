import { describeRange } from '../../common/anchoring/anchor';
import type { HighlightColor } from '../../common/model/annotation';
import type { Services } from '../../electron/services/service-map';
import { importText } from '../support/profile';
import { expect, test } from './fixtures';
import { inView } from './in-view';

/** A long article, so that opening it at its last paragraph is a scroll away from its top. */
const LONG = [
  'Rail freight across the Caspian doubles',
  ...Array.from(
    { length: 40 },
    (_, i) => `Paragraph ${i + 1} of the report describes ferries, wagons and customs posts in turn.`,
  ),
  'At the very end the ministers agreed on a single timetable for the ports of Alat and Aktau.',
].join('\n\n');

async function mark(services: Services, articleId: string, exact: string, color: HighlightColor, note = '') {
  const text = services.library.get(articleId).text;
  const start = text.indexOf(exact);
  return services.handlers['annotations.addHighlight']({
    articleId,
    target: describeRange(text, start, start + exact.length),
    color,
    note,
  });
}

test('the review view lists every highlight of the library, filters them and opens an article at one', async ({
  app,
}) => {
  const { page, services } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  const sample = services.library.list()[0]!;
  const long = await importText(services, 'caspian.txt', LONG);
  await mark(services, sample.id, 'traditional ties of friendship', 'yellow', 'the **headline** claim');
  await mark(services, sample.id, 'Middle Corridor', 'pink');
  const end = await mark(
    services,
    long.id,
    'a single timetable for the ports',
    'green',
    'compare with the route map',
  );
  await services.handlers['annotations.updateHighlight']({ articleId: long.id, id: end.id, tags: ['ports'] });
  await page.reload();

  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: 'Review' }).click();
  const view = page.getByRole('region', { name: 'Review' });
  const items = view.getByTestId('review-item');
  await expect(items).toHaveCount(3);
  await expect(view).toContainText('3 highlights across your library');
  await expect(items.first()).toContainText('a single timetable for the ports');
  await expect(items.first()).toContainText('Rail freight across the Caspian doubles');
  await expect(items.filter({ hasText: 'traditional ties' }).locator('strong')).toHaveText('headline');
  await page.screenshot({ path: 'test-results/shots/views-review.png' });

  // The Notes panel's filters, by keyboard: a color, then words found through the search index.
  const bar = view.getByRole('group', { name: 'Filter highlights' });
  await bar.getByRole('button', { name: 'Only pink' }).focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveText([/Middle Corridor/]);
  await expect(bar).toContainText('Showing 1 of 3.');
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(3);
  await bar.getByRole('checkbox', { name: 'Has a note' }).check();
  await expect(items).toHaveCount(2);
  await bar.getByRole('combobox', { name: 'Only highlights tagged' }).selectOption('ports');
  await expect(items).toHaveText([/a single timetable/]);
  await bar.getByRole('button', { name: 'Show all' }).click();
  await expect(items).toHaveCount(3);
  await bar.getByRole('searchbox').fill('route ma');
  await expect(items).toHaveText([/a single timetable/]);
  await bar.getByRole('searchbox').fill('nothing like this');
  await expect(view.getByText('No highlight fits the filter.')).toBeVisible();
  await bar.getByRole('searchbox').fill('');
  await expect(items).toHaveCount(3);

  // Arrow keys to a row, Enter: the article opens at the passage, far down its text.
  await items.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(view).toBeHidden();
  const reader = page.locator('[data-testid="article-body"]');
  await expect(reader).toContainText('Paragraph 40 of the report');
  await expect.poll(() => inView(page, 'a single timetable for the ports')).toBe(true);
  expect(await inView(page, 'Paragraph 1 of the report')).toBe(false);

  // A highlight made in the reader is in the view when it is opened next.
  await mark(services, long.id, 'ferries, wagons and customs posts', 'blue');
  await library.getByRole('button', { name: 'Review' }).click();
  await expect(items).toHaveCount(4);
});
