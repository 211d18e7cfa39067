import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { menuTemplate } from '../../electron/main/menu-template';
import { restoreFromBackup, type RestoreUi } from '../../electron/services/backup/restore-flow';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest();

/** The dialogs answered as a user would, each call recorded. */
function user(answers: { folder: (root: string) => string | null; confirm: boolean }) {
  const said: string[] = [];
  let reloads = 0;
  const ui: RestoreUi = {
    chooseFolder: async (defaultPath) => {
      said.push(`picker at ${path.basename(defaultPath)}`);
      return answers.folder(path.dirname(defaultPath));
    },
    confirm: async (message, detail, button) => {
      said.push(`${message} | ${detail} | ${button}`);
      return answers.confirm;
    },
    tell: async (level, message, detail) => {
      said.push(`${level}: ${message}${detail ? ` | ${detail}` : ''}`);
    },
    reload: () => void reloads++,
  };
  return { ui, said, reloads: () => reloads };
}

describe('File > Restore Highlights from a Backup…', () => {
  it('is in the File menu and calls the restore command', () => {
    let asked = 0;
    const file = menuTemplate(
      { openFile: () => {}, command: () => {}, openDataFolder: () => {}, restoreBackup: () => void asked++ },
      { isMac: false, isDev: false },
    ).find((m) => m.label === 'File')!.submenu as { label?: string; click?: () => void }[];
    file.find((i) => i.label === 'Restore Highlights from a Backup…')!.click!();
    expect(asked).toBe(1);
  });

  it('restores the chosen day after confirming and saving what is typed, reloads and says what it did', async () => {
    const s = t.services;
    const id = s.library.list()[0]!.id;
    const today = s.backups.list()[0]!; // taken at start-up, before any highlight
    const text = s.library.get(id).text;
    s.annotations.addHighlight(id, { target: describeRange(text, 0, 8), color: 'yellow' });
    let flushed = 0;
    const u = user({ folder: (root) => path.join(root, today.id), confirm: true });
    await restoreFromBackup(t.dir, s.backups, async () => void flushed++, u.ui);

    expect(u.said).toEqual([
      `picker at ${today.id}`,
      expect.stringMatching(
        /^Restore the highlights and notes of 1 article as they were on \d{4}-\d\d-\d\d at \d\d:\d\d\? \| 0 highlights in all\. .* \| Restore$/,
      ),
      expect.stringMatching(
        /^info: Restored 1 article from .* \| What they held before is the backup “before-restore-.*”\.$/,
      ),
    ]);
    expect(flushed).toBe(1);
    expect(u.reloads()).toBe(1);
    expect(s.annotations.get(id).highlights).toEqual([]);
  });

  it('changes nothing when cancelled, and refuses a folder that is not a backup', async () => {
    const s = t.services;
    const id = s.library.list()[0]!.id;
    const text = s.library.get(id).text;
    const h = s.annotations.addHighlight(id, { target: describeRange(text, 0, 8), color: 'yellow' });
    const day = s.backups.list()[0]!.id;

    const cancelled = user({ folder: (root) => path.join(root, day), confirm: false });
    await restoreFromBackup(t.dir, s.backups, async () => {}, cancelled.ui);
    const elsewhere = user({ folder: (root) => path.join(root, '..', 'articles'), confirm: true });
    await restoreFromBackup(t.dir, s.backups, async () => {}, elsewhere.ui);
    const none = user({ folder: () => null, confirm: true });
    await restoreFromBackup(t.dir, s.backups, async () => {}, none.ui);

    expect(elsewhere.said.at(-1)).toMatch(
      /^error: That folder is not one of Gloss’s backups\. \| Pick one of the dated folders in /,
    );
    expect([cancelled, elsewhere, none].map((u) => u.reloads())).toEqual([0, 0, 0]);
    expect(s.annotations.get(id).highlights).toEqual([h]);
  });
});
