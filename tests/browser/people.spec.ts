import { describeRange } from '../../common/anchoring/anchor';
import { expect, test } from './fixtures';
import { analysisOf } from './analysis-of';
import { inView } from './in-view';

test('the People view lists the speakers of the library and opens the article at a quotation', async ({
  app,
}) => {
  const { page, services } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: 'People' }).click();
  const view = page.getByRole('region', { name: 'People' });
  const people = view.getByRole('list', { name: 'People' }).getByRole('button');
  const hajiyev = people.filter({ hasText: 'Hikmet Hajiyev' });
  // the sample is analyzed in the background if it was not yet
  await expect(hajiyev).toContainText('5 quotations · 1 article');

  // By keyboard: to the row, Enter; to the quotations, End, up one, Enter.
  await people.first().focus();
  await page.keyboard.press('Enter');
  const quotes = view.getByRole('list', { name: /Hikmet Hajiyev: 5 quotations/ }).getByRole('button');
  await expect(quotes).toHaveCount(5);
  // the ones the finder is not sure of are marked as in the article (how many depends on the model;
  // quotes-check.spec.ts holds an article with a known guess)
  const sampleId = services.library.list()[0]!.id;
  const analysis = await analysisOf(page, sampleId);
  const unsure = analysis.quotes.filter((q) => q.speakerName === 'Hikmet Hajiyev' && !q.speakerSure).length;
  await expect(quotes.filter({ hasText: 'check' })).toHaveCount(unsure);
  await page.screenshot({ path: 'test-results/shots/views-people.png' });
  await quotes.first().focus();
  await page.keyboard.press('End');
  await expect(quotes.last()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(quotes.nth(3)).toBeFocused();
  await expect(quotes.nth(3)).toContainText('China also demonstrates great interest');
  await page.keyboard.press('Enter');
  await expect(view).toBeHidden();
  await expect.poll(() => inView(page, 'China also demonstrates great interest')).toBe(true);

  // A correction counts: the quotation the user says is not one leaves the view.
  const id = services.library.list()[0]!.id;
  const text = services.library.get(id).text;
  const start = text.indexOf('"Currently, relations');
  const end = text.indexOf('foreign policy,"') + 'foreign policy,"'.length;
  await services.handlers['annotations.addCorrection']({
    articleId: id,
    correction: { kind: 'reject-quote', target: describeRange(text, start, end) },
  });
  await library.getByRole('button', { name: 'People' }).click();
  await expect(hajiyev).toContainText('4 quotations · 1 article');

  // The entity view: every article that mentions the Shanghai Cooperation Organization.
  await library.getByRole('button', { name: 'Entities' }).click();
  const entities = page.getByRole('region', { name: 'Entities' });
  await entities.getByRole('button', { name: 'Organizations' }).click();
  await entities.getByRole('searchbox', { name: 'Find entities by name' }).fill('shanghai');
  const sco = entities.getByRole('list', { name: 'Entities' }).getByRole('button');
  await expect(sco).toHaveText([/Shanghai Cooperation Organization\s*organization · 1 article · 2 mentions/]);
  await sco.first().click();
  const articles = entities
    .getByRole('list', { name: /Every article that mentions Shanghai Cooperation Organization/ })
    .getByRole('button');
  await expect(articles).toHaveText([/2 mentions\s*Azerbaijan and China: traditional ties of friendship/]);
  await page.screenshot({ path: 'test-results/shots/views-entities.png' });
  await articles.first().press('Enter');
  await expect(entities).toBeHidden();
  await expect.poll(() => inView(page, 'Shanghai Cooperation Organization')).toBe(true);
});
