import path from 'node:path';
import { backupIdSchema } from '../../../common/ipc/contract';
import { ServiceError } from '../errors';
import type { Backups } from './backups';

/** The native dialogs the restore command uses; main.ts gives Electron's, tests their own. */
export interface RestoreUi {
  /** A folder picker opened in backups/, where each backup is a dated folder; null if cancelled. */
  chooseFolder(defaultPath: string): Promise<string | null>;
  confirm(message: string, detail: string, button: string): Promise<boolean>;
  tell(level: 'info' | 'error', message: string, detail?: string): Promise<void>;
  /** Reloads the page, so that every view reads the restored annotations afresh. */
  reload(): void;
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' at ');

/**
 * File > Restore from Backup…: pick a backup folder, confirm, save what is being typed, restore,
 * reload, say what was done. The picker lists the dated folders natively (scrollable, by keyboard);
 * anything picked that is not one of Gloss's backups is refused with a sentence, never read.
 */
export async function restoreFromBackup(
  userDataDir: string,
  backups: Backups,
  flush: () => Promise<unknown>,
  ui: RestoreUi,
): Promise<void> {
  const root = path.join(userDataDir, 'backups');
  const available = backups.list();
  if (!available.length) {
    await ui.tell('info', 'There is no backup yet.', 'Gloss makes one each day it is used.');
    return;
  }
  const chosen = await ui.chooseFolder(path.join(root, available[0]!.id));
  if (chosen === null) return;
  const id = path.relative(root, chosen);
  const backup = backupIdSchema.safeParse(id).success ? available.find((b) => b.id === id) : undefined;
  if (!backup) {
    await ui.tell(
      'error',
      'That folder is not one of Gloss’s backups.',
      `Pick one of the dated folders in ${root}.`,
    );
    return;
  }
  const confirmed = await ui.confirm(
    `Restore the highlights and notes of ${backup.articles} article${backup.articles === 1 ? '' : 's'} as they were on ${when(backup.created)}?`,
    `${backup.highlights} highlight${backup.highlights === 1 ? '' : 's'} in all. What these articles hold now is backed up first, so this restore can be undone the same way.`,
    'Restore',
  );
  if (!confirmed) return;
  await flush(); // a note being typed belongs in the backup taken before the restore
  try {
    const result = backups.restore(backup.id);
    ui.reload();
    await ui.tell(
      'info',
      `Restored ${result.restored} article${result.restored === 1 ? '' : 's'} from ${when(backup.created)}.`,
      [
        result.skipped
          ? `${result.skipped} article${result.skipped === 1 ? ' is' : 's are'} no longer in the library and ${result.skipped === 1 ? 'was' : 'were'} left out.`
          : '',
        `What they held before is the backup “${result.before}”.`,
      ]
        .filter(Boolean)
        .join(' '),
    );
  } catch (err) {
    await ui.tell(
      'error',
      'The backup could not be restored.',
      err instanceof ServiceError ? err.message : (err as Error).message,
    );
  }
}
