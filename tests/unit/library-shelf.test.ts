import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../support/profile';
import { servicesPerTest } from '../support/services-per-test';

const text = (title: string) => `${title}\n\n${'A sentence of the body, long enough to read. '.repeat(40)}`;

const BUDGET = 'Budget talks stall\n\nMinisters left Brussels without a deal.';
const HARBOUR = 'Harbour strike widens\n\nDockworkers in Rotterdam walked out.';

describe('the library shelf: tags, archive, progress, counts, trash', () => {
  const t = servicesPerTest({ sample: false });
  const list = () => t.services.handlers['library.list'](undefined);
  const twoArticles = async () =>
    [await importText(t.services, 'a.txt', BUDGET), await importText(t.services, 'b.txt', HARBOUR)] as const;

  it('keeps tags (trimmed, one per spelling ignoring case) and archive across a restart, in shelf.json', async () => {
    const a = await importText(t.services, 'a.txt', text('Budget talks stall'));
    const h = t.services.handlers;
    const updated = await h['library.updateShelf']({
      articleId: a.id,
      tags: [' budget ', 'Budget', 'Europe'],
    });
    expect(updated?.shelf.tags).toEqual(['budget', 'Europe']);
    await h['library.updateShelf']({ articleId: a.id, archived: true });
    const again = await t.restart();
    const [entry] = await again.handlers['library.list'](undefined);
    expect(entry!.shelf).toMatchObject({ tags: ['budget', 'Europe'], archived: true });
    const onDisk = JSON.parse(readFileSync(path.join(again.library.articleDir(a.id), 'shelf.json'), 'utf8'));
    expect(onDisk.tags).toEqual(['budget', 'Europe']);
  });

  it('refuses a tag with a comma, saying why, and changes nothing', async () => {
    const a = await importText(t.services, 'a.txt', text('Budget talks stall'));
    const { dispatch } = await import('../../electron/services/service-map');
    const out = await dispatch(t.services.handlers, 'library.updateShelf', {
      articleId: a.id,
      tags: ['a,b'],
    });
    expect(out).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /comma/ } });
    expect((await list())[0]!.shelf.tags).toEqual([]);
  });

  it('changes many shelves in one request, the index written once; a removed article is passed over', async () => {
    const [a, b, c] = [
      await importText(t.services, 'a.txt', BUDGET),
      await importText(t.services, 'b.txt', HARBOUR),
      await importText(t.services, 'c.txt', 'Roofs painted white\n\nThe council voted for white roofs.'),
    ];
    const h = t.services.handlers;
    await h['library.remove']({ articleId: c!.id });
    const before = t.services.library.revision;
    const out = await h['library.updateShelves']({
      patches: [
        { articleId: a!.id, archived: true, tags: ['europe'] },
        { articleId: b!.id, progress: 1 },
        { articleId: c!.id, archived: true },
      ],
    });
    expect(out).toEqual({ updated: 2 });
    expect(t.services.library.revision).toBe(before + 1);
    const again = await t.restart();
    const byId = new Map((await again.handlers['library.list'](undefined)).map((e) => [e.id, e.shelf]));
    expect(byId.get(a!.id)).toMatchObject({ archived: true, tags: ['europe'] });
    expect(byId.get(b!.id)).toMatchObject({ progress: 1, archived: false });
    expect(byId.has(c!.id)).toBe(false);

    const { dispatch } = await import('../../electron/services/service-map');
    expect(await dispatch(again.handlers, 'library.updateShelves', { patches: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('moves many to the trash and back in one request each, the index written once each way', async () => {
    const [a, b] = await twoArticles();
    const h = t.services.handlers;
    await h['library.updateShelf']({ articleId: a.id, tags: ['europe'] });
    await h['article.setReadingState']({ articleId: b.id, offset: 20 });
    let revision = t.services.library.revision;
    const { trashIds, removed, failed } = await h['library.removeMany']({ articleIds: [a.id, b.id] });
    expect(trashIds).toHaveLength(2);
    expect(removed).toEqual([a.id, b.id]);
    expect(failed).toEqual([]);
    expect(t.services.library.revision).toBe(++revision);
    expect(await list()).toEqual([]);
    expect(await h['article.getReadingState']({ articleId: b.id })).toBeNull();
    const back = await h['library.restoreMany']({ trashIds });
    expect(back.restored.map((x) => x.title)).toEqual(['Budget talks stall', 'Harbour strike widens']);
    expect(back.failed).toEqual([]);
    expect(t.services.library.revision).toBe(++revision);
    const byId = new Map((await list()).map((e) => [e.id, e.shelf]));
    expect(byId.get(a.id)?.tags).toEqual(['europe']);
    expect(byId.has(b.id)).toBe(true);
  });

  it('brings back what it can when one of many cannot come back, and says why', async () => {
    const [a, b] = await twoArticles();
    const h = t.services.handlers;
    const { trashIds } = await h['library.removeMany']({ articleIds: [a.id, b.id] });
    // the first is imported again meanwhile: its trashed copy cannot come back over it
    const again = await importText(t.services, 'a.txt', BUDGET);
    expect(again.id).toBe(a.id);
    const back = await h['library.restoreMany']({ trashIds });
    expect(back.restored.map((x) => x.id)).toEqual([b.id]);
    expect(back.failed).toHaveLength(1);
    expect(back.failed[0]!.trashId).toBe(trashIds[0]);
    expect(back.failed[0]!.message).toMatch(/Budget talks stall|already/);
    expect((await list()).map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
    expect((await h['library.trash'](undefined)).map((e) => e.trashId)).toEqual([trashIds[0]]);
  });

  it('records reading progress as the furthest point read, and a status from it', async () => {
    const a = await importText(t.services, 'a.txt', text('Budget talks stall'));
    const length = t.services.library.get(a.id).text.length;
    const h = t.services.handlers;
    expect((await list())[0]!.shelf).toMatchObject({ progress: 0, lastReadAt: null });
    await h['article.setReadingState']({ articleId: a.id, offset: Math.round(length / 2) });
    await h['article.setReadingState']({ articleId: a.id, offset: 10 });
    const { shelf } = (await list())[0]!;
    expect(shelf.progress).toBeCloseTo(0.5, 2);
    expect(shelf.lastReadAt).not.toBeNull();
    await h['library.updateShelf']({ articleId: a.id, progress: 1 });
    expect((await list())[0]!.shelf.progress).toBe(1);
  });

  it('counts highlights and notes as they are written', async () => {
    const a = await importText(t.services, 'a.txt', text('Budget talks stall'));
    const exact = 'A sentence of the body';
    const target = {
      quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
    };
    const h = t.services.handlers;
    await h['annotations.addHighlight']({ articleId: a.id, target, color: 'yellow' });
    await h['annotations.addHighlight']({ articleId: a.id, target, color: 'blue', note: 'why?' });
    await h['annotations.setArticleNote']({ articleId: a.id, note: 'overall' });
    expect((await list())[0]).toMatchObject({ highlights: 2, notes: 2 });
  });

  it('deletes to the trash and restores from it with highlights, tags and search', async () => {
    const a = await importText(t.services, 'a.txt', text('Budget talks stall'));
    const h = t.services.handlers;
    await h['library.updateShelf']({ articleId: a.id, tags: ['budget'] });
    await h['annotations.setArticleNote']({ articleId: a.id, note: 'remember the amendment' });
    const { trashId } = await h['library.remove']({ articleId: a.id });
    expect(await list()).toEqual([]);
    expect(t.services.search.search({ query: 'amendment' })).toEqual([]);
    const trash = await h['library.trash'](undefined);
    expect(trash).toMatchObject([{ trashId, articleId: a.id, title: 'Budget talks stall' }]);

    await h['library.restore']({ trashId: trashId! });
    expect(await h['library.trash'](undefined)).toEqual([]);
    expect((await list())[0]).toMatchObject({ id: a.id, shelf: { tags: ['budget'] }, notes: 1 });
    expect((await h['annotations.get']({ articleId: a.id })).articleNote).toBe('remember the amendment');
    expect(t.services.search.search({ query: 'amendment' })).toHaveLength(1);
  });

  it('will not restore over an article imported again since, and leaves the trash copy', async () => {
    const a = await importText(t.services, 'a.txt', text('Budget talks stall'));
    const { trashId } = await t.services.handlers['library.remove']({ articleId: a.id });
    await importText(t.services, 'a.txt', text('Budget talks stall'));
    const { dispatch } = await import('../../electron/services/service-map');
    const out = await dispatch(t.services.handlers, 'library.restore', { trashId });
    expect(out).toMatchObject({ ok: false, error: { code: 'exists', message: /already/ } });
    expect(await t.services.handlers['library.trash'](undefined)).toHaveLength(1);
  });

  it('sets a damaged shelf.json aside and reads the article as unread and untagged', async () => {
    const a = await importText(t.services, 'a.txt', text('Budget talks stall'));
    await t.services.handlers['library.updateShelf']({ articleId: a.id, tags: ['x'] });
    await t.services.close();
    writeFileSync(path.join(t.services.library.articleDir(a.id), 'shelf.json'), '{"tags": 5}');
    writeFileSync(path.join(t.dir, 'library', 'index.json'), 'not json');
    const again = await t.restart();
    expect((await again.handlers['library.list'](undefined))[0]!.shelf.tags).toEqual([]);
    expect(
      again.notices
        .take()
        .map((n) => n.message)
        .join(' '),
    ).toMatch(/tags and reading progress/);
  });
});
