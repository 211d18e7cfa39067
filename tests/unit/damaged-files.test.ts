import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { dispatch, type Services } from '../../electron/services/service-map';
import { importText } from '../support/profile';
import { servicesPerTest } from '../support/services-per-test';

/**
 * Every file Gloss keeps, damaged each way a disk, a sync tool or another version can damage it:
 * the app starts, the file goes to quarantine byte for byte, the user is told what was affected,
 * what is derived is rebuilt, and everything else (the other article, its highlight) is untouched.
 */
const t = servicesPerTest();

type Damage = 'truncated' | 'garbage' | 'empty' | 'wrong shape' | 'newer version';
const DAMAGES: Damage[] = ['truncated', 'garbage', 'empty', 'wrong shape', 'newer version'];

interface Profile {
  id: string;
  other: string;
  highlightId: string;
}

async function seed(s: Services): Promise<Profile> {
  const id = s.library.list()[0]!.id;
  const other = (await importText(s, 'other.md', '# Other\n\nAn article that must stay as it was.')).id;
  const text = s.library.get(other).text;
  const { id: highlightId } = s.annotations.addHighlight(other, {
    target: describeRange(text, 0, 7),
    color: 'blue',
    note: 'kept',
  });
  s.annotations.setArticleNote(id, 'the damaged one');
  await s.analysis.get(s.library.get(id));
  s.annotations.closeAll();
  return { id, other, highlightId };
}

function damage(
  valid: string,
  how: Damage,
  wrongShape: (v: Record<string, unknown>) => unknown,
  newer: (v: Record<string, unknown>) => unknown,
): string {
  const parsed = () => JSON.parse(valid) as Record<string, unknown>;
  switch (how) {
    case 'truncated':
      return valid.slice(0, Math.floor(valid.length / 2));
    case 'garbage':
      return '\u0000\u00ff\ufffd PK\u0003\u0004 not json at all';
    case 'empty':
      return '';
    case 'wrong shape':
      return JSON.stringify(wrongShape(parsed()));
    case 'newer version':
      return JSON.stringify(newer(parsed()));
  }
}

const quarantined = () =>
  existsSync(path.join(t.dir, 'quarantine')) ? readdirSync(path.join(t.dir, 'quarantine')) : [];
const quarantinedText = (suffix: string) => {
  const name = quarantined().find((f) => f.endsWith(suffix));
  return name === undefined ? undefined : readFileSync(path.join(t.dir, 'quarantine', name), 'utf8');
};

async function expectOthersUntouched(s: Services, p: Profile) {
  expect(s.annotations.get(p.other).highlights).toEqual([
    expect.objectContaining({ id: p.highlightId, note: 'kept' }),
  ]);
  expect(
    s.library
      .list()
      .map((a) => a.id)
      .sort(),
  ).toEqual([p.id, p.other].sort());
}

