import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { dispatch, type Services } from '../../electron/services/service-map';
import { startServices } from '../support/profile';
import { isRoot, makeReadOnly } from '../support/read-only';
import { servicesPerTest } from '../support/services-per-test';

/**
 * A profile Gloss cannot write to. Root ignores permission bits, so as root the folder is made
 * read-only the way a locked-down machine does it, a read-only bind mount, and a full disk is a
 * small tmpfs; otherwise the folder's permission bits are taken away and the full disk is skipped.
 */
const t = servicesPerTest();
const undo: (() => void)[] = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
});

async function savedBefore(s: Services) {
  const id = s.library.list()[0]!.id;
  const text = s.library.get(id).text;
  const folded = s.annotations.addHighlight(id, {
    target: describeRange(text, 0, 9),
    color: 'yellow',
    note: 'folded',
  });
  s.annotations.closeAll();
  // a second one only in the journal: saved, not yet folded
  const journaled = s.annotations.addHighlight(id, { target: describeRange(text, 20, 30), color: 'pink' });
  return { id, text, saved: [folded, journaled] };
}

describe('a profile that cannot be written', () => {
  it('read-only: the app starts, each write fails with a clear message, and what was saved is intact', async () => {
    const { id, text, saved } = await savedBefore(t.services);
    await t.services.close();
    undo.push(makeReadOnly(t.dir));

    const s = await t.restart();
    expect(s.annotations.get(id).highlights).toEqual(saved);
    const add = await dispatch(s.handlers, 'annotations.addHighlight', {
      articleId: id,
      target: describeRange(text, 40, 50),
      color: 'blue',
    });
    expect(add).toEqual({
      ok: false,
      error: {
        code: 'write-failed',
        message:
          'Gloss could not save this change: the profile folder is read-only. Everything saved before is unchanged.',
      },
    });
    const note = await dispatch(s.handlers, 'annotations.setArticleNote', { articleId: id, note: 'lost?' });
    expect(note).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(s.annotations.get(id)).toMatchObject({ highlights: saved, articleNote: '' });
    await s.close();

    undo
      .splice(0)
      .reverse()
      .forEach((step) => step());
    const after = await t.restart();
    expect(after.annotations.get(id)).toMatchObject({ highlights: saved, articleNote: '' });
  });

  it.skipIf(!isRoot)(
    'full disk (a 2 MB tmpfs; mounting needs root): the write fails, saying so, and nothing saved is lost',
    async () => {
      const disk = path.join(t.dir, 'small-disk');
      mkdirSync(disk);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk]);
      undo.push(() => execFileSync('umount', [disk]));
      const s = await startServices(disk);
      const { id, text, saved } = await savedBefore(s);
      const filler = path.join(disk, 'filler');
      expect(() => writeFileSync(filler, Buffer.alloc(4 * 1024 * 1024))).toThrow(/ENOSPC/);

      const add = await dispatch(s.handlers, 'annotations.addHighlight', {
        articleId: id,
        target: describeRange(text, 40, 50),
        color: 'blue',
        note: 'x'.repeat(50_000),
      });
      expect(add).toEqual({
        ok: false,
        error: {
          code: 'write-failed',
          message:
            'Gloss could not save this change: the disk is full. Everything saved before is unchanged.',
        },
      });
      expect(s.annotations.get(id).highlights).toEqual(saved);
      await s.close();

      rmSync(filler);
      const after = await startServices(disk);
      expect(after.annotations.get(id).highlights).toEqual(saved);
      expect(after.notices.take()).toEqual([]);
      await after.close();
    },
  );
});
