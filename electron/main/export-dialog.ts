import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';

/** The system's folder picker for an export (the only part of exporting that needs Electron). */
export async function chooseExportFolder(win: BrowserWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Export into a folder',
    buttonLabel: 'Export Here',
    properties: ['openDirectory', 'createDirectory'],
  };
  const result = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
