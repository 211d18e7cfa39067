/**
 * The round trip the issue asks for: a library with every kind of annotation, correction, shelf,
 * trash and setting, backed up to a file and imported into a fresh profile, comes back equal in
 * everything; importing it again changes nothing; and a newer edit on either side wins.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { HIGHLIGHT_COLORS, type CorrectionInput } from '../../common/model/annotation';
import { EMPTY_SHELF, shelfSchema, type Shelf } from '../../common/model/library';
import { backupSchema } from '../../common/transfer/backup-schema';
import { readArticle } from '../../electron/services/storage/article-file';
import { readJson, type ReadResult } from '../../electron/services/storage/json-file';
import { readStoredAnnotations } from '../../electron/services/journal/journaled-article';
import type { Services } from '../../electron/services/service-map';
import { importText, startServices, tempProfile } from '../support/profile';

const profiles: { dir: string; remove: () => void }[] = [];
const running: Services[] = [];
async function fresh(sample = true): Promise<{ dir: string; s: Services }> {
  const p = tempProfile('gloss-transfer-');
  profiles.push(p);
  const s = await startServices(p.dir, { sample });
  running.push(s);
  return { dir: p.dir, s };
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
  profiles.splice(0).forEach((p) => p.remove());
});

/** A 1×1 PNG. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const at = (text: string, words: string, from = 0) => {
  const i = text.indexOf(words, from);
  if (i < 0) throw new Error(`"${words}" not in the text`);
  return describeRange(text, i, i + words.length);
};

/** A library holding one of everything a user can make. */
async function richLibrary(s: Services): Promise<{ sample: string; other: string }> {
  const sample = s.library.list()[0]!.id;
  const text = s.library.get(sample).text;
  const other = (
    await importText(
      s,
      'council.md',
      '# Council vote\n\nThe council voted on Tuesday to close the old bridge.\n\n“It is no longer safe,” said Mayor Ana Ruiz.',
    )
  ).id;
  const gone = (await importText(s, 'gone.txt', 'An article read and removed.\n\nIt had a note.')).id;
  // An image stored with its article (an embedded one, so no server is needed).
  await importText(
    s,
    'harbour.html',
    `<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1><p>The new harbour wall was finished in May after two years of work on the old pier.</p><figure><img src="data:image/png;base64,${PNG}" alt="The wall"><figcaption>The wall at dawn.</figcaption></figure><p>It is the first wall of its kind on this coast.</p></article></body></html>`,
  );
  const words = ['Azerbaijan', 'China', 'Hikmet Hajiyev', 'friendship', 'partnership', 'Samarkand'];
  HIGHLIGHT_COLORS.forEach((color, i) => {
    const h = s.annotations.addHighlight(sample, {
      target: at(text, words[i]!),
      color,
      note: i % 2 ? `note ${i}` : '',
    });
    if (i < 2) s.annotations.updateHighlight(sample, h.id, { tags: [`tag-${i}`, 'shared'] });
  });
  // One moved (its words changed since) and one orphaned (its words are gone).
  const moved = at(text, 'traditional ties');
  s.annotations.addHighlight(sample, {
    target: { ...moved, quote: { ...moved.quote, exact: 'traditonal ties' } },
    color: 'green',
    note: 'moved',
  });
  s.annotations.addHighlight(sample, {
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'words that were cut', prefix: 'some ', suffix: ' later' },
      position: { type: 'TextPositionSelector', start: 5, end: 24 },
    },
    color: 'pink',
    note: 'orphaned',
  });
  s.annotations.setArticleNote(sample, 'What I make of it, in **Markdown**.');
  const corrections: CorrectionInput[] = [
    { kind: 'reject-mention', target: at(text, 'AZERTAC') },
    { kind: 'reject-entity', entityName: 'News.Az', entityType: 'organization' },
    { kind: 'retype-entity', entityName: 'Samarkand', entityType: 'person', to: 'place' },
    { kind: 'merge-entities', fromName: 'Hajiyev', intoName: 'Hikmet Hajiyev' },
    { kind: 'add-mention', target: at(text, 'Presidential Administration'), entityType: 'organization' },
    { kind: 'reject-quote', target: at(text, 'Azerbaijan and China enjoy') },
    {
      kind: 'set-speaker',
      target: at(text, 'traditional ties of friendship'),
      speakerName: 'Hikmet Hajiyev',
    },
    { kind: 'add-quote', target: at(text, 'strategic tasks'), speakerName: null },
  ];
  for (const c of corrections) s.annotations.addCorrection(sample, c);
  const otherText = s.library.get(other).text;
  s.annotations.addHighlight(other, {
    target: at(otherText, 'no longer safe'),
    color: 'orange',
    note: 'quote',
  });
  s.library.updateShelf({ articleId: other, tags: ['Local', 'bridges'], archived: true });
  s.library.updateShelf({ articleId: sample, tags: ['Diplomacy'] });
  await s.handlers['article.setReadingState']({ articleId: sample, offset: 400 });
  s.annotations.addHighlight(gone, {
    target: at(s.library.get(gone).text, 'a note'),
    color: 'blue',
    note: 'in the trash',
  });
  await s.handlers['library.remove']({ articleId: gone });
  s.settings.update({
    theme: 'sepia',
    fontSize: 22,
    fontFamily: 'sans',
    layers: { reported: false, entityTypes: { misc: false } },
    sides: { panel: false },
  });
  return { sample, other };
}

