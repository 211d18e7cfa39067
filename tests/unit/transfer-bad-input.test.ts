/**
 * Bad files given to the import: each refused with a sentence that says what is wrong, and nothing
 * in the library touched, since the whole file is checked before anything is written.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { MAX_BACKUP_BYTES } from '../../common/transfer/backup-schema';
import { dispatch, type Services } from '../../electron/services/service-map';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest();

function write(name: string, content: string): string {
  const f = path.join(t.dir, name);
  writeFileSync(f, content);
  return f;
}

/** A valid backup of the test's library, to damage one part of. */
function backupJson(s: Services): Record<string, unknown> {
  const f = path.join(t.dir, 'good.json');
  s.transfer.allowWrite(f);
  s.transfer.backup(f, null);
  return JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
}

const state = (s: Services) =>
  JSON.stringify({
    entries: s.library.entries(),
    annotations: s.library.list().map((m) => s.annotations.get(m.id)),
    trash: s.library.trashed(),
    settings: s.settings.get(),
  });

async function refused(s: Services, file: string, message: RegExp): Promise<void> {
  const before = state(s);
  const out = await dispatch(s.handlers, 'transfer.import', { path: file });
  expect(out.ok).toBe(false);
  if (!out.ok) {
    expect(out.error.message).toMatch(message);
    expect(out.error.message).toMatch(/Nothing in your library was changed\.$/);
  }
  expect(state(s)).toBe(before);
}

const article = (text: string, html: string) => ({
  id: 'hostile-1',
  title: 'A hostile article',
  byline: null,
  siteName: null,
  sourceName: 'hostile.html',
  format: 'html',
  importedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  contentHash: createHash('sha256').update(text).digest('hex'),
  wordCount: 1,
  excerpt: text,
  html,
  text,
});
const withArticle = (backup: Record<string, unknown>, a: unknown, images: unknown[] = []) => ({
  ...backup,
  articles: [
    ...(backup.articles as unknown[]),
    {
      article: a,
      shelf: { tags: [], archived: false, lastReadAt: null, progress: 0 },
      annotations: { highlights: [], articleNote: '', corrections: [] },
      readingOffset: null,
      images,
    },
  ],
});

describe('bad files given to the import', () => {
  it('refuses what is not JSON, or not a file Gloss reads', async () => {
    const s = t.services;
    await refused(s, write('a.json', '{"format": "gloss-backup", '), /is not a JSON file/);
    await refused(s, write('b.json', '{"hello": 1}'), /neither a Gloss backup nor annotations/);
    await refused(s, write('c.json', '{"annotations": []}'), /holds no annotations/);
    await refused(s, path.join(t.dir, 'missing.json'), /could not be opened \(ENOENT\)/);
    mkdirSync(path.join(t.dir, 'folder.json'));
    await refused(s, path.join(t.dir, 'folder.json'), /is not a file/);
  });

  it('refuses a file larger than any backup before reading it', async () => {
    const f = path.join(t.dir, 'huge.json');
    const fd = openSync(f, 'w');
    ftruncateSync(fd, MAX_BACKUP_BYTES + 1);
    closeSync(fd);
    await refused(t.services, f, /more than Gloss imports/);
  });

  it('refuses a backup of a newer format, a damaged record, a text off its checksum', async () => {
    const s = t.services;
    const id = s.library.list()[0]!.id;
    s.annotations.addHighlight(id, { target: describeRange(s.library.get(id).text, 0, 10), color: 'blue' });
    const good = backupJson(s);
    await refused(
      s,
      write('v2.json', JSON.stringify({ ...good, version: 2 })),
      /made by a newer Gloss \(format version 2/,
    );
    type Stored = { annotations: { highlights: { color: string }[] }; article: { text: string } };
    const red = structuredClone(good) as typeof good & { articles: Stored[] };
    red.articles[0]!.annotations.highlights[0]!.color = 'red';
    await refused(
      s,
      write('red.json', JSON.stringify(red)),
      /damaged at article 1 \(“Azerbaijan and China.*”\), annotations\.highlights\.0\.color/,
    );
    const edited = structuredClone(good) as typeof red;
    edited.articles[0]!.article.text += ' and more';
    await refused(s, write('hash.json', JSON.stringify(edited)), /does not match its checksum/);
    const twice = { ...good, articles: [...(good.articles as unknown[]), ...(good.articles as unknown[])] };
    await refused(s, write('twice.json', JSON.stringify(twice)), /holds article 2 .* twice/);
    await refused(
      s,
      write('body.json', JSON.stringify(withArticle(good, article('Goodbye', '<p>Hello</p>')))),
      /body of article 2 .* does not read as its text/,
    );
  });

  it('keeps hostile markup out: a backup’s body is stored as the importer would have stored it', async () => {
    const s = t.services;
    // An image of its own whose bytes are no image, and one of another article's.
    const fake = `${'ab'.repeat(16)}.png`;
    const hostile = `<p onclick="steal()">Hi</p><script>alert(1)</script><img src="x" onerror="alert(1)"><img src="/article-images/hostile-1/${fake}"><img src="/article-images/other-article/${fake}">`;
    const images = [{ name: fake, data: Buffer.from('<svg onload="alert(1)"/>').toString('base64') }];
    const f = write(
      'hostile.json',
      JSON.stringify(withArticle(backupJson(s), article('Hi', hostile), images)),
    );
    expect((await s.transfer.import(f, {})).articles.added).toBe(1);
    const html = s.library.get('hostile-1').html;
    expect(html).toBe('<p>Hi</p>');
    expect(existsSync(path.join(s.library.articleDir('hostile-1'), 'images'))).toBe(false);
  });

  it('refuses an IPC request off the contract', async () => {
    const out = await dispatch(t.services.handlers, 'transfer.import', { path: 7 });
    expect(out).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
