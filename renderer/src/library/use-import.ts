import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FolderImportSummary, ImportOutcome } from '../../../common/ipc/contract';
import { summarize } from '../../../common/ipc/import-summary';
import type { AppModules } from '../state/app';
import { articleToOpen, importFiles, outcomeMessage, type ImportProgress } from './import-files';

/** From this many files at once, a progress bar and one summary instead of a toast per file. */
export const MANY_FILES = 10;

/**
 * Imports chosen, dropped or menu-opened files through the one import path: one toast per file,
 * with the main process's words (or, for many, the import sheet's bar and summary), then the last
 * one that came in is opened. A dropped folder is imported whole, with the sheet.
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
        const folders = outcomes.filter(isFolder);
        if (!many) for (const o of outcomes) if (!folders.includes(o)) m.toasts.push(outcomeMessage(o));
        for (const f of folders) await sheet.importFolder(f.path);
        await m.library.refresh();
        const open = articleToOpen(outcomes);
        if (open) await m.library.open(open);
      } catch (err) {
        m.onError(err instanceof Error ? err.message : String(err));
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
  /** A folder (its path), or a number of files chosen or dropped together. */
  source: { folder: string } | { files: number };
  /** Files done so far, of how many, and the last one done (from `import.progress`). */
  progress: { done: number; total: number; fileName: string } | null;
  summary: FolderImportSummary | null;
  error: string | null;
}

let sheets = 0;
/** While the import sheet runs, its progress bar says how far it is: the per-file toast stays quiet. */
export const importSheetRunning = (): boolean => sheets > 0;

/** What starts the sheet; stable across its progress, so callers' callbacks are too. */
export interface ImportSheet {
  importFolder: (folder: string) => Promise<void>;
  runFiles: (
    count: number,
    work: (progress: (p: ImportProgress) => void) => Promise<ImportOutcome[]>,
  ) => Promise<ImportOutcome[]>;
}

/**
 * The import sheet: File > Import Folder… (the main process walks the folder) or many files at
 * once, a progress bar as each file is done, then the summary, on screen until closed.
 */
export function useImportSheet(m: AppModules) {
  const [state, setState] = useState<ImportSheetState | null>(null);
  const run = useCallback(
    async <T>(
      source: ImportSheetState['source'],
      work: (progress: (p: ImportProgress) => void) => Promise<T>,
      sum: (t: T) => FolderImportSummary,
    ) => {
      setState({ source, progress: null, summary: null, error: null });
      sheets++;
      const progress = (p: ImportProgress) => setState((s) => (s && !s.summary ? { ...s, progress: p } : s));
      try {
        const out = await work(progress);
        setState((s) => s && { ...s, summary: sum(out) });
        return out;
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        setState((s) => s && { ...s, error });
        return null;
      } finally {
        sheets--;
      }
    },
    [m],
  );
  const importFolder = useCallback(
    async (folder: string) => {
      // one request for the whole folder: its own progress events count it all
      const got = await run(
        { folder },
        async (progress) => {
          const stop = m.api.on('import.progress', progress);
          try {
            return await m.api.library.importFolder({ path: folder });
          } finally {
            stop();
          }
        },
        (x) => x,
      );
      if (got) await m.library.refresh();
    },
    [m, run],
  );
  const runFiles = useCallback(
    async (count: number, work: (progress: (p: ImportProgress) => void) => Promise<ImportOutcome[]>) =>
      (await run({ files: count }, work, (outcomes) => ({
        folder: '',
        // A folder among the files is imported on its own, with its own summary.
        ...summarize(outcomes.filter((o) => !isFolder(o))),
        ignored: 0,
        truncated: null,
      }))) ?? [],
    [run],
  );
  useEffect(() => m.api.on('menu.openFolder', ({ path }) => void importFolder(path)), [m, importFolder]);
  const close = useCallback(() => setState((s) => (s && (s.summary || s.error) ? null : s)), []);
  const start: ImportSheet = useMemo(() => ({ importFolder, runFiles }), [importFolder, runFiles]);
  return { state, start, close };
}