/** A shelf as the library reads it: none written is the empty one. */
const shelfOf = (read: ReadResult<Shelf>) => (read.kind === 'ok' ? read.value : EMPTY_SHELF);

/** An article's stored images: each file's name and bytes. */
function imagesIn(articleDir: string): [string, string][] {
  const dir = path.join(articleDir, 'images');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => [name, readFileSync(path.join(dir, name)).toString('base64')]);
}

/** Everything a library holds, as plain data, to compare two profiles. */
function snapshot(s: Services) {
  const entries = s.library.entries().sort((a, b) => a.id.localeCompare(b.id));
  return {
    entries,
    articles: entries.map((e) => s.library.get(e.id)),
    annotations: entries.map((e) => s.annotations.get(e.id)),
    offsets: entries.map((e) => s.settings.readingOffset(e.id)),
    images: entries.map((e) => imagesIn(s.library.articleDir(e.id))),
    trash: s.library.trashed().map((t) => ({
      ...t,
      article: readArticle(path.join(s.library.trashedFolder(t.trashId), 'article.json')),
      annotations: readStoredAnnotations(s.library.trashedFolder(t.trashId)),
      shelf: shelfOf(readJson(path.join(s.library.trashedFolder(t.trashId), 'shelf.json'), shelfSchema)),
    })),
    settings: s.settings.get(),
  };
}

