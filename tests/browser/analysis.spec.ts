import type { Page } from '@playwright/test';
import { clickText, expect, selectText, test } from './fixtures';

const body = '[data-testid="article-body"]';

const layerSize = (page: Page, name: string) => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
/** The text each range of a highlight layer covers. */
const layerTexts = (page: Page, name: string) =>
  page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()), name);

async function analyzed(page: Page) {
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev told AZERTAC');
  await expect.poll(() => layerSize(page, 'ent-place')).toBeGreaterThan(0);
}

const legendButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Analysis layers' }).getByRole('button', { name, exact: true });

async function openTab(page: Page, name: 'Notes' | 'Entities' | 'People & quotes') {
  await page.getByRole('tab', { name }).click();
}

const entityItem = (page: Page, name: string | RegExp) =>
  page.locator('.entity-item', {
    has: page.locator('.entity-name', { hasText: typeof name === 'string' ? new RegExp(`^${name}$`) : name }),
  });
/** China's canonical name may be the official one, with "China" an alias of it. */
const CHINA = /^(People's Republic of )?China$/;

async function entityCount(page: Page, name: string | RegExp): Promise<number> {
  return Number(await entityItem(page, name).locator('.count').textContent());
}

/** "2 of 5 mentions" → [2, 5]. */
async function position(page: Page): Promise<[number, number]> {
  const text = await page.getByTestId('mention-position').textContent();
  const m = /^(\d+) of (\d+) mentions?$/.exec(text!.trim());
  expect(m, `mention position "${text}"`).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

test('entity and quotation marks are painted, and the legend toggles persist across a restart', async ({
  app,
}) => {
  const { page } = app;
  await analyzed(page);
  for (const layer of ['ent-person', 'ent-organization', 'ent-place'])
    await expect.poll(() => layerSize(page, layer), { message: layer }).toBeGreaterThan(0);
  await expect.poll(() => layerSize(page, 'quote')).toBeGreaterThanOrEqual(4);
  // Machine marks sit beneath the user's highlights.
  await selectText(page, 'Ilham Aliyev');
  await page.keyboard.press('1');
  await expect.poll(() => layerSize(page, 'hl-yellow')).toBe(1);
  const priorities = await page.evaluate(() =>
    ['hl-yellow', 'ent-person', 'ent-place', 'quote'].map((n) => CSS.highlights.get(n)!.priority),
  );
  expect(Math.min(...priorities.slice(1))).toBeGreaterThanOrEqual(0);
  expect(Math.max(...priorities.slice(1))).toBeLessThan(priorities[0]!);

  await legendButton(page, 'Person').click();
  await expect.poll(() => layerSize(page, 'ent-person')).toBe(0);
  await expect.poll(() => layerSize(page, 'ent-place')).toBeGreaterThan(0);
  await legendButton(page, 'Quotations').click();
  await expect.poll(() => layerSize(page, 'quote')).toBe(0);
  await expect(page.getByTestId('speaker-chip')).toHaveCount(0);

  await app.restart();
  await analyzed(page);
  await expect(legendButton(page, 'Person')).toHaveAttribute('aria-pressed', 'false');
  await expect(legendButton(page, 'Quotations')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => layerSize(page, 'ent-person')).toBe(0);
  await expect.poll(() => layerSize(page, 'quote')).toBe(0);

  await legendButton(page, 'Entities').click();
  await expect.poll(() => layerSize(page, 'ent-place')).toBe(0);
  await expect.poll(() => layerSize(page, 'ent-organization')).toBe(0);
  await expect(legendButton(page, 'Place')).toBeDisabled();
  await app.restart();
  await expect(page.locator(body)).toContainText('Hikmet Hajiyev told AZERTAC');
  await expect(legendButton(page, 'Entities')).toHaveAttribute('aria-pressed', 'false');
  await legendButton(page, 'Entities').click();
  await legendButton(page, 'Quotations').click();
  await expect.poll(() => layerSize(page, 'ent-place')).toBeGreaterThan(0);
  await expect.poll(() => layerSize(page, 'quote')).toBeGreaterThanOrEqual(4);
  // The per-type choice outlives the master switch.
  await expect.poll(() => layerSize(page, 'ent-person')).toBe(0);
  expect(app.errors).toEqual([]);
});

test('the entity card for “Hajiyev”: canonical name, type, aliases, count, next and previous', async ({
  app,
}) => {
  const { page } = app;
  await analyzed(page);
  // The third "Hajiyev" in the text is the bare surname ("Hajiyev underlined").
  await clickText(page, 'Hajiyev', 2);
  const card = page.getByRole('dialog', { name: 'Entity' });
  await expect(card.getByTestId('entity-name')).toHaveText('Hikmet Hajiyev');
  await expect(card.getByTestId('entity-type')).toHaveText('Person');
  await expect(card.getByTestId('entity-aliases')).toContainText('Hajiyev');
  const [at, total] = await position(page);
  expect(total).toBeGreaterThanOrEqual(4);
  await expect.poll(() => layerTexts(page, 'ent-current')).toEqual(['Hajiyev']);
  await expect.poll(() => layerSize(page, 'ent-focus')).toBe(total);

  await card.getByRole('button', { name: 'Next mention' }).click();
  expect(await position(page)).toEqual([(at % total) + 1, total]);
  expect((await layerTexts(page, 'ent-current'))[0]).toMatch(/Hajiyev$/);
  await card.getByRole('button', { name: 'Previous mention' }).click();
  await card.getByRole('button', { name: 'Previous mention' }).click();
  expect(await position(page)).toEqual([((at - 2 + total) % total) + 1, total]);

  await openTab(page, 'Entities');
  expect(await entityCount(page, 'Hikmet Hajiyev')).toBe(total);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect.poll(() => layerSize(page, 'ent-current')).toBe(0);
});

test('the entities panel groups by type, most mentioned first, and walks through an entity’s mentions', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 500 });
  await analyzed(page);
  await openTab(page, 'Entities');
  const groups = {
    person: ['Hikmet Hajiyev', 'Ilham Aliyev', 'Xi Jinping'],
    organization: ['AZERTAC', 'Shanghai Cooperation Organization'],
    place: ['Azerbaijan', 'China'],
  };
  for (const [type, names] of Object.entries(groups))
    for (const name of names)
      await expect(page.getByTestId(`entity-group-${type}`), `${name} among ${type}`).toContainText(name);
  await expect(page.getByTestId('entity-group-organization')).not.toContainText(/^SCO$/);
  for (const type of Object.keys(groups)) {
    const counts = (await page.getByTestId(`entity-group-${type}`).locator('.count').allTextContents()).map(
      Number,
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  }

  await page.locator('.reading-scroll').evaluate((el) => (el.scrollTop = 0));
  const china = entityItem(page, CHINA);
  const total = await entityCount(page, CHINA);
  expect(total).toBeGreaterThanOrEqual(5);
  await china.click();
  await expect(page.getByRole('dialog', { name: 'Entity' }).getByTestId('entity-name')).toHaveText(CHINA);
  expect(await position(page)).toEqual([1, total]);
  await expect.poll(() => layerTexts(page, 'ent-current')).toEqual(['China']);
  for (let i = 2; i <= total; i++) {
    await china.click();
    expect(await position(page)).toEqual([i, total]);
  }
  // The last mentions are far down the article: walking there scrolled the reader.
  expect(await page.locator('.reading-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  await china.click();
  expect(await position(page)).toEqual([1, total]);
});

test('quotations: four by Hikmet Hajiyev, speaker chips, the People & quotes panel and the quote card', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 500 });
  await analyzed(page);
  await expect.poll(() => layerSize(page, 'quote')).toBeGreaterThanOrEqual(4);
  await openTab(page, 'People & quotes');
  await expect(page.getByTestId('speaker-name')).toHaveText(['Hikmet Hajiyev']);
  await expect(page.getByTestId('unattributed-group')).toHaveCount(0);
  const items = page.getByTestId('quote-item');
  // "green energy" may count as Hajiyev's partial quotation; the four full quotations must be there.
  const texts = (await items.allTextContents()).filter((t) => !/^.green energy.$/.test(t));
  expect(texts).toHaveLength(4);
  expect(texts[0]).toMatch(/^.Azerbaijan and China enjoy traditional ties/);
  expect(texts[1]).toMatch(/^.Currently, relations between Azerbaijan/);
  expect(texts[2]).toMatch(/^.During the trip/);
  expect(texts[3]).toMatch(/^.Currently, the Middle Corridor/);
  expect(texts.some((t) => /^.Middle Corridor.?.?$/.test(t))).toBe(false);

  await expect(page.getByTestId('speaker-chip')).toHaveCount(await items.count());
  await expect(page.getByTestId('speaker-chip').first()).toHaveAccessibleName(/^Quotation by Hikmet Hajiyev/);
  // Scrolling by hand closes cards; let the scroll that brings the chip into view settle first.
  await page.getByTestId('speaker-chip').nth(1).scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.getByTestId('speaker-chip').nth(1).click();
  await expect(page.getByRole('dialog', { name: 'Quotation' }).getByTestId('quote-speaker')).toHaveText(
    'Hikmet Hajiyev',
  );
  await page.keyboard.press('Escape');

  await page.locator('.reading-scroll').evaluate((el) => (el.scrollTop = 0));
  await items.filter({ hasText: 'Currently, relations between' }).click();
  const card = page.getByRole('dialog', { name: 'Quotation' });
  await expect(card.getByTestId('quote-speaker')).toHaveText('Hikmet Hajiyev');
  expect(await page.locator('.reading-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  expect((await layerTexts(page, 'quote-focus'))[0]).toMatch(/^.Currently, relations between/);
  await expect.poll(() => layerTexts(page, 'quote-cue')).toEqual(['underlined']);
  await expect.poll(() => layerTexts(page, 'quote-speaker')).toEqual(['Hajiyev']);

  // Clicking inside a quotation (not on a name) opens its card too.
  await page.keyboard.press('Escape');
  await clickText(page, 'comprehensively developing');
  await expect(card.getByTestId('quote-speaker')).toHaveText('Hikmet Hajiyev');
});

test('a user highlight over a name wins the click, and the entity card is one step away', async ({ app }) => {
  const { page } = app;
  await analyzed(page);
  await selectText(page, 'Ilham Aliyev');
  await page.keyboard.press('2');
  await expect.poll(() => layerSize(page, 'hl-green')).toBe(1);
  await clickText(page, 'Ilham Aliyev');
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await expect(popover).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Entity' })).toHaveCount(0);
  await popover.getByRole('button', { name: 'Ilham Aliyev ›' }).click();
  await expect(popover).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Entity' }).getByTestId('entity-name')).toHaveText(
    'Ilham Aliyev',
  );
});

