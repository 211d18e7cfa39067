import { useCallback } from 'react';
import type { AppModules } from '../state/app';
import { articleToOpen, importFiles, outcomeMessage } from './import-files';

/**
 * Imports chosen, dropped or menu-opened files through the one import path: one toast per file,
 * with the main process's words, then the last one that came in is opened.
 */
export function useImport(m: AppModules) {
  return useCallback(
    async (files: readonly (File | string)[]) => {
      if (files.length === 0) return;
      try {
        const outcomes = await importFiles(files, m.api);
        for (const o of outcomes) m.toasts.push(outcomeMessage(o));
        await m.library.refresh();
        const open = articleToOpen(outcomes);
        if (open) await m.library.open(open);
      } catch (err) {
        m.onError(err instanceof Error ? err.message : String(err));
      } finally {
        m.toasts.dismissKey(IMPORT_PROGRESS);
      }
    },
    [m],
  );
}

/** The one toast that counts files in, replaced as each is done. */
export const IMPORT_PROGRESS = 'import-progress';