describe('JSON backup round trip', () => {
  it('restores everything into a fresh profile, and importing again changes nothing', async () => {
    const a = await fresh();
    const { sample } = await richLibrary(a.s);
    const file = path.join(a.dir, 'backup.json');
    a.s.transfer.allowWrite(file);
    const done = a.s.transfer.backup(file, null);
    expect(done).toMatchObject({ articles: 3, trashed: 1, highlights: 9, warnings: [] });
    const written = backupSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(written).toMatchObject({ format: 'gloss-backup', version: 1, scope: 'library' });
    expect(Date.parse(written.created)).not.toBeNaN();

    // A new installation with nothing in it yet (the sample's merge is the next test's).
    expect(written.articles.find((x) => x.article.title === 'Harbour wall')!.images).toHaveLength(1);
    const b = await fresh(false);
    expect(await b.s.transfer.inspect(file)).toMatchObject({
      kind: 'backup',
      backup: { articles: 3, trashed: 1, highlights: 9, newHere: 3 },
    });
    const first = await b.s.transfer.import(file, {});
    expect(first.articles).toEqual({ added: 3, updated: 0, unchanged: 0, kept: 0 });
    expect(first.highlights).toEqual({ added: 9, updated: 0, unchanged: 0, kept: 0 });
    expect(first.corrections.added).toBe(8);
    expect(first.trash.added).toBe(1);
    expect(first.settings).toBe('applied');
    expect(snapshot(b.s)).toEqual(snapshot(a.s));
    // What was imported is what the library's search finds.
    const found = await b.s.handlers['library.search']({ query: 'Markdown', fields: ['articleNote'] });
    expect(found.map((h) => h.articleId)).toEqual([sample]);

    const again = await b.s.transfer.import(file, {});
    expect(again.articles).toEqual({ added: 0, updated: 0, unchanged: 3, kept: 0 });
    expect(again.highlights).toEqual({ added: 0, updated: 0, unchanged: 9, kept: 0 });
    expect(again.corrections).toEqual({ added: 0, updated: 0, unchanged: 8, kept: 0 });
    expect(again.trash.unchanged).toBe(1);
    expect(again.settings).toBe('unchanged');
    expect(again.changed).toEqual([]);
    expect(snapshot(b.s)).toEqual(snapshot(a.s));

    // After a restart the profile reads the same from disk.
    const before = snapshot(b.s);
    await b.s.close();
    running.splice(running.indexOf(b.s), 1);
    const restarted = await startServices(b.dir);
    running.push(restarted);
    expect(snapshot(restarted)).toEqual(before);
  });

  it('keeps the newer edit on either side, and deletes nothing', async () => {
    const a = await fresh();
    const { sample } = await richLibrary(a.s);
    const file = path.join(a.dir, 'backup.json');
    a.s.transfer.allowWrite(file);
    a.s.transfer.backup(file, null);
    const [h0, h1] = a.s.annotations.get(sample).highlights;

    // Edited here after the backup: the backup's older version does not come back.
    const later = new Date(Date.now() + 60_000);
    a.s.annotations.updateHighlight(sample, h0!.id, { note: 'edited after the backup' }, later);
    // Deleted here: the backup brings it back, since a merge deletes nothing.
    a.s.annotations.deleteHighlight(sample, h1!.id);
    const back = await a.s.transfer.import(file, {});
    expect(back.highlights).toMatchObject({ added: 1, kept: 1, updated: 0 });
    const now = a.s.annotations.get(sample).highlights;
    expect(now.find((h) => h.id === h0!.id)!.note).toBe('edited after the backup');
    expect(now.find((h) => h.id === h1!.id)).toEqual(h1);

    // Edited in the other profile later still, then backed up there: that edit wins here.
    const b = await fresh();
    await b.s.transfer.import(file, {});
    b.s.annotations.updateHighlight(
      sample,
      h0!.id,
      { note: 'newest, on the laptop', color: 'purple' },
      new Date(later.getTime() + 60_000),
    );
    b.s.settings.update({ theme: 'dark' });
    const file2 = path.join(b.dir, 'laptop.json');
    b.s.transfer.allowWrite(file2);
    b.s.transfer.backup(file2, null);
    const merged = await a.s.transfer.import(file2, {});
    expect(merged.highlights.updated).toBe(1);
    expect(a.s.annotations.get(sample).highlights.find((h) => h.id === h0!.id)).toMatchObject({
      note: 'newest, on the laptop',
      color: 'purple',
    });
    // Settings carry no times: a library with settings of its own keeps them.
    expect(merged.settings).toBe('kept');
    expect(a.s.settings.get().theme).toBe('sepia');
  });

  it('backs up only the articles picked', async () => {
    const a = await fresh();
    const { other } = await richLibrary(a.s);
    const file = path.join(a.dir, 'one.json');
    a.s.transfer.allowWrite(file);
    expect(a.s.transfer.backup(file, [other])).toMatchObject({ articles: 1, trashed: 0, highlights: 1 });
    const b = await fresh();
    const summary = await b.s.transfer.import(file, {});
    expect(summary.articles.added).toBe(1);
    // A part of a library brings its articles, never its settings.
    expect(summary.settings).toBe('kept');
    expect(b.s.settings.get().theme).toBe('light');
    expect(b.s.library.entries().find((e) => e.id === other)!.shelf).toMatchObject({
      tags: ['Local', 'bridges'],
      archived: true,
    });
  });

  it('writes only where the user chose to save', async () => {
    const a = await fresh();
    expect(() => a.s.transfer.backup(path.join(a.dir, 'elsewhere.json'), null)).toThrow(/Back Up Library/);
  });
});
