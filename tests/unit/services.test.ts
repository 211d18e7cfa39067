import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { readStoredAnnotations } from '../../electron/services/journal/journaled-article';
import { dispatch, SAMPLE_TITLE } from '../../electron/services/service-map';
import { importText, SAMPLE_FILE, tempProfile } from '../support/profile';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest();

const sampleId = () => t.services.library.list()[0]!.id;
const call = (method: string, input?: unknown) => dispatch(t.services.handlers, method, input);

describe('library', () => {
  it('holds the bundled sample on first run, once', async () => {
    const list = t.services.library.list();
    expect(list).toHaveLength(1);
    expect(list[0]!.title).toBe(SAMPLE_TITLE);
    const article = t.services.library.get(list[0]!.id);
    expect(article.text).toBe(readFileSync(SAMPLE_FILE, 'utf8').trimEnd());
    expect(existsSync(path.join(t.dir, 'articles', article.id, 'article.json'))).toBe(true);

    t.services.library.remove(article.id);
    const again = await t.restart();
    expect(again.library.list()).toHaveLength(0); // a removed sample is not forced back
  });

  it('imports by path through the contract and refuses bad files with a clear message, touching nothing saved', async () => {
    const before = readFileSync(path.join(t.dir, 'library', 'index.json'), 'utf8');
    const files = tempProfile('gloss-files-');
    try {
      const write = (name: string, content: string | Buffer) => {
        writeFileSync(path.join(files.dir, name), content);
        return path.join(files.dir, name);
      };
      const bad = await call('library.importFiles', {
        paths: [
          write('empty.txt', ''),
          write('x.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])),
        ],
      });
      expect(bad).toMatchObject({
        ok: true,
        value: [
          { ok: false, code: 'empty' },
          { ok: false, code: 'binary' },
        ],
      });
      expect(readFileSync(path.join(t.dir, 'library', 'index.json'), 'utf8')).toBe(before);

      const md = await call('library.importFiles', {
        paths: [write('notes.md', '# A title\n\nSome *text* here.')],
      });
      expect(md).toMatchObject({
        ok: true,
        value: [{ ok: true, article: { title: 'A title', format: 'md' } }],
      });
      expect(t.services.library.list()).toHaveLength(2);
    } finally {
      files.remove();
    }
  });

  it('rebuilds a damaged index from the article folders', async () => {
    writeFileSync(path.join(t.dir, 'library', 'index.json'), '{"version":1,"articles":[');
    const restarted = await t.restart();
    expect(restarted.library.list().map((a) => a.title)).toEqual([SAMPLE_TITLE]);
    expect(readdirSync(path.join(t.dir, 'quarantine')).some((f) => f.endsWith('library__index.json'))).toBe(
      true,
    );
  });
});

describe('annotations', () => {
  it('saves each change to the article’s own store on disk before returning', async () => {
    const id = sampleId();
    const text = t.services.library.get(id).text;
    const start = text.indexOf('Hikmet Hajiyev');
    const h = t.services.annotations.addHighlight(id, {
      target: describeRange(text, start, start + 14),
      color: 'yellow',
    });
    // The store file with its journal replayed, read without writing: what a restart would find.
    const onDisk = () => readStoredAnnotations(path.join(t.dir, 'articles', id))!;
    expect(onDisk().highlights.map((x) => x.id)).toEqual([h.id]);

    t.services.annotations.updateHighlight(id, h.id, { color: 'green', note: 'the speaker' });
    expect(onDisk().highlights[0]).toMatchObject({ color: 'green', note: 'the speaker' });

    const removed = t.services.annotations.deleteHighlight(id, h.id);
    expect(onDisk().highlights).toEqual([]);
    t.services.annotations.restoreHighlight(id, removed);
    expect(onDisk().highlights[0]).toMatchObject({ id: h.id, note: 'the speaker' });

    t.services.annotations.setArticleNote(id, 'whole-article note');
    const restarted = await t.restart();
    expect(restarted.annotations.get(id)).toMatchObject({
      articleNote: 'whole-article note',
      highlights: [{ id: h.id, color: 'green' }],
    });
  });

  it('keeps a corrupted annotation store aside, tells the user, and leaves other articles alone', async () => {
    const otherId = (await importText(t.services, 'other.md', '# Other\n\nAnother article.')).id;
    const id = sampleId() === otherId ? t.services.library.list()[1]!.id : sampleId();
    const text = t.services.library.get(otherId).text;
    t.services.annotations.addHighlight(otherId, { target: describeRange(text, 0, 7), color: 'blue' });
    t.services.annotations.setArticleNote(id, 'will be damaged');
    t.services.annotations.closeAll(); // as on quitting: the journal folded into the store
    const file = path.join(t.dir, 'articles', id, 'annotations.json');
    writeFileSync(file, '{"highlights": [{"id": "x"'); // a torn write from some other tool

    const restarted = await t.restart();
    expect(restarted.annotations.get(id)).toEqual({ highlights: [], articleNote: '', corrections: [] });
    const notices = restarted.notices.take();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/set aside as .*annotations\.json in the quarantine folder/);
    const kept = readdirSync(path.join(t.dir, 'quarantine'));
    expect(
      readFileSync(
        path.join(
          t.dir,
          'quarantine',
          kept.find((f) => f.includes(id))!,
        ),
        'utf8',
      ),
    ).toBe('{"highlights": [{"id": "x"');
    expect(restarted.annotations.get(otherId).highlights).toHaveLength(1);
  });

  it('sets aside a store file that parses but holds no object', async () => {
    writeFileSync(path.join(t.dir, 'settings.json'), '[1, 2, 3]');
    const restarted = await t.restart();
    expect(restarted.settings.get().theme).toBe('light');
    expect(restarted.notices.take()[0]!.message).toMatch(
      /^Your settings could not be read \(unexpected content\) and was set aside as /,
    );
    expect(readdirSync(path.join(t.dir, 'quarantine')).some((f) => f.endsWith('settings.json'))).toBe(true);
  });

  it('survives a corrupted settings file', async () => {
    writeFileSync(path.join(t.dir, 'settings.json'), '\u0000\u0000garbage');
    const restarted = await t.restart();
    expect(restarted.settings.get().theme).toBe('light');
    expect(restarted.notices.take()[0]!.message).toMatch(/Your settings could not be read/);
    expect(restarted.library.list()).toHaveLength(1);
  });
});

describe('the IPC contract in the main process', () => {
  it('refuses malformed payloads with a message and never reaches a service', async () => {
    expect(await call('nope.nothing')).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await call('__proto__')).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await call('article.get', { articleId: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('article.get', { articleId: 'x', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(
      await call('annotations.addHighlight', { articleId: sampleId(), color: 'red', target: {} }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const target = describeRange('abc', 0, 2);
    expect(
      await call('annotations.addHighlight', {
        articleId: sampleId(),
        color: 'yellow',
        target: { ...target, position: { ...target.position, end: 0 } },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('settings.update', { fontSize: 400 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('settings.update', { theme: 'dark', hacked: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(t.services.annotations.get(sampleId()).highlights).toEqual([]);
    expect(t.services.settings.get().theme).toBe('light');
  });

  it('answers a missing article with not-found, and serves a valid call', async () => {
    expect(await call('article.get', { articleId: 'gone-12345678' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await call('settings.update', { theme: 'dark', layers: { entityTypes: { misc: false } } }),
    ).toMatchObject({
      ok: true,
      value: { theme: 'dark', layers: { entities: true, entityTypes: { misc: false, person: true } } },
    });
  });
});
