import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import type { HighlightColor } from '../../common/model/annotation';
import { NO_FILTER, type HighlightFilter } from '../../common/model/highlight-filter';
import { dispatch } from '../../electron/services/service-map';
import { importText } from '../support/profile';
import { servicesPerTest } from '../support/services-per-test';

const HARBOUR = `Harbour cranes idle as the strike enters its third week

Dockworkers in Rotterdam walked out over pay; the café by the gate is empty.

The port authority said talks would resume on Friday.`;
const CLIMATE = `A curious plan to fight climate change

The city council voted on Tuesday to paint every roof white, a plan its critics called curious.`;

describe('the review view of every highlight and note', () => {
  const t = servicesPerTest({ sample: false });
  const page = (filter: Partial<HighlightFilter> = {}, offset = 0, limit = 50) =>
    t.services.handlers['review.list']({ filter: { ...NO_FILTER, ...filter }, offset, limit });
  const highlight = async (articleId: string, exact: string, color: HighlightColor, note = '') => {
    const text = t.services.library.get(articleId).text;
    const start = text.indexOf(exact);
    return t.services.handlers['annotations.addHighlight']({
      articleId,
      target: describeRange(text, start, start + exact.length),
      color,
      note,
    });
  };
  const quotes = (p: { items: { quote: string }[] }) => p.items.map((i) => i.quote);

  async function library() {
    const harbour = await importText(t.services, 'harbour.txt', HARBOUR);
    const climate = await importText(t.services, 'climate.txt', CLIMATE);
    const a = await highlight(harbour.id, 'Dockworkers in Rotterdam', 'yellow', 'who leads them?');
    const b = await highlight(harbour.id, 'talks would resume', 'blue');
    const c = await highlight(climate.id, 'paint every roof white', 'pink', 'cheap **and** cool');
    await t.services.handlers['annotations.updateHighlight']({
      articleId: harbour.id,
      id: b.id,
      tags: ['labour', 'ports'],
    });
    return { harbour, climate, a, b, c };
  }

  it('lists every highlight with its article, newest change first, filtered by color, note and tag', async () => {
    const { harbour, climate, b } = await library();
    const all = await page();
    expect(all).toMatchObject({ matched: 3, total: 3, tags: ['labour', 'ports'] });
    // b was tagged last: its change is the newest
    expect(quotes(all)).toEqual(['talks would resume', 'paint every roof white', 'Dockworkers in Rotterdam']);
    expect(all.items[0]).toMatchObject({
      articleId: harbour.id,
      title: 'Harbour cranes idle as the strike enters its third week',
      highlightId: b.id,
      color: 'blue',
      tags: ['labour', 'ports'],
      date: harbour.importedAt,
    });
    const text = t.services.library.get(climate.id).text;
    const roof = all.items[1]!;
    expect(text.slice(roof.start, roof.end)).toBe('paint every roof white');

    expect(quotes(await page({ colors: ['pink', 'yellow'] }))).toEqual([
      'paint every roof white',
      'Dockworkers in Rotterdam',
    ]);
    expect(quotes(await page({ withNote: true }))).toEqual([
      'paint every roof white',
      'Dockworkers in Rotterdam',
    ]);
    expect(quotes(await page({ tag: 'ports' }))).toEqual(['talks would resume']);
    expect(await page({ tag: 'ports', colors: ['pink'] })).toMatchObject({ items: [], matched: 0, total: 3 });
    // pages
    expect(quotes(await page({}, 1, 1))).toEqual(['paint every roof white']);
  });

  it('finds words through the library search index: in the highlight, its note or its tags, the last word as a prefix', async () => {
    await library();
    expect(quotes(await page({ words: 'rotterdam' }))).toEqual(['Dockworkers in Rotterdam']);
    expect(quotes(await page({ words: 'leads' }))).toEqual(['Dockworkers in Rotterdam']);
    expect(quotes(await page({ words: 'labo' }))).toEqual(['talks would resume']);
    expect(quotes(await page({ words: 'cool', colors: ['yellow'] }))).toEqual([]);
    // the article text is not a highlight
    expect(quotes(await page({ words: 'council' }))).toEqual([]);
  });

  it('follows edits, deletions, removed and restored articles, and re-imports', async () => {
    const { harbour, climate, a } = await library();
    await page(); // the summary is made
    await t.services.handlers['annotations.updateHighlight']({
      articleId: harbour.id,
      id: a.id,
      note: '',
      color: 'green',
    });
    expect((await page({ withNote: true })).items.map((i) => i.quote)).toEqual(['paint every roof white']);
    expect(quotes(await page({ colors: ['green'] }))).toEqual(['Dockworkers in Rotterdam']);
    await t.services.handlers['annotations.deleteHighlight']({ articleId: harbour.id, id: a.id });
    expect((await page()).total).toBe(2);
    const { trashId } = await t.services.handlers['library.remove']({ articleId: climate.id });
    expect(quotes(await page())).toEqual(['talks would resume']);
    await t.services.handlers['library.restore']({ trashId: trashId! });
    expect((await page()).total).toBe(2);
    // a changed version of the same file: same article, its highlights kept and listed once
    await importText(t.services, 'harbour.txt', HARBOUR.replace('Friday', 'Saturday'));
    expect((await page()).total).toBe(2);
  });

  it('is saved, and after a restart sees what changed on disk while it was not running', async () => {
    const { harbour } = await library();
    await page();
    await t.services.close();
    const file = path.join(t.dir, 'library', 'aggregate', 'review.json');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('paint every roof white');
    // another hand (a restore, an older copy of the app) changed one article's annotations file
    const store = path.join(t.services.library.articleDir(harbour.id), 'annotations.json');
    const stored = JSON.parse(readFileSync(store, 'utf8')) as { highlights: { color: string }[] };
    for (const h of stored.highlights) h.color = 'purple';
    writeFileSync(store, JSON.stringify(stored));
    const again = await t.restart();
    const p = await again.handlers['review.list']({
      filter: { ...NO_FILTER, colors: ['purple'] },
      offset: 0,
      limit: 10,
    });
    expect(p.items.map((i) => i.quote).sort()).toEqual(['Dockworkers in Rotterdam', 'talks would resume']);
  });

  it('remakes a saved summary that is damaged, or holds an entry of the wrong shape', async () => {
    const { harbour } = await library();
    await page();
    await t.services.close();
    const file = path.join(t.dir, 'library', 'aggregate', 'review.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { value: unknown }> };
    saved.entries[harbour.id]!.value = { not: 'a list' };
    writeFileSync(file, JSON.stringify(saved));
    let again = await t.restart();
    expect((await again.handlers['review.list']({ filter: NO_FILTER, offset: 0, limit: 10 })).total).toBe(3);
    await again.close();
    writeFileSync(file, '{"version": 1, "entries": {"x": ');
    again = await t.restart();
    expect((await again.handlers['review.list']({ filter: NO_FILTER, offset: 0, limit: 10 })).total).toBe(3);
  });

  it('refuses a malformed query with a clear message', async () => {
    const bad = await dispatch(t.services.handlers, 'review.list', {
      filter: { ...NO_FILTER, colors: ['teal'] },
      offset: 0,
      limit: 10,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(bad.ok ? '' : bad.error.message).toMatch(/review\.list at filter\.colors\.0/);
  });
});