test('each entity correction persists across a restart', async ({ app }) => {
  const { page } = app;
  await analyzed(page);
  await openTab(page, 'Entities');
  const card = page.getByRole('dialog', { name: 'Entity' });
  const correct = () => card.locator('summary', { hasText: 'Correct this' }).click();

  // Reject one mention: the first "China".
  const chinaBefore = await entityCount(page, CHINA);
  await clickText(page, 'China', 0);
  await expect(card.getByTestId('entity-name')).toHaveText(CHINA);
  await correct();
  await card.getByRole('button', { name: 'Not a place here' }).click();
  await expect.poll(() => entityCount(page, CHINA)).toBe(chinaBefore - 1);

  // Reject a whole entity.
  await clickText(page, 'AZERTAC');
  await correct();
  await card.getByRole('button', { name: 'Not a name at all' }).click();
  await expect(entityItem(page, 'AZERTAC')).toHaveCount(0);

  // Change a type.
  await clickText(page, 'Shanghai Cooperation Organization');
  await correct();
  await card.getByRole('combobox', { name: 'Change type' }).selectOption('misc');
  await expect(page.getByTestId('entity-group-misc')).toContainText('Shanghai Cooperation Organization');
  await page.keyboard.press('Escape');

  // Merge two entities (a test of the mechanism, not a claim about these two men).
  const hajiyevBefore = await entityCount(page, 'Hikmet Hajiyev');
  const aliyevBefore = await entityCount(page, 'Ilham Aliyev');
  await clickText(page, 'Ilham Aliyev');
  await correct();
  await card.getByRole('button', { name: 'Merge into…' }).click();
  await card.getByRole('combobox', { name: 'Merge into' }).selectOption('Hikmet Hajiyev');
  await expect(entityItem(page, 'Ilham Aliyev')).toHaveCount(0);
  await expect.poll(() => entityCount(page, 'Hikmet Hajiyev')).toBe(hajiyevBefore + aliyevBefore);
  await page.keyboard.press('Escape');

  // Mark a missed name.
  await page.locator(body).getByText('global South').scrollIntoViewIfNeeded();
  await selectText(page, 'global South');
  await page
    .getByRole('toolbar', { name: 'Highlight selection' })
    .getByRole('button', { name: 'Name…' })
    .click();
  await page.getByRole('dialog', { name: 'Mark as entity' }).getByRole('button', { name: 'Place' }).click();
  await expect(page.getByTestId('entity-group-place')).toContainText('global South');

  const verify = async () => {
    await analyzed(page);
    await openTab(page, 'Entities');
    await expect.poll(() => entityCount(page, CHINA)).toBe(chinaBefore - 1);
    await expect(entityItem(page, 'AZERTAC')).toHaveCount(0);
    await expect(page.getByTestId('entity-group-misc')).toContainText('Shanghai Cooperation Organization');
    await expect(entityItem(page, 'Ilham Aliyev')).toHaveCount(0);
    expect(await entityCount(page, 'Hikmet Hajiyev')).toBe(hajiyevBefore + aliyevBefore);
    await expect(page.getByTestId('entity-group-place')).toContainText('global South');
    await clickText(page, 'Ilham Aliyev');
    await expect(card.getByTestId('entity-name')).toHaveText('Hikmet Hajiyev');
    await expect(card.getByTestId('entity-aliases')).toContainText('Ilham Aliyev');
    await page.keyboard.press('Escape');
  };
  await verify();
  const stored = (await app.services.annotations.get((await app.services.library.list())[0]!.id)).corrections;
  expect(stored.map((c) => c.kind)).toEqual([
    'reject-mention',
    'reject-entity',
    'retype-entity',
    'merge-entities',
    'add-mention',
  ]);
  await app.restart();
  await verify();
  expect(app.errors).toEqual([]);
});

