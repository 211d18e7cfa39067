import { makeReadOnly } from '../support/read-only';
import { expect, selectText, test } from './fixtures';

const body = '[data-testid="article-body"]';

test('a read-only profile: a highlight is refused with a clear message, and what was saved stays', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator(body)).toContainText('Middle Corridor');
  await selectText(page, 'traditional ties of friendship and partnership');
  await page.keyboard.press('1');
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);

  let undo: (() => void) | null = null;
  try {
    await app.restart(() => {
      undo = makeReadOnly(app.profile);
    });
    await expect(page.getByTestId('highlight-item')).toHaveCount(1);
    await selectText(page, 'Middle Corridor');
    await page.keyboard.press('2');
    await expect(
      page.getByText(
        'Gloss could not save this change: the profile folder is read-only. Everything saved before is unchanged.',
      ),
    ).toBeVisible();
    await page.screenshot({ path: 'test-results/read-only-save.png' });
    // nothing else the page saves on its own (settings, the reading position) fails in other words
    await expect(page.getByText(/Something went wrong/)).toHaveCount(0);
    // the screen does not pretend: the refused highlight is not shown
    await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  } finally {
    (undo as (() => void) | null)?.();
  }
  await app.restart();
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  await expect(page.getByTestId('highlight-item')).toContainText('traditional ties of friendship');
});
