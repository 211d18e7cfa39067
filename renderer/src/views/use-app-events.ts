import { useEffect } from 'react';
import type { MenuCommand } from '../../../common/ipc/menu-commands';
import { IMPORT_PROGRESS, importSheetRunning } from '../library/use-import';
import type { AppModules } from '../state/app';
import { keyCommand, type KeyCommand } from '../state/keys';
import { flushAllSessions } from '../state/session/use-session';
import { useDesktopEvents } from './use-desktop-events';

/**
 * What reaches the app from outside its views: keys pressed anywhere, the window going away, and
 * the main process's messages. Each becomes a command on the state modules.
 */
export function useAppEvents(
  m: AppModules,
  run: (c: KeyCommand) => void,
  importPaths: (paths: string[]) => Promise<void>,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      const typing = !!target?.closest('textarea, input, select, [contenteditable]');
      const cmd = keyCommand(e, { selection: m.selection.getState().selection !== null, typing });
      if (!cmd) return;
      e.preventDefault();
      run(cmd);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [m, run]);

  useEffect(() => {
    // The last chance to write what is being typed; the write is sent before the page goes.
    const flush = () => void flushAllSessions();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  // The main process's messages: its menu, the File menu's files, import progress, a quit.
  useEffect(() => {
    const api = m.api;
    const stops = [
      api.on('menu.command', ({ command }) => {
        // In a note, Edit > Undo undoes typing, as the field's own Ctrl+Z does.
        const field = document.activeElement?.closest('textarea, input');
        if (field && (command === 'undo' || command === 'redo')) document.execCommand(command);
        else run(MENU_TO_KEY[command]);
      }),
      api.on('menu.openFiles', ({ paths }) => void importPaths(paths)),
      api.on('import.progress', ({ fileName, done, total }) => {
        if (total > 1 && done < total && !importSheetRunning())
          m.toasts.push(
            {
              level: 'info',
              key: IMPORT_PROGRESS,
              message: `Importing ${done + 1} of ${total} (${fileName} done)…`,
            },
            0,
          );
      }),
      api.on('app.flush', ({ requestId }) => {
        void flushAllSessions().finally(() => void api.app.flushed({ requestId }).catch(() => {}));
      }),
      api.on('app.notice', (n) => void m.toasts.push({ level: n.level, message: n.message })),
    ];
    return () => stops.forEach((stop) => stop());
  }, [m, run, importPaths]);
  useDesktopEvents(m, run);
}

const MENU_TO_KEY: Record<MenuCommand, KeyCommand> = {
  undo: { type: 'undo' },
  redo: { type: 'redo' },
  'toggle-library': { type: 'toggle-library' },
  'import-url': { type: 'import-url' },
  'toggle-side-panel': { type: 'toggle-panel' },
  'focus-mode': { type: 'focus-mode' },
  shortcuts: { type: 'shortcuts' },
  export: { type: 'export' },
};
