/**
 * Every keyboard shortcut: the one list the shortcut sheet shows and the one map from a key press
 * to a command, so the two cannot disagree.
 */
import { MENU_COMMANDS, type MenuCommand } from '../../../common/ipc/menu-commands';
import type { HighlightColor } from '../../../common/model/annotation';
import { colorForKey } from '../reader/colors';

export type KeyCommand =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'highlight'; color: HighlightColor; note: boolean }
  | { type: 'shortcuts' }
  | { type: 'close' }
  | { type: 'toggle-library' }
  | { type: 'toggle-panel' }
  | { type: 'focus-mode' }
  | { type: 'find' }
  | { type: 'export' }
  | { type: 'import-url' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface KeyContext {
  /** Text is selected in the article. */
  selection: boolean;
  /** Focus is in a field the user types into: plain keys are theirs. */
  typing: boolean;
}

export function keyCommand(e: KeyPress, ctx: KeyContext): KeyCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (e.key === 'Escape') return { type: 'close' };
  if (mod && !e.altKey) {
    // In a field, its own undo edits the text being typed; the app's other keys are no field's.
    if (key === 'z' && !ctx.typing) return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y' && e.ctrlKey && !e.shiftKey && !ctx.typing) return { type: 'redo' };
    // The View menu's accelerators, for where there is no menu (and the same keys where there is).
    if (key === 'l' && e.shiftKey) return { type: 'toggle-library' };
    if (key === 'p' && e.shiftKey) return { type: 'toggle-panel' };
    if (key === 'o' && e.shiftKey) return { type: 'import-url' };
    if (key === 'f' && e.shiftKey) return { type: 'focus-mode' };
    if (key === 'e' && e.shiftKey) return { type: 'export' };
    if (e.key === '/' && !e.shiftKey) return { type: 'shortcuts' };
    if (key === 'f' && !e.shiftKey) return { type: 'find' };
    return null;
  }
  // plain keys are what is typed
  if (ctx.typing || e.altKey) return null;
  if (e.key === '?') return { type: 'shortcuts' };
  if (!ctx.selection || e.shiftKey) return null;
  if (key === 'h') return { type: 'highlight', color: 'yellow', note: false };
  if (key === 'n') return { type: 'highlight', color: 'yellow', note: true };
  const color = colorForKey(e.key);
  return color ? { type: 'highlight', color, note: false } : null;
}

/** A menu command's accelerator as the sheet and tooltips show it. */
export const accel = (c: MenuCommand) => MENU_COMMANDS[c].accelerator.replace('CmdOrCtrl', 'Ctrl');

/** What the shortcut sheet lists, grouped as a reader looks for them. */
export const SHORTCUTS: { group: string; keys: { keys: string[]; what: string }[] }[] = [
  {
    group: 'Reading',
    keys: [
      { keys: ['PageDown', 'Space', '↓'], what: 'Scroll the article (click it or Tab to it first)' },
      { keys: ['PageUp', 'Shift+Space', '↑'], what: 'Scroll back' },
      { keys: ['←', '→'], what: 'Show the caret in the article, then move it' },
      { keys: ['Ctrl+←', 'Ctrl+→'], what: 'Move the caret by word' },
      { keys: ['Ctrl+↑', 'Ctrl+↓'], what: 'Move the caret by paragraph' },
      { keys: ['Shift+←', 'Shift+→'], what: 'Select from the caret, by letter' },
      { keys: ['Ctrl+Shift+←', 'Ctrl+Shift+→'], what: 'Select by word' },
      { keys: ['Ctrl+Shift+↑', 'Ctrl+Shift+↓'], what: 'Select by sentence' },
      { keys: ['Shift+↑', 'Shift+↓'], what: 'Select by line' },
      { keys: ['Ctrl+F'], what: 'Find in the article (Enter: next, Shift+Enter: previous)' },
      { keys: [accel('toggle-library')], what: 'Hide or show the library' },
      { keys: [accel('toggle-side-panel')], what: 'Hide or show the side panel' },
      { keys: [accel('focus-mode')], what: 'Focused reading: only the text, full screen (Esc leaves)' },
    ],
  },
  {
    group: 'Highlights and notes',
    keys: [
      { keys: ['1', '2', '3', '4', '5', '6'], what: 'Highlight the selection in a color' },
      { keys: ['H'], what: 'Highlight the selection in yellow' },
      { keys: ['N'], what: 'Highlight the selection and write a note' },
      { keys: ['Ctrl+Enter'], what: 'Finish a note' },
    ],
  },
  {
    group: 'Library',
    keys: [
      { keys: ['Ctrl+click', 'Space'], what: 'Choose an article (Space on its box, Tab from its title)' },
      { keys: ['Shift+click'], what: 'Choose the run from the last one chosen' },
      { keys: ['Ctrl+A'], what: 'Choose every article the list shows (in the list)' },
      { keys: ['Escape'], what: 'Let go of the chosen articles (in the list or its bar)' },
    ],
  },
  {
    group: 'Everywhere',
    keys: [
      { keys: [accel('undo')], what: 'Undo (highlights, notes, corrections)' },
      { keys: [accel('redo'), 'Ctrl+Y'], what: 'Redo' },
      { keys: ['Escape'], what: 'Close a card or popover, back to where you were' },
      { keys: ['?', accel('shortcuts')], what: 'This list of shortcuts' },
      { keys: [accel('export')], what: 'Export highlights, notes or quotations' },
      { keys: [accel('import-url')], what: 'Import a web page by its address' },
      { keys: ['← →', 'Home', 'End'], what: 'Move between the side panel’s tabs' },
    ],
  },
];
