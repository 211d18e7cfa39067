import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '../../common/ipc/menu-commands';

export interface MenuActions {
  openFile: () => void;
  /** File > Import Folder…: a folder chosen in a dialog, walked and imported by the main process. */
  openFolder?: () => void;
  /** Passes a command to the renderer, which owns undo, the panels and the shortcut sheet. */
  command: (command: MenuCommand) => void;
  /** Shows the user data folder (library, quarantine, trash) in the system's file manager. */
  openDataFolder: () => void;
  /** Puts every article's highlights and notes back as they were in one of the daily backups. */
  restoreBackup: () => void;
  /**
   * Saves the whole library (or the articles picked) to one file, to import elsewhere; and merges
   * such a file, W3C Web Annotations or a Hypothesis export in. The app gives both; a menu built
   * without them (a test of other items) leaves their items out.
   */
  backupLibrary?: () => void;
  importTransfer?: () => void;
}

export interface MenuPlatform {
  isMac: boolean;
  /** Run from source: Reload and the developer tools are there; never in a packaged build. */
  isDev: boolean;
}

/**
 * The application menu as plain data (no Electron call), so that a test in Node can check that
 * every command is in it with its accelerator, and that a release build has no developer items.
 */
export function menuTemplate(
  actions: MenuActions,
  { isMac, isDev }: MenuPlatform,
): MenuItemConstructorOptions[] {
  const item = (command: MenuCommand, label: string = MENU_COMMANDS[command].label) => ({
    label,
    accelerator: MENU_COMMANDS[command].accelerator,
    click: () => actions.command(command),
  });
  const developer: MenuItemConstructorOptions[] = isDev
    ? [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]
    : [];
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Article…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFile() },
        ...(actions.openFolder ? [{ label: 'Import Folder…', click: actions.openFolder }] : []),
        item('import-url'),
        item('export'),
        { type: 'separator' },
        ...(actions.backupLibrary ? [{ label: 'Back Up Library…', click: actions.backupLibrary }] : []),
        ...(actions.importTransfer
          ? [{ label: 'Import Backup or Annotations…', click: actions.importTransfer }]
          : []),
        { label: 'Restore Highlights from a Backup…', click: () => actions.restoreBackup() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        item('undo'),
        item('redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        item('toggle-library', 'Show or Hide the Library'),
        item('toggle-side-panel', 'Show or Hide the Side Panel'),
        item('focus-mode'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...developer,
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        item('shortcuts'),
        { label: 'Show the Data Folder', click: () => actions.openDataFolder() },
        // macOS has About in the app menu.
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const, label: 'About Gloss' }]),
      ],
    },
  ];
}
