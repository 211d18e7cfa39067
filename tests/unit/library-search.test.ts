import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snippetOf, matchesIn } from '../../electron/services/search/snippet';
import { importText } from '../support/profile';
import { servicesPerTest } from '../support/services-per-test';

const CLIMATE = `A curious plan to fight climate change

The city council voted on Tuesday to paint every roof white, a plan its critics called curious.

“We cannot wait for Washington,” said Mayor Lena Ortiz, who proposed it.`;

const HARBOUR = `Harbour cranes idle as the strike enters its third week

Dockworkers in Rotterdam walked out over pay; the café by the gate is empty.`;

const target = (text: string, exact: string) => {
  const start = text.indexOf(exact);
  return {
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  };
};

describe('library search', () => {
  const t = servicesPerTest({ sample: false });

  it('finds words in the text with a snippet whose marks cover them, and the offset of the first', async () => {
    const a = await importText(t.services, 'climate.txt', CLIMATE);
    const hits = t.services.search.search({ query: 'roof white' });
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({
      articleId: a.id,
      field: 'text',
      highlightId: null,
      title: 'A curious plan to fight climate change',
    });
    const marked = hit!.snippet.marks.map(([s, e]) => hit!.snippet.text.slice(s, e));
    expect(marked).toEqual(['roof', 'white']);
    const text = t.services.library.get(a.id).text;
    expect(text.slice(hit!.match!.start, hit!.match!.end)).toBe('roof');
  });

  it('takes the last word as a prefix, ignores case and accents, and needs every word', async () => {
    await importText(t.services, 'climate.txt', CLIMATE);
    await importText(t.services, 'harbour.txt', HARBOUR);
    expect(t.services.search.search({ query: 'ROTTER' }).map((h) => h.title)).toEqual([
      'Harbour cranes idle as the strike enters its third week',
    ]);
    expect(t.services.search.search({ query: 'cafe' })).toHaveLength(1);
    // from two letters on, as they are typed
    expect(t.services.search.search({ query: 'dockworkers ro' })).toHaveLength(1);
    expect(t.services.search.search({ query: 'roof rotterdam' })).toEqual([]);
    expect(t.services.search.search({ query: '  … ' })).toEqual([]);
  });

  it('forgives a typo in a longer word, asked for when the words as typed find too little', async () => {
    await importText(t.services, 'climate.txt', CLIMATE);
    await importText(t.services, 'harbour.txt', HARBOUR);
    expect(t.services.search.search({ query: 'dockwrkers' }).map((h) => h.title)).toEqual([
      'Harbour cranes idle as the strike enters its third week',
    ]);
    // not the last word, so no prefix: 'critic' is found as 'critics' only by forgiving it
    expect(t.services.search.search({ query: 'critic called' }).map((h) => h.field)).toEqual(['text']);
    // a short word is taken as typed
    expect(t.services.search.search({ query: 'rof white' })).toEqual([]);
  });

  it('finds an article imported after the last search, and forgets a removed one, without a restart', async () => {
    await importText(t.services, 'climate.txt', CLIMATE);
    expect(t.services.search.search({ query: 'dockworkers' })).toEqual([]);
    const b = await importText(t.services, 'harbour.txt', HARBOUR);
    expect(t.services.search.search({ query: 'dockworkers' }).map((h) => h.articleId)).toEqual([b.id]);
    await t.services.handlers['library.remove']({ articleId: b.id });
    expect(t.services.search.search({ query: 'dockworkers' })).toEqual([]);
  });

  it('finds highlights and notes as they are written, edited and deleted, through the handlers', async () => {
    const a = await importText(t.services, 'climate.txt', CLIMATE);
    const text = t.services.library.get(a.id).text;
    const h = t.services.handlers;
    const added = await h['annotations.addHighlight']({
      articleId: a.id,
      target: target(text, 'paint every roof white'),
      color: 'yellow',
      note: 'compare with the Phoenix albedo study',
    });
    const noteHits = t.services.search.search({ query: 'albedo', fields: ['note'] });
    expect(noteHits).toMatchObject([{ field: 'note', highlightId: added.id }]);
    expect(text.slice(noteHits[0]!.match!.start, noteHits[0]!.match!.end)).toBe('paint every roof white');
    expect(t.services.search.search({ query: 'paint', fields: ['highlight'] })).toHaveLength(1);

    await h['annotations.updateHighlight']({ articleId: a.id, id: added.id, note: 'see the Tucson trial' });
    expect(t.services.search.search({ query: 'albedo' })).toEqual([]);
    expect(t.services.search.search({ query: 'tucson' })).toHaveLength(1);

    await h['annotations.setArticleNote']({ articleId: a.id, note: 'Follow up with the council clerk' });
    expect(t.services.search.search({ query: 'clerk' })).toMatchObject([{ field: 'articleNote' }]);

    await h['annotations.deleteHighlight']({ articleId: a.id, id: added.id });
    expect(t.services.search.search({ query: 'tucson' })).toEqual([]);
  });

  it('forgets a removed article and narrows to the articles asked for', async () => {
    const a = await importText(t.services, 'climate.txt', CLIMATE);
    const b = await importText(t.services, 'harbour.txt', HARBOUR);
    expect(t.services.search.search({ query: 'the', articleIds: [b.id] }).map((x) => x.articleId)).toEqual([
      b.id,
    ]);
    await t.services.handlers['library.remove']({ articleId: a.id });
    expect(t.services.search.search({ query: 'council' })).toEqual([]);
  });

  it('lists every article a search finds, once each, past the hits a list shows, through the handler', async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 60; n++)
      ids.push(
        (
          await importText(
            t.services,
            `dock-${n}.txt`,
            `Dock report ${n}\n\nOn day ${n} of the strike, dockworkers in Rotterdam met at gate ${n}.`,
          )
        ).id,
      );
    await importText(t.services, 'climate.txt', CLIMATE);
    expect(t.services.search.search({ query: 'rotterdam', limit: 50 })).toHaveLength(50);
    const found = await t.services.handlers['library.searchArticles']({ query: 'rotterdam' });
    expect(new Set(found)).toEqual(new Set(ids));
    expect(found).toHaveLength(60);
    // a highlight's note finds its article too, and a removed article is not found
    const [first] = ids;
    const climate = t.services.search.search({ query: 'council' })[0]!.articleId;
    await t.services.handlers['annotations.addHighlight']({
      articleId: climate,
      color: 'yellow',
      note: 'compare with Rotterdam',
      target: target(t.services.library.get(climate).text, 'paint every roof white'),
    });
    await t.services.handlers['library.remove']({ articleId: first! });
    const again = await t.services.handlers['library.searchArticles']({ query: 'rotterdam' });
    expect(again).toContain(climate);
    expect(again).not.toContain(first);
    expect(again).toHaveLength(60);
    expect(await t.services.handlers['library.searchArticles']({ query: '  ' })).toEqual([]);
  });

  it('is saved, read back on the next start, and caught up with what changed meanwhile', async () => {
    const a = await importText(t.services, 'climate.txt', CLIMATE);
    t.services.search.warm();
    const manifest = JSON.parse(
      readFileSync(path.join(path.dirname(t.services.search.file), 'manifest.json'), 'utf8'),
    );
    const index = JSON.parse(readFileSync(t.services.search.file, 'utf8'));
    expect(manifest).toMatchObject({ version: 4, articles: { [a.id]: { highlights: 0 } } });
    expect(index.generation).toBe(manifest.generation);
    await t.services.close();

    const again = await t.restart();
    expect(again.search.search({ query: 'mayor' })).toHaveLength(1);
    expect(again.search.loadedFrom).toBe('disk');
    // A highlight written behind the index's back (no touch): its file is newer than the index knew.
    again.annotations.addHighlight(a.id, {
      target: target(again.library.get(a.id).text, 'Mayor Lena Ortiz'),
      color: 'blue',
      note: 'zoning',
    });
    await again.close();
    const third = await t.restart();
    expect(third.search.search({ query: 'zoning' })).toHaveLength(1);
  });

  it('lists counts without loading the index, and counts a highlight written since', async () => {
    const a = await importText(t.services, 'climate.txt', CLIMATE);
    t.services.search.warm();
    await t.services.close();
    const again = await t.restart();
    const text = again.library.get(a.id).text;
    await again.handlers['annotations.addHighlight']({
      articleId: a.id,
      target: target(text, 'Mayor Lena Ortiz'),
      color: 'blue',
      note: 'x',
    });
    expect(again.search.counts([a.id]).get(a.id)).toEqual({ highlights: 1, notes: 1 });
    expect(again.search.loadedFrom).toBeNull();
  });

  it('is rebuilt when the index is of another save than its manifest', async () => {
    await importText(t.services, 'harbour.txt', HARBOUR);
    t.services.search.warm();
    const older = readFileSync(t.services.search.file, 'utf8');
    await t.services.handlers['annotations.setArticleNote']({
      articleId: t.services.library.list()[0]!.id,
      note: 'zebra',
    });
    t.services.search.warm();
    await t.services.close();
    writeFileSync(t.services.search.file, older);
    const again = await t.restart();
    expect(again.search.search({ query: 'zebra' })).toHaveLength(1);
    expect(again.search.loadedFrom).toBe('rebuilt');
    // stale, not damaged: nothing to keep aside or tell
    expect(again.notices.take()).toEqual([]);
    expect(existsSync(path.join(t.dir, 'quarantine'))).toBe(false);
  });

  it('is rebuilt from the articles when its file is damaged', async () => {
    await importText(t.services, 'harbour.txt', HARBOUR);
    t.services.search.warm();
    await t.services.close();
    const bad = '{"version":3,"articles":{},"index":{"bad":true}}';
    writeFileSync(t.services.search.file, bad);
    const again = await t.restart();
    expect(again.search.search({ query: 'dockworkers' })).toHaveLength(1);
    expect(again.search.loadedFrom).toBe('rebuilt');
    expect(again.notices.take().map((n) => n.message)).toEqual([
      expect.stringMatching(
        /^The library’s search index was damaged and was set aside as .*search__index\.json/,
      ),
    ]);
    const kept = readdirSync(path.join(t.dir, 'quarantine'));
    expect(kept.map((f) => readFileSync(path.join(t.dir, 'quarantine', f), 'utf8'))).toEqual([bad]);
    // told once: the rebuilt index is saved and read back at the next start
    again.search.save();
    await again.close();
    const third = await t.restart();
    expect(third.search.search({ query: 'dockworkers' })).toHaveLength(1);
    expect(third.search.loadedFrom).toBe('disk');
    expect(third.notices.take()).toEqual([]);
  });

  it('sets a damaged manifest aside, says so once, and rebuilds', async () => {
    await importText(t.services, 'harbour.txt', HARBOUR);
    t.services.search.warm();
    await t.services.close();
    writeFileSync(path.join(path.dirname(t.services.search.file), 'manifest.json'), '{"version":3');
    const again = await t.restart();
    expect(again.search.search({ query: 'dockworkers' })).toHaveLength(1);
    expect(again.search.loadedFrom).toBe('rebuilt');
    expect(again.notices.take().map((n) => n.message)).toEqual([
      expect.stringMatching(/search index was damaged and was set aside as .*search__manifest\.json/),
    ]);
  });
});

describe('search snippets', () => {
  it('cut at words around the first match, with an ellipsis where text was left out', () => {
    const text = `${'lorem ipsum '.repeat(20)}the needle is here ${'dolor sit '.repeat(30)}`;
    const s = snippetOf(text, matchesIn(text, new Set(['needle'])));
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThan(210);
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['needle']);
  });
});
