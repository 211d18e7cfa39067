import { appendFileSync, copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeRange } from '../../common/anchoring/anchor';
import { Annotations, type AnnotationOptions } from '../../electron/services/annotations';
import { Journal } from '../../electron/services/journal/journal';
import { JOURNAL_FILE, readStoredAnnotations } from '../../electron/services/journal/journaled-article';
import { NoticeBoard } from '../../electron/services/notices';
import { StoreFactory } from '../../electron/services/storage/store-factory';
import { confStore } from '../support/conf-store';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest();

const sample = () => t.services.library.list()[0]!.id;
const dirOf = (id: string) => path.join(t.dir, 'articles', id);
const journalLines = (id: string) =>
  readFileSync(path.join(dirOf(id), JOURNAL_FILE), 'utf8')
    .split('\n')
    .filter(Boolean);
const storeFile = (id: string) =>
  JSON.parse(readFileSync(path.join(dirOf(id), 'annotations.json'), 'utf8')) as {
    highlights: { id: string; note: string }[];
    articleNote: string;
    journalSeq: number;
  };
const range = (id: string, start: number) =>
  describeRange(t.services.library.get(id).text, start, start + 12);

/** The annotation service on the test's profile with its own fold settings, as the app builds it. */
function annotationsWith(options: AnnotationOptions) {
  const notices = new NoticeBoard();
  const a = new Annotations(
    new StoreFactory(t.dir, confStore, notices),
    dirOf,
    (id) => t.services.library.has(id),
    notices,
    t.dir,
    options,
  );
  return { a, notices };
}

describe('a journal file', () => {
  it('cuts off a torn last line before the next append, so both whole entries read back', () => {
    const file = path.join(t.dir, 'j.jsonl');
    const schema = z.object({ n: z.number() });
    writeFileSync(file, '{"seq":1,"change":{"n":1}}\n{"seq":2,"change":{"n"');
    const journal = new Journal(file, schema);
    expect(journal.read()).toEqual({ entries: [{ seq: 1, change: { n: 1 } }], torn: true, damaged: [] });
    journal.append({ seq: 2, change: { n: 2 } });
    journal.close();
    expect(new Journal(file, schema).read()).toEqual({
      entries: [
        { seq: 1, change: { n: 1 } },
        { seq: 2, change: { n: 2 } },
      ],
      torn: false,
      damaged: [],
    });
  });
});

