import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { Backups } from '../../electron/services/backup/backups';
import { dispatch, type Services } from '../../electron/services/service-map';
import { importText } from '../support/profile';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest();
const DAY = 24 * 60 * 60 * 1000;

/** Backups on the test's services, on a clock the test moves. */
function backupsAt(s: Services, clock: { now: Date }) {
  // the one the services took as they started, dated today, is not this clock's
  rmSync(path.join(t.dir, 'backups'), { recursive: true, force: true });
  return new Backups(t.dir, s.library, s.annotations, s.notices, () => clock.now);
}
const highlight = (s: Services, id: string, start: number, note = '') =>
  s.annotations.addHighlight(id, {
    target: describeRange(s.library.get(id).text, start, start + 8),
    color: 'yellow',
    note,
  });

describe('rolling backups', () => {
  it('takes one a day and keeps the newest seven', () => {
    const clock = { now: new Date('2026-03-01T08:00:00Z') };
    const backups = backupsAt(t.services, clock);
    backups.daily();
    clock.now = new Date('2026-03-01T20:00:00Z');
    backups.daily();
    expect(readdirSync(path.join(t.dir, 'backups'))).toEqual(['2026-03-01']);
    expect(readdirSync(path.join(t.dir, 'backups', '2026-03-01')).sort()).toEqual([
      'annotations.json',
      'settings.json',
    ]);

    for (let d = 1; d <= 9; d++) {
      clock.now = new Date(Date.parse('2026-03-01T08:00:00Z') + d * DAY);
      backups.daily();
    }
    expect(backups.list().map((b) => b.id)).toEqual([
      '2026-03-10',
      '2026-03-09',
      '2026-03-08',
      '2026-03-07',
      '2026-03-06',
      '2026-03-05',
      '2026-03-04',
    ]);
  });

  it('restores every article as it was that day, after backing up what it replaces', async () => {
    const s = t.services;
    const id = s.library.list()[0]!.id;
    const other = (await importText(s, 'other.md', '# Other\n\nA second article to back up.')).id;
    const kept = highlight(s, id, 0, 'in the backup');
    highlight(s, other, 2);
    s.annotations.setArticleNote(id, 'note of that day');
    const clock = { now: new Date('2026-03-01T08:00:00Z') };
    const backups = backupsAt(s, clock);
    backups.daily();
    expect(backups.list()).toEqual([
      { id: '2026-03-01', created: '2026-03-01T08:00:00.000Z', articles: 2, highlights: 2 },
    ]);

    s.annotations.deleteHighlight(id, kept.id);
    const later = highlight(s, id, 20, 'made after the backup');
    s.annotations.setArticleNote(id, 'a later note');
    clock.now = new Date('2026-03-02T09:30:00Z');
    const result = await dispatch(s.handlers, 'backups.restore', { id: '2026-03-01' });
    expect(result).toEqual({
      ok: true,
      value: { restored: 2, skipped: 0, before: expect.stringMatching(/^before-restore-/) },
    });
    expect(s.annotations.get(id)).toMatchObject({ articleNote: 'note of that day', highlights: [kept] });
    // and found by search as restored
    const found = await dispatch(s.handlers, 'library.search', {
      query: 'note of that day',
      fields: ['articleNote'],
    });
    expect(found).toMatchObject({ ok: true, value: [{ articleId: id, field: 'articleNote' }] });

    const restarted = await t.restart();
    expect(restarted.annotations.get(id)).toMatchObject({
      articleNote: 'note of that day',
      highlights: [kept],
    });
    // the restore is itself undone by restoring the backup it took first
    const before = (result as { value: { before: string } }).value.before;
    new Backups(t.dir, restarted.library, restarted.annotations, restarted.notices, () => clock.now).restore(
      before,
    );
    expect(restarted.annotations.get(id)).toMatchObject({ articleNote: 'a later note', highlights: [later] });
  });

  it('leaves out articles removed since, and refuses a backup that does not read', async () => {
    const s = t.services;
    const gone = (await importText(s, 'gone.md', '# Gone\n\nRemoved after the backup.')).id;
    highlight(s, gone, 0);
    const clock = { now: new Date('2026-04-01T08:00:00Z') };
    const backups = backupsAt(s, clock);
    backups.daily();
    await dispatch(s.handlers, 'library.remove', { articleId: gone });
    expect(backups.restore('2026-04-01')).toMatchObject({ restored: 1, skipped: 1 });
    expect(s.library.has(gone)).toBe(false);

    writeFileSync(
      path.join(t.dir, 'backups', '2026-04-01', 'annotations.json'),
      '{"format": 1, "articles": [',
    );
    expect(backups.list().map((b) => b.id)).not.toContain('2026-04-01');
    expect(await dispatch(s.handlers, 'backups.restore', { id: '2026-04-01' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/^That backup could not be read/) },
    });
    expect(await dispatch(s.handlers, 'backups.restore', { id: '../settings' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('is taken when the app starts', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(existsSync(path.join(t.dir, 'backups', today, 'annotations.json'))).toBe(true);
    expect((await dispatch(t.services.handlers, 'backups.list', undefined)).ok).toBe(true);
  });
});
