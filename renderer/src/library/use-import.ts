import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FolderImportSummary, ImportOutcome } from '../../../common/ipc/contract';
import { combineSummaries, summarize } from '../../../common/ipc/import-summary';
import { errorMessage } from '../api';
import type { AppModules } from '../state/app';
import { articleToOpen, importFiles, outcomeMessage, type ImportProgress } from './import-files';

/** From this many files at once, a progress bar and one summary instead of a toast per file. */
export const MANY_FILES = 10;

/**
 * Imports chosen, dropped or menu-opened files through the one import path: one toast per file,
 * with the main process's words (or, for many, the import sheet's bar and summary), then the last
 * one that came in is opened. Dropped folders are imported whole, with the sheet.
 */
export function useImport(m: AppModules, sheet: ImportSheet) {
  return useCallback(
    async (files: readonly (File | string)[]) => {
      if (files.length === 0) return;
      try {
        const many = files.length >= MANY_FILES;
        const outcomes = many
          ? await sheet.runFiles(files.length, (progress) => importFiles(files, m.api, progress))
          : await importFiles(files, m.api);
        if (!many) {
          for (const o of outcomes) if (!isFolder(o)) m.toasts.push(outcomeMessage(o));
          const folders = outcomes.filter(isFolder).map((o) => o.path);
          if (folders.length) await sheet.importFolders(folders);
        }
        await m.library.refresh();
        const open = articleToOpen(outcomes);
        if (open) await m.library.open(open);
      } catch (err) {
        m.onError(errorMessage(err));
      } finally {
        m.toasts.dismissKey(IMPORT_PROGRESS);
      }
    },
    [m, sheet],
  );
}

/** A dropped folder comes back from the file import as this refusal; the sheet imports it whole. */
const isFolder = (o: ImportOutcome): boolean => !o.ok && o.code === 'folder';

/** The one toast that counts files in, replaced as each is done. */
export const IMPORT_PROGRESS = 'import-progress';

export interface ImportSheetState {
  /** What came in together: files chosen or dropped, and folders (their paths). */
  source: { files: number; folders: string[] };
  /** Files done so far, of how many, and the last one done (from `import.progress`). */
  progress: { done: number; total: number; fileName: string } | null;
  /** All of it, one summary: what came in, what was a copy, what was refused and why. */
  summary: FolderImportSummary | null;
  /** Why a part could not be imported at all (a folder that is gone, say). */
  error: string | null;
}

let sheets = 0;
/** While the import sheet runs, its progress bar says how far it is: the per-file toast stays quiet. */
export const importSheetRunning = (): boolean => sheets > 0;

/** What starts the sheet; stable across its progress, so callers' callbacks are too. */
export interface ImportSheet {
  /** Folders one after another (File > Import Folder…, a drop), under one bar and one summary. */
  importFolders: (folders: string[]) => Promise<void>;
  /** Many files at once; a folder among them is imported after them, on the same sheet. */
  runFiles: (
    count: number,
    work: (progress: (p: ImportProgress) => void) => Promise<ImportOutcome[]>,
  ) => Promise<ImportOutcome[]>;
}

type Progress = (p: ImportProgress) => void;
/** A run's parts as they are done, and why any could not be done: the sheet tells them as one. */
interface Told {
  parts: FolderImportSummary[];
  errors: string[];
}

/**
 * The import sheet: folders (the main process walks each) or many files at once, a progress bar as
 * each file is done, then one summary of everything that came in together, on screen until closed.
 */
export function useImportSheet(m: AppModules) {
  const [state, setState] = useState<ImportSheetState | null>(null);
  const run = useCallback(
    async <T>(source: ImportSheetState['source'], work: (progress: Progress, told: Told) => Promise<T>) => {
      // one import at a time: a second would take over the sheet and the first's end overwrite it
      if (sheets > 0) {
        m.toasts.push({
          level: 'warning',
          message: 'Gloss is still importing. Try again when the import on screen is done.',
        });
        return null;
      }
      setState({ source, progress: null, summary: null, error: null });
      sheets++;
      const progress: Progress = (p) => setState((s) => (s && !s.summary ? { ...s, progress: p } : s));
      const told: Told = { parts: [], errors: [] };
      try {
        return await work(progress, told);
      } catch (err) {
        told.errors.push(errorMessage(err));
        return null;
      } finally {
        sheets--;
        const summary = told.parts.length ? combineSummaries(told.parts) : null;
        const error = told.errors.length ? told.errors.join(' ') : null;
        setState((s) => s && { ...s, summary, error });
      }
    },
    [m],
  );
  // one request per folder: its own progress events count it all; a folder that fails says why
  // and the others still come in
  const folderSteps = useCallback(
    async (folders: readonly string[], progress: Progress, told: Told) => {
      for (const folder of folders) {
        const stop = m.api.on('import.progress', progress);
        try {
          told.parts.push(await m.api.library.importFolder({ path: folder }));
        } catch (err) {
          told.errors.push(errorMessage(err));
        } finally {
          stop();
        }
      }
    },
    [m],
  );
  const importFolders = useCallback(
    async (folders: string[]) => {
      await run({ files: 0, folders }, (progress, told) => folderSteps(folders, progress, told));
      await m.library.refresh();
    },
    [m, run, folderSteps],
  );
  const runFiles = useCallback(
    async (count: number, work: (progress: Progress) => Promise<ImportOutcome[]>) =>
      (await run({ files: count, folders: [] }, async (progress, told) => {
        const outcomes = await work(progress);
        const files = outcomes.filter((o) => !isFolder(o));
        if (files.length) told.parts.push({ folder: '', ...summarize(files), ignored: 0, truncated: null });
        const folders = outcomes.filter(isFolder).map((o) => o.path);
        if (folders.length) {
          setState((s) => s && { ...s, source: { files: files.length, folders }, progress: null });
          await folderSteps(folders, progress, told);
        }
        return outcomes;
      })) ?? [],
    [run, folderSteps],
  );
  useEffect(() => m.api.on('menu.openFolder', ({ path }) => void importFolders([path])), [m, importFolders]);
  const close = useCallback(() => setState((s) => (s && (s.summary || s.error) ? null : s)), []);
  const start: ImportSheet = useMemo(() => ({ importFolders, runFiles }), [importFolders, runFiles]);
  return { state, start, close };
}
