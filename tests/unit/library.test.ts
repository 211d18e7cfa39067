import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/services/import';
import { dispatch } from '../../electron/services/service-map';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest({ sample: false });

const doc = (title: string) =>
  importDocument({ fileName: `${title}.md`, bytes: Buffer.from(`# ${title}\n\nThe text of ${title}.`) });

describe('the library', () => {
  it('lists the newest import first, whatever order the files were added in', async () => {
    const add = async (title: string, day: number) =>
      t.services.library.add(await doc(title), `${title}.md`, new Date(Date.UTC(2026, 0, day))).article.id;
    const middle = await add('Middle', 10);
    const newest = await add('Newest', 20);
    const oldest = await add('Oldest', 1);
    expect(t.services.library.list().map((a) => a.id)).toEqual([newest, middle, oldest]);
    // The order comes from the dates, not from the index file's order, after a restart too.
    const restarted = await t.restart();
    expect(restarted.library.list().map((a) => a.id)).toEqual([newest, middle, oldest]);
  });

  it('moves a removed article’s folder, annotations and all, to the trash instead of deleting it', async () => {
    const { id } = t.services.library.add(await doc('Kept'), 'Kept.md').article;
    t.services.annotations.setArticleNote(id, 'a note worth keeping');
    const removed = await t.services.handlers['library.remove']({ articleId: id });
    expect(removed.trashId).toMatch(new RegExp(`-${id}$`));

    expect(existsSync(t.services.library.articleDir(id))).toBe(false);
    const trash = readdirSync(path.join(t.dir, 'trash'));
    expect(trash).toHaveLength(1);
    expect(trash[0]).toMatch(new RegExp(`-${id}$`));
    const inTrash = path.join(t.dir, 'trash', trash[0]!);
    expect(JSON.parse(readFileSync(path.join(inTrash, 'article.json'), 'utf8'))).toMatchObject({ id });
    expect(JSON.parse(readFileSync(path.join(inTrash, 'annotations.json'), 'utf8'))).toMatchObject({
      articleNote: 'a note worth keeping',
    });
    expect(t.services.library.list()).toEqual([]);
  });

  it('sets a damaged article.json aside in quarantine, says so, and drops it from the list', async () => {
    const { id } = t.services.library.add(await doc('Damaged'), 'Damaged.md').article;
    const other = t.services.library.add(await doc('Fine'), 'Fine.md').article.id;
    const file = path.join(t.services.library.articleDir(id), 'article.json');
    writeFileSync(file, '{"id": "torn');

    expect(await dispatch(t.services.handlers, 'article.get', { articleId: id })).toMatchObject({
      ok: false,
      error: { code: 'damaged', message: expect.stringMatching(/set aside in the quarantine/) },
    });
    expect(existsSync(file)).toBe(false);
    const kept = readdirSync(path.join(t.dir, 'quarantine'));
    expect(kept).toEqual([expect.stringMatching(new RegExp(`articles__${id}__article\\.json$`))]);
    expect(readFileSync(path.join(t.dir, 'quarantine', kept[0]!), 'utf8')).toBe('{"id": "torn');
    expect(t.services.library.list().map((a) => a.id)).toEqual([other]);
  });

  it('quarantines a damaged article.json found while rebuilding the index, with a notice', async () => {
    const { id } = t.services.library.add(await doc('Damaged'), 'Damaged.md').article;
    writeFileSync(path.join(t.services.library.articleDir(id), 'article.json'), 'not json');
    writeFileSync(path.join(t.dir, 'library', 'index.json'), '');
    const restarted = await t.restart();
    expect(restarted.library.list()).toEqual([]);
    expect(restarted.notices.take().map((n) => n.message)).toEqual([
      expect.stringMatching(/^An article file could not be read and was set aside as .*article\.json/),
    ]);
    expect(readdirSync(path.join(t.dir, 'quarantine'))).toContainEqual(
      expect.stringMatching(new RegExp(`articles__${id}__article\\.json$`)),
    );
  });
});
