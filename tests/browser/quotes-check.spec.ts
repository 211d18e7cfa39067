/**
 * Quotations as the reader shows them: only the quoted stretches tinted, an unsure attribution
 * marked "check" on its chip and card, and People & quotes listing the ones to check.
 */
import type { Page } from '@playwright/test';
import { importDocument } from '../../electron/services/import';
import { analysisOf } from './analysis-of';
import { clickText, expect, test, type GlossApp } from './fixtures';

const ARTICLE = [
  'Storm cuts power across the valley',
  '"The lines are down across the whole county," the mayor said on Tuesday. "Crews are out and working through the night."',
  'Maria Lopez and Tom Brown toured the shelters on Wednesday.',
  '"It was a long day for everyone in the shelters and for the volunteers who ran them."',
  'The storm moved east by Thursday morning.',
].join('\n\n');

const layerTexts = (page: Page, name: string) =>
  page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()), name);

/** A text file added to the library while the app is away, then opened from the library by its title. */
async function openNew(app: GlossApp, fileName: string, text: string, title: string) {
  const doc = await importDocument({ fileName, bytes: new TextEncoder().encode(text) });
  const { article } = app.services.library.add(doc, fileName);
  await app.restart();
  await app.page.getByRole('navigation', { name: 'Library' }).getByText(title).click();
  return article;
}

test('an interrupted quotation tints its stretches only; an unsure speaker says "check" and is listed to check', async ({
  app,
}) => {
  const article = await openNew(app, 'storm.txt', ARTICLE, 'Storm cuts power');
  const { page } = app;
  const body = page.getByTestId('article-body');
  await expect(body).toContainText('Crews are out');

  // The attribution between the stretches is not tinted.
  await expect
    .poll(() => layerTexts(page, 'quote'))
    .toEqual(
      expect.arrayContaining([
        '"The lines are down across the whole county,"',
        '"Crews are out and working through the night."',
      ]),
    );
  expect((await layerTexts(page, 'quote')).some((t) => t.includes('the mayor said'))).toBe(false);

  // The second quotation's speaker is a guess from the sentence before it.
  const analysis = await analysisOf(page, article.id);
  const guess = analysis.quotes.find((q) => q.text.startsWith('"It was a long day'))!;
  expect(guess.speakerSure).toBe(false);
  expect(analysis.quotes.find((q) => q.text.startsWith('"The lines'))!.speakerSure).toBe(true);
  const unsureChips = page.locator('[data-testid="speaker-chip"][data-unsure]');
  await expect(unsureChips).toHaveCount(1);
  await expect(unsureChips.first()).toHaveAttribute('aria-label', /to check$/);

  // Its card says "check" and offers to confirm; confirming makes it sure.
  await clickText(page, 'It was a long day');
  await expect(page.getByTestId('quote-check')).toContainText('best guess');
  await page.getByRole('tab', { name: 'People & quotes' }).click();
  const toCheck = page.getByTestId('to-check-group');
  await expect(toCheck).toContainText('To check · 1 attribution');
  await toCheck.locator('summary').click();
  await expect(toCheck).toContainText('It was a long day');
  // The interrupted quotation is listed as its words alone, joined.
  await expect(page.getByTestId('quote-item').filter({ hasText: 'The lines' })).toHaveText(
    '"The lines are down across the whole county," … "Crews are out and working through the night."',
  );

  await page.getByRole('button', { name: /^Confirm / }).click();
  await expect(unsureChips).toHaveCount(0);
  await expect(page.getByTestId('to-check-group')).toHaveCount(0);
  await app.restart();
  await page.getByRole('navigation', { name: 'Library' }).getByText('Storm cuts power').click();
  await expect(page.getByTestId('speaker-chip')).toHaveCount(2);
  await expect(page.locator('[data-testid="speaker-chip"][data-unsure]')).toHaveCount(0);
});

const VOICES = [
  'What readers told us about the bus cuts',
  'We asked riders how the new timetable changed their week.',
  '“The bus never came on time, not once this winter, and now it does not come at all.” ― Rosa Mendez',
  '“I walk to the clinic now, two miles each way, and I am seventy-one.” ― Tom Ward',
].join('\n\n');

test('a column of readers’ voices names each speaker from the dash after the quotation', async ({ app }) => {
  const article = await openNew(app, 'voices.txt', VOICES, 'What readers told us');
  const { page } = app;
  await expect(page.getByTestId('article-body')).toContainText('Tom Ward');
  const analysis = await analysisOf(page, article.id);
  expect(analysis.quotes.map((q) => q.speakerName)).toEqual(['Rosa Mendez', 'Tom Ward']);
  await expect(page.getByTestId('speaker-chip')).toHaveCount(2);
  await page.getByRole('tab', { name: 'People & quotes' }).click();
  await expect(page.getByTestId('quote-item')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/shots/readers-voices.png' });
});

const CAMPAIGN = [
  'Lopez campaign answers its critics',
  'Maria Lopez spoke to supporters in Dayton on Monday. "We are going to win this state," Lopez said.',
  '"The numbers are not there yet," a Lopez campaign official said, asking not to be named.',
  'Rain fell all afternoon, and the crowd thinned before the speeches ended.',
].join('\n\n');

test('People & quotes keeps an unnamed official apart from the candidate the description mentions', async ({
  app,
}) => {
  await openNew(app, 'campaign.txt', CAMPAIGN, 'Lopez campaign answers');
  const { page } = app;
  await expect(page.getByTestId('article-body')).toContainText('numbers are not there');
  await page.getByRole('tab', { name: 'People & quotes' }).click();
  const groups = page.getByTestId('speaker-group');
  await expect(groups).toHaveCount(2);
  expect((await groups.getByTestId('speaker-name').allTextContents()).sort()).toEqual([
    'Maria Lopez',
    'a Lopez campaign official',
  ]);
  await expect(groups.filter({ hasText: 'Maria Lopez' })).not.toContainText('numbers are not there');
  await page.screenshot({ path: 'test-results/shots/people-unnamed-official.png' });
});

const PRIMARY = [
  'Rubio makes his case at home',
  'Sen. Marco Rubio of Florida spoke to supporters in Miami on Monday. Gov. John Kasich of Ohio campaigned in Cleveland.',
  '"We are going to win this state," the Florida senator said.',
].join('\n\n');

test('People & quotes puts a quotation a description speaks under the person the article gave it', async ({
  app,
}) => {
  const article = await openNew(app, 'primary.txt', PRIMARY, 'Rubio makes his case');
  const { page } = app;
  await expect(page.getByTestId('article-body')).toContainText('the Florida senator said');
  const analysis = await analysisOf(page, article.id);
  expect(analysis.quotes.map((q) => [q.speaker?.text, q.speakerName])).toEqual([
    ['the Florida senator', 'Marco Rubio'],
  ]);
  await page.getByRole('tab', { name: 'People & quotes' }).click();
  const groups = page.getByTestId('speaker-group');
  await expect(groups).toHaveCount(1);
  await expect(groups.getByTestId('speaker-name')).toHaveText('Marco Rubio');
  await expect(groups).toContainText('We are going to win this state');
  await page.screenshot({ path: 'test-results/shots/people-role-description.png' });
});