describe('the annotation journal', () => {
  it('saves a change as one journal line before returning, leaving the store file unwritten', async () => {
    const id = sample();
    t.services.annotations.setArticleNote(id, 'folded first');
    t.services.annotations.closeAll();
    const before = readFileSync(path.join(dirOf(id), 'annotations.json'), 'utf8');

    const h = t.services.annotations.addHighlight(id, { target: range(id, 0), color: 'yellow' });
    t.services.annotations.updateHighlight(id, h.id, { note: 'second' });
    expect(journalLines(id).map((l) => JSON.parse(l) as { seq: number; change: { op: string } })).toEqual([
      expect.objectContaining({ seq: 2, change: expect.objectContaining({ op: 'put-highlights' }) }),
      expect.objectContaining({ seq: 3, change: expect.objectContaining({ op: 'put-highlights' }) }),
    ]);
    expect(readFileSync(path.join(dirOf(id), 'annotations.json'), 'utf8')).toBe(before);
    expect(readStoredAnnotations(dirOf(id))).toMatchObject({
      articleNote: 'folded first',
      highlights: [{ id: h.id, note: 'second' }],
    });
  });

  it('replays what a crash left in the journal at start-up and folds it into the store', async () => {
    const id = sample();
    const h = t.services.annotations.addHighlight(id, { target: range(id, 0), color: 'yellow' });
    t.services.annotations.setArticleNote(id, 'typed just before the crash');
    t.services.annotations.deleteHighlight(id, h.id);
    const kept = t.services.annotations.addHighlight(id, { target: range(id, 20), color: 'blue' });
    // no close: the process died here
    const restarted = await t.restart();
    expect(statSync(path.join(dirOf(id), JOURNAL_FILE)).size).toBe(0);
    expect(storeFile(id)).toMatchObject({
      articleNote: 'typed just before the crash',
      highlights: [{ id: kept.id }],
      journalSeq: 4,
    });
    expect(restarted.annotations.get(id).highlights.map((x) => x.id)).toEqual([kept.id]);
    expect(restarted.notices.take()).toEqual([]);
  });

  it('ignores a torn last line, and the next change is not glued to it', async () => {
    const id = sample();
    const h = t.services.annotations.addHighlight(id, { target: range(id, 0), color: 'yellow' });
    const torn = `{"seq":2,"change":{"op":"set-article-note","no`;
    appendFileSync(path.join(dirOf(id), JOURNAL_FILE), torn);

    const { a } = annotationsWith({});
    expect(a.get(id).highlights.map((x) => x.id)).toEqual([h.id]);
    a.setArticleNote(id, 'after the tear');
    // a second crash: nothing folded on the way out
    const again = await t.restart();
    expect(again.annotations.get(id)).toMatchObject({
      articleNote: 'after the tear',
      highlights: [{ id: h.id }],
    });
    expect(again.notices.take()).toEqual([]);
  });

  it('reads the same when the store was written but the journal not yet emptied (a crash mid-fold)', async () => {
    const id = sample();
    const journal = path.join(dirOf(id), JOURNAL_FILE);
    const a = t.services.annotations.addHighlight(id, { target: range(id, 0), color: 'yellow' });
    t.services.annotations.deleteHighlight(id, a.id);
    const b = t.services.annotations.addHighlight(id, { target: range(id, 30), color: 'green' });
    t.services.annotations.restoreHighlight(id, a);
    copyFileSync(journal, `${journal}.before-fold`);
    t.services.annotations.closeAll();
    copyFileSync(`${journal}.before-fold`, journal);

    const restarted = await t.restart();
    expect(restarted.annotations.get(id).highlights.map((x) => x.id)).toEqual([b.id, a.id]);
    expect(storeFile(id).journalSeq).toBe(4);
    expect(statSync(journal).size).toBe(0);
  });

  it('folds when idle and after a run of changes, without waiting for a close', async () => {
    const id = sample();
    const { a } = annotationsWith({ foldWhenIdleMs: 50, foldAfterChanges: 3 });
    a.setArticleNote(id, 'one');
    a.setArticleNote(id, 'two');
    expect(journalLines(id)).toHaveLength(2);
    a.setArticleNote(id, 'three');
    expect(journalLines(id)).toHaveLength(0);
    expect(storeFile(id)).toMatchObject({ articleNote: 'three', journalSeq: 3 });

    a.setArticleNote(id, 'four');
    await expect.poll(() => storeFile(id).articleNote, { timeout: 2000 }).toBe('four');
    expect(journalLines(id)).toHaveLength(0);
    a.closeAll();
  });

  it('skips a damaged line in the middle, keeps the rest, sets the journal aside and says so', async () => {
    const id = sample();
    const h = t.services.annotations.addHighlight(id, { target: range(id, 0), color: 'yellow' });
    const journal = path.join(dirOf(id), JOURNAL_FILE);
    appendFileSync(journal, 'garbage from a disk error\n');
    t.services.annotations.setArticleNote(id, 'after the damage');
    const damaged = readFileSync(journal, 'utf8');

    const restarted = await t.restart();
    expect(restarted.annotations.get(id)).toMatchObject({
      articleNote: 'after the damage',
      highlights: [{ id: h.id }],
    });
    expect(restarted.notices.take().map((n) => n.message)).toEqual([
      expect.stringMatching(/could not be read and were skipped; the file was set aside as .*journal\.jsonl/),
    ]);
    const kept = readdirSync(path.join(t.dir, 'quarantine')).filter((f) => f.endsWith(JOURNAL_FILE));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(t.dir, 'quarantine', kept[0]!), 'utf8')).toBe(damaged);
  });

  it('brings back the journal’s changes onto a fresh store when the store itself is damaged', async () => {
    const id = sample();
    t.services.annotations.closeAll();
    const h = t.services.annotations.addHighlight(id, { target: range(id, 0), color: 'pink' });
    writeFileSync(path.join(dirOf(id), 'annotations.json'), '{"highlights": [');

    const restarted = await t.restart();
    expect(restarted.annotations.get(id).highlights).toEqual([h]);
    expect(restarted.notices.take()[0]!.message).toMatch(/set aside as .*annotations\.json/);
  });
});
