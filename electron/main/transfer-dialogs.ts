import { app, dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { EventSink } from '../../common/ipc/contract';
import type { TransferService } from '../services/transfer/transfer-service';

/**
 * File > Back Up Library… and File > Import Backup or Annotations…: the system's file dialog, then
 * the file handed to the renderer, whose dialog says what will be done (thin: the rest is tested
 * in Node and in the browser). A file chosen to save to is the only one the renderer may then
 * name to write.
 */
export function transferMenuActions(
  window: () => BrowserWindow | null,
  transfer: () => TransferService | null,
  send: EventSink,
) {
  const pick = async (
    options: Electron.SaveDialogOptions | Electron.OpenDialogOptions,
    save: boolean,
  ): Promise<string | null> => {
    const win = window();
    if (!win) return null;
    if (save) {
      const r = await dialog.showSaveDialog(win, options as Electron.SaveDialogOptions);
      return r.canceled ? null : (r.filePath ?? null);
    }
    const r = await dialog.showOpenDialog(win, options as Electron.OpenDialogOptions);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  };
  return {
    backupLibrary: async () => {
      const day = new Date().toISOString().slice(0, 10);
      const file = await pick(
        {
          title: 'Back Up Library',
          defaultPath: path.join(app.getPath('documents'), `Gloss backup ${day}.json`),
          filters: [{ name: 'Gloss backup', extensions: ['json'] }],
        },
        true,
      );
      const service = transfer();
      if (!file || !service) return;
      service.allowWrite(file);
      send('menu.backupTo', { path: file });
    },
    importTransfer: async () => {
      const file = await pick(
        {
          title: 'Import a Backup or Annotations',
          message: 'A Gloss backup, W3C Web Annotations (JSON-LD) or a Hypothesis export (JSON).',
          properties: ['openFile'],
          filters: [{ name: 'Backups and annotations', extensions: ['json', 'jsonld'] }],
        },
        false,
      );
      if (file) send('menu.importTransfer', { path: file });
    },
  };
}
