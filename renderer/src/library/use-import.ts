import { useCallback, useEffect, useState } from 'react';
import type { FolderImportSummary } from '../../../common/ipc/contract';
import type { AppModules } from '../state/app';
import { articleToOpen, importFiles, outcomeMessage } from './import-files';

/**
 * Imports chosen, dropped or menu-opened files through the one import path: one toast per file,
 * with the main process's words, then the last one that came in is opened.
 */
export function useImport(m: AppModules, importFolder?: (path: string) => Promise<void>) {
  return useCallback(
    async (files: readonly (File | string)[]) => {
      if (files.length === 0) return;
      try {
        const outcomes = await importFiles(files, m.api);
        // A dropped folder is imported whole, with its progress bar and summary.
        const folders = importFolder ? outcomes.filter((o) => !o.ok && o.code === 'folder') : [];
        for (const o of outcomes) if (!folders.includes(o)) m.toasts.push(outcomeMessage(o));
        for (const f of folders) await importFolder!(f.path);
        await m.library.refresh();
        const open = articleToOpen(outcomes);
        if (open) await m.library.open(open);
      } catch (err) {
        m.onError(err instanceof Error ? err.message : String(err));
      } finally {
        m.toasts.dismissKey(IMPORT_PROGRESS);
      }
    },
    [m, importFolder],
  );
}

/** The one toast that counts files in, replaced as each is done. */
export const IMPORT_PROGRESS = 'import-progress';

export interface FolderImportState {
  folder: string;
  /** Files done so far, of how many, and the last one done (from `import.progress`). */
  progress: { done: number; total: number; fileName: string } | null;
  summary: FolderImportSummary | null;
  error: string | null;
}

let folderImports = 0;
/** While a folder imports, its progress bar says how far it is: the per-file toast stays quiet. */
export const folderImportRunning = (): boolean => folderImports > 0;

/**
 * File > Import Folder…: the main process walks the folder and imports it, telling how far it got
 * as each file is done; the summary stays on screen until closed.
 */
export function useFolderImport(m: AppModules) {
  const [state, setState] = useState<FolderImportState | null>(null);
  const importFolder = useCallback(
    async (folder: string) => {
      setState({ folder, progress: null, summary: null, error: null });
      folderImports++;
      const stop = m.api.on('import.progress', (p) =>
        setState((s) => (s && !s.summary ? { ...s, progress: p } : s)),
      );
      try {
        const summary = await m.api.library.importFolder({ path: folder });
        setState((s) => ({ ...(s ?? { folder, progress: null, error: null }), summary }));
        await m.library.refresh();
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        setState((s) => ({ ...(s ?? { folder, progress: null, summary: null }), error }));
      } finally {
        stop();
        folderImports--;
      }
    },
    [m],
  );
  useEffect(() => m.api.on('menu.openFolder', ({ path }) => void importFolder(path)), [m, importFolder]);
  const close = useCallback(() => setState((s) => (s && (s.summary || s.error) ? null : s)), []);
  return { state, importFolder, close };
}
