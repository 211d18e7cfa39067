import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../support/profile';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest();
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/storage');
const sampleDir = () => path.join(t.dir, 'articles', t.services.library.list()[0]!.id);
const readJsonFile = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('annotations.json from every earlier format', () => {
  it.each([
    [
      'format 1 as first written (no corrections)',
      'annotations-v1-first.json',
      { articleNote: 'written before corrections existed', highlights: [{ id: 'h1first' }], corrections: [] },
    ],
    [
      'format 1 with corrections, before the journal',
      'annotations-v1.json',
      {
        articleNote: 'written whole on every save',
        highlights: [{ id: 'h1later', color: 'green' }],
        corrections: [{ id: 'c1later', kind: 'retype-entity' }],
      },
    ],
  ])(
    'reads %s, then writes it at the current format with nothing dropped',
    async (_name, fixture, expected) => {
      t.services.annotations.closeAll();
      const id = t.services.library.list()[0]!.id;
      const file = path.join(sampleDir(), 'annotations.json');
      copyFileSync(path.join(FIXTURES, fixture), file);

      const restarted = await t.restart();
      expect(restarted.annotations.get(id)).toMatchObject(expected);
      expect(restarted.notices.take()).toEqual([]);
      restarted.annotations.setArticleNote(id, 'changed after the upgrade');
      restarted.annotations.closeAll();
      expect(readJsonFile(file)).toMatchObject({
        ...expected,
        articleNote: 'changed after the upgrade',
        schemaVersion: 2,
        journalSeq: 1,
      });
    },
  );

  it('sets aside a file from a newer Gloss instead of reading it in part, and says why', async () => {
    t.services.annotations.closeAll();
    const id = t.services.library.list()[0]!.id;
    const newer = JSON.stringify({
      ...readJsonFile(path.join(FIXTURES, 'annotations-v1.json')),
      schemaVersion: 3,
    });
    writeFileSync(path.join(sampleDir(), 'annotations.json'), newer);

    const restarted = await t.restart();
    expect(restarted.annotations.get(id).highlights).toEqual([]);
    expect(restarted.notices.take().map((n) => n.message)).toEqual([
      expect.stringMatching(/written by a newer version of Gloss: format 3, this version reads up to 2/),
    ]);
    const kept = readdirSync(path.join(t.dir, 'quarantine'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(t.dir, 'quarantine', kept[0]!), 'utf8')).toBe(newer);
  });
});

describe('settings.json from every earlier format', () => {
  it.each([
    [
      'format 1 as first written (no reported-speech layer, no sides)',
      'settings-v1-first.json',
      {
        theme: 'sepia',
        fontSize: 22,
        fontFamily: 'sans',
        layers: { entities: false, reported: true, entityTypes: { organization: false } },
        sides: { library: true, panel: true },
      },
    ],
    [
      'format 1 with sides',
      'settings-v1.json',
      { theme: 'dark', layers: { quotes: false, reported: false }, sides: { library: false, panel: true } },
    ],
  ])('reads %s and keeps it through the next write', async (_name, fixture, expected) => {
    const file = path.join(t.dir, 'settings.json');
    copyFileSync(path.join(FIXTURES, fixture), file);
    const restarted = await t.restart();
    expect(restarted.settings.get()).toMatchObject(expected);
    expect(restarted.notices.take()).toEqual([]);
    restarted.settings.update({ fontSize: 20 });
    expect(readJsonFile(file)).toMatchObject({ ...expected, fontSize: 20, schemaVersion: 2 });
  });
});

describe('article.json from every earlier format', () => {
  it('reads format 1 (unversioned) as it was, and writes the current format when the article changes', async () => {
    const v1 = readJsonFile(path.join(FIXTURES, 'article-v1.json'));
    const id = v1['id'] as string;
    const dir = path.join(t.dir, 'articles', id);
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(FIXTURES, 'article-v1.json'), path.join(dir, 'article.json'));
    // the library index is a cache: without it the folders are read again
    rmSync(path.join(t.dir, 'library', 'index.json'));

    const restarted = await t.restart();
    expect(restarted.library.get(id)).toEqual(v1);
    expect(restarted.library.list().map((a) => a.id)).toContain(id);
    expect(restarted.notices.take()).toEqual([]);

    await importText(
      restarted,
      'harbour.txt',
      'Harbour cranes idle\n\nDockworkers walked out over pay on Tuesday, the union said.\n',
    );
    expect(restarted.library.get(id).text).toContain('Tuesday');
    expect(readJsonFile(path.join(dir, 'article.json'))).toMatchObject({ id, schemaVersion: 2 });
    expect(readJsonFile(path.join(dir, 'versions', `${v1['contentHash'] as string}.json`))).toEqual({
      ...v1,
      schemaVersion: 2,
    });
  });

  it('sets aside an article from a newer Gloss, and says why when it is opened', async () => {
    const id = t.services.library.list()[0]!.id;
    const file = path.join(sampleDir(), 'article.json');
    const newer = JSON.stringify({ ...readJsonFile(file), schemaVersion: 3 });
    writeFileSync(file, newer);
    const restarted = await t.restart();
    expect(() => restarted.library.get(id)).toThrow(/set aside in the quarantine folder/);
    const kept = readdirSync(path.join(t.dir, 'quarantine'));
    expect(kept.map((f) => readFileSync(path.join(t.dir, 'quarantine', f), 'utf8'))).toEqual([newer]);
  });
});
