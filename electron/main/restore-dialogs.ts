import { dialog, type BrowserWindow } from 'electron';
import type { RestoreUi } from '../services/backup/restore-flow';

/** The restore command's dialogs, as Electron's native ones over the window (thin: the flow is tested in Node). */
export function restoreDialogs(window: () => BrowserWindow | null): RestoreUi {
  const box = (options: Electron.MessageBoxOptions) => {
    const win = window();
    return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
  };
  return {
    chooseFolder: async (defaultPath) => {
      const options: Electron.OpenDialogOptions = {
        title: 'Restore Highlights from a Backup',
        buttonLabel: 'Choose This Backup',
        message: 'Each folder is one day’s backup of every article’s highlights and notes.',
        defaultPath,
        properties: ['openDirectory'],
      };
      const win = window();
      const result = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    confirm: async (message, detail, button) =>
      (
        await box({
          type: 'question',
          message,
          detail,
          buttons: [button, 'Cancel'],
          defaultId: 0,
          cancelId: 1,
        })
      ).response === 0,
    tell: async (level, message, detail) => {
      await box({
        type: level === 'error' ? 'error' : 'info',
        message,
        detail: detail ?? '',
        buttons: ['OK'],
      });
    },
    reload: () => window()?.webContents.reload(),
  };
}