describe.each(DAMAGES)('a %s file', (how) => {
  it('settings.json: set aside, said, defaults in use, articles untouched', async () => {
    const p = await seed(t.services);
    const file = path.join(t.dir, 'settings.json');
    const bad = damage(
      readFileSync(file, 'utf8'),
      how,
      (v) => ({ ...v, theme: 42 }),
      (v) => ({ ...v, schemaVersion: 9 }),
    );
    writeFileSync(file, bad);
    const s = await t.restart();
    expect(s.settings.get().theme).toBe('light');
    expect(s.notices.take().map((n) => n.message)).toEqual([
      expect.stringMatching(/^Your settings could not be read/),
    ]);
    expect(quarantinedText('settings.json')).toBe(bad);
    await expectOthersUntouched(s, p);
  });

  it('library/index.json: set aside and rebuilt from the article folders, nothing lost', async () => {
    const p = await seed(t.services);
    const file = path.join(t.dir, 'library', 'index.json');
    const bad = damage(
      readFileSync(file, 'utf8'),
      how,
      (v) => ({ ...v, articles: 'none' }),
      (v) => ({ ...v, version: 99 }),
    );
    writeFileSync(file, bad);
    const s = await t.restart();
    await expectOthersUntouched(s, p);
    expect(s.annotations.get(p.id).articleNote).toBe('the damaged one');
    expect(quarantinedText('library__index.json')).toBe(bad);
    // rebuilt on disk too, so the next start reads it
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      version: expect.any(Number),
      articles: expect.any(Array),
    });
  });

  it('articles/<id>/article.json: set aside, said when opened, its highlights left in its folder', async () => {
    const p = await seed(t.services);
    const file = path.join(t.dir, 'articles', p.id, 'article.json');
    const bad = damage(
      readFileSync(file, 'utf8'),
      how,
      (v) => ({ ...v, text: 5 }),
      (v) => ({ ...v, schemaVersion: 9 }),
    );
    writeFileSync(file, bad);
    const s = await t.restart();
    const opened = await dispatch(s.handlers, 'article.get', { articleId: p.id });
    expect(opened).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/set aside in the quarantine folder/) },
    });
    expect(quarantinedText(`${p.id}__article.json`)).toBe(bad);
    expect(existsSync(path.join(t.dir, 'articles', p.id, 'annotations.json'))).toBe(true);
    expect(s.annotations.get(p.other).highlights).toHaveLength(1);
  });

  it('articles/<id>/annotations.json: set aside, said, a fresh store, the other article untouched', async () => {
    const p = await seed(t.services);
    const file = path.join(t.dir, 'articles', p.id, 'annotations.json');
    const bad = damage(
      readFileSync(file, 'utf8'),
      how,
      (v) => ({ ...v, highlights: { none: true } }),
      (v) => ({ ...v, schemaVersion: 9 }),
    );
    writeFileSync(file, bad);
    const s = await t.restart();
    expect(s.annotations.get(p.id)).toEqual({ highlights: [], articleNote: '', corrections: [] });
    expect(s.notices.take().map((n) => n.message)).toEqual([
      expect.stringMatching(
        /^The highlights and notes of one article could not be read .* set aside as .*annotations\.json/,
      ),
    ]);
    expect(quarantinedText(`${p.id}__annotations.json`)).toBe(bad);
    await expectOthersUntouched(s, p);
  });

  it('articles/<id>/journal.jsonl: a torn or empty one read past, any other set aside and said', async () => {
    const p = await seed(t.services);
    t.services.annotations.setArticleNote(p.id, 'journaled');
    const file = path.join(t.dir, 'articles', p.id, 'journal.jsonl');
    const line = readFileSync(file, 'utf8').trim();
    const bad =
      damage(
        line,
        how,
        () => ({ seq: 'two', change: {} }),
        (v) => ({ ...v, seq: 2, change: { op: 'tag-highlight', id: p.highlightId } }),
      ) + (how === 'truncated' || how === 'empty' ? '' : '\n');
    writeFileSync(file, `${line}\n${bad}`);
    const s = await t.restart();
    // the whole line before the damage always counts
    expect(s.annotations.get(p.id).articleNote).toBe('journaled');
    const notices = s.notices.take().map((n) => n.message);
    if (how === 'truncated' || how === 'empty') {
      // a torn tail is a write that was never acknowledged: nothing the user was told is saved is lost
      expect(notices).toEqual([]);
      expect(quarantinedText('journal.jsonl')).toBeUndefined();
    } else {
      expect(notices).toEqual([
        expect.stringMatching(/could not be read and were skipped; the file was set aside/),
      ]);
      expect(quarantinedText('journal.jsonl')).toBe(`${line}\n${bad}`);
    }
    await expectOthersUntouched(s, p);
  });

  it('articles/<id>/analysis.json: a cache, set aside when damaged, recomputed and written again', async () => {
    const p = await seed(t.services);
    const file = path.join(t.dir, 'articles', p.id, 'analysis.json');
    const valid = readFileSync(file, 'utf8');
    const bad = damage(
      valid,
      how,
      (v) => ({ ...v, contentHash: 7 }),
      (v) => ({ ...v, analyzerVersion: '999' }),
    );
    writeFileSync(file, bad);
    const s = await t.restart();
    const before = s.analysis.runs;
    const analysis = await s.analysis.get(s.library.get(p.id));
    expect(s.analysis.runs).toBe(before + 1);
    expect(analysis.entities.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(valid));
    // another analyzer's cache is stale, not damaged: redone over; anything else is kept aside
    expect(quarantinedText(`${p.id}__analysis.json`)).toBe(how === 'newer version' ? undefined : bad);
    expect(s.notices.take()).toEqual([]);
    await expectOthersUntouched(s, p);
  });
});