test('each quotation correction persists across a restart', async ({ app }) => {
  const { page } = app;
  await analyzed(page);
  await openTab(page, 'People & quotes');
  const items = page.getByTestId('quote-item');
  await expect(items.first()).toBeVisible();
  const before = await items.count();
  const card = page.getByRole('dialog', { name: 'Quotation' });

  // Not a quotation.
  await items.filter({ hasText: 'enjoy traditional ties' }).click();
  await card.getByRole('button', { name: 'Not a quotation' }).click();
  await expect(items).toHaveCount(before - 1);

  // Change the speaker to a typed name.
  await items.filter({ hasText: 'Currently, relations between' }).click();
  await card.getByRole('button', { name: 'Change speaker' }).click();
  await card.getByRole('combobox', { name: 'Speaker' }).fill('Xi Jinping');
  await card.getByRole('button', { name: 'Set' }).click();
  await expect(card.getByTestId('quote-speaker')).toHaveText('Xi Jinping');
  await page.keyboard.press('Escape');

  // Mark a missed quotation.
  await page.locator(body).getByText("support each other's position").scrollIntoViewIfNeeded();
  await selectText(page, "support each other's position");
  await page
    .getByRole('toolbar', { name: 'Highlight selection' })
    .getByRole('button', { name: 'Quote…' })
    .click();
  const mark = page.getByRole('dialog', { name: 'Mark as quotation' });
  await mark.getByRole('combobox', { name: 'Speaker' }).fill('Ilham Aliyev');
  await mark.getByRole('button', { name: 'Mark' }).click();

  const verify = async () => {
    await analyzed(page);
    await openTab(page, 'People & quotes');
    await expect(items).toHaveCount(before);
    await expect(items.filter({ hasText: 'enjoy traditional ties' })).toHaveCount(0);
    const group = (name: string) =>
      page
        .getByTestId('speaker-group')
        .filter({ has: page.getByTestId('speaker-name').getByText(name, { exact: true }) });
    await expect(group('Xi Jinping').getByTestId('quote-item')).toHaveText([
      /^.Currently, relations between/,
    ]);
    await expect(group('Ilham Aliyev').getByTestId('quote-item')).toHaveText([
      "support each other's position",
    ]);
    await expect.poll(() => layerSize(page, 'quote')).toBe(before);
  };
  await verify();
  await app.restart();
  await verify();
  expect(app.errors).toEqual([]);
});

