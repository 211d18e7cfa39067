/**
 * The application menu's commands that the renderer carries out, with their labels and
 * accelerators (Electron's syntax), so that the menu and the renderer's shortcut sheet name the
 * same keys from one list.
 */
export const MENU_COMMANDS = {
  undo: { label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  redo: { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
  'toggle-library': { label: 'Library Sidebar', accelerator: 'CmdOrCtrl+Shift+L' },
  'toggle-side-panel': { label: 'Side Panel', accelerator: 'CmdOrCtrl+Shift+P' },
  'focus-mode': { label: 'Focused Reading', accelerator: 'CmdOrCtrl+Shift+F' },
  shortcuts: { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/' },
  export: { label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E' },
  'import-url': { label: 'Import URL…', accelerator: 'CmdOrCtrl+Shift+O' },
} as const;

export type MenuCommand = keyof typeof MENU_COMMANDS;
export const MENU_COMMAND_NAMES = Object.keys(MENU_COMMANDS) as [MenuCommand, ...MenuCommand[]];