test('reported speech: a quieter layer with its own switch, listed with the speaker, corrected like a quotation', async ({
  app,
}) => {
  const { page } = app;
  await analyzed(page);
  await expect.poll(() => layerSize(page, 'reported')).toBeGreaterThanOrEqual(2);
  // The two layers never cover the same words.
  const quoted = (await layerTexts(page, 'quote')).join('\n');
  for (const r of await layerTexts(page, 'reported')) expect(quoted).not.toContain(r);

  await openTab(page, 'People & quotes');
  const hajiyev = page
    .getByTestId('speaker-group')
    .filter({ has: page.getByTestId('speaker-name').getByText('Hikmet Hajiyev', { exact: true }) });
  const reportedItems = hajiyev.getByTestId('reported-item');
  const n = await reportedItems.count();
  expect(n).toBeGreaterThanOrEqual(2);
  await expect(hajiyev.locator('.count')).toContainText(`${n} reported`);

  // Its card says what it is, with the speaker and cue.
  await reportedItems.filter({ hasText: 'support each other' }).click();
  const card = page.getByRole('dialog', { name: 'Reported speech' });
  await expect(card.getByTestId('quote-speaker')).toHaveText('Hikmet Hajiyev');
  await expect(card).toContainText('Cue: “underscored”');
  await expect.poll(() => layerTexts(page, 'quote-cue')).toEqual(['underscored']);
  await page.screenshot({ path: 'test-results/reported-card.png' });
  await card.getByRole('button', { name: 'Not reported speech' }).click();
  await expect(reportedItems).toHaveCount(n - 1);

  // The legend switch hides the layer and the panel entries.
  await legendButton(page, 'Reported').click();
  await expect.poll(() => layerSize(page, 'reported')).toBe(0);
  await expect(page.getByTestId('reported-item')).toHaveCount(0);
  await expect(page.getByTestId('quote-item').first()).toBeVisible();

  await app.restart();
  await analyzed(page);
  await expect(legendButton(page, 'Reported')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => layerSize(page, 'reported')).toBe(0);
  await legendButton(page, 'Reported').click();
  await expect.poll(() => layerSize(page, 'reported')).toBe(n - 1);
  await openTab(page, 'People & quotes');
  await expect(hajiyev.getByTestId('reported-item')).toHaveCount(n - 1);
  await expect(hajiyev.getByTestId('reported-item').filter({ hasText: 'support each other' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/reported-speech.png' });
  expect(app.errors).toEqual([]);
});
