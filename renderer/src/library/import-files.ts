/**
 * The renderer's one way to import: the Open button, a drop on the window and the File menu's
 * `menu.openFiles` event all come here, hand the main process file paths (never contents), and
 * get one outcome per file, whose message is the main process's, the same whichever way in.
 */
import type { GlossApi } from '../../../common/ipc/bridge';
import type { EventPayload, ImportOutcome } from '../../../common/ipc/contract';
import { gloss } from '../api';

/** The most paths one request carries (the contract's limit). */
const BATCH = 200;

export type ImportProgress = EventPayload<'import.progress'>;

/**
 * Imports files chosen or dropped (File objects) or named by path (the File menu), in order.
 * A File that is not on disk (dragged out of a web page, say) has no path and is refused here.
 * `onProgress` hears each file done, counted over all the requests (each request's own
 * `import.progress` counts only its batch).
 */
export async function importFiles(
  files: readonly (File | string)[],
  api: GlossApi = gloss(),
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportOutcome[]> {
  const outcomes: (ImportOutcome | null)[] = [];
  const paths: { at: number; path: string }[] = [];
  files.forEach((f, at) => {
    const path = typeof f === 'string' ? f : api.pathForFile(f);
    if (path) {
      paths.push({ at, path });
      outcomes.push(null);
    } else {
      const fileName = typeof f === 'string' ? f : f.name;
      outcomes.push({
        path: '',
        fileName,
        ok: false,
        code: 'no-path',
        message: `“${fileName}” is not a file on this computer, so Gloss cannot open it. Save it to a folder first, then open it from there.`,
      });
    }
  });
  for (let i = 0; i < paths.length; i += BATCH) {
    const batch = paths.slice(i, i + BATCH);
    const stop = onProgress
      ? api.on('import.progress', (p) => onProgress({ ...p, done: i + p.done, total: paths.length }))
      : () => {};
    try {
      const got = await api.library.importFiles({ paths: batch.map((p) => p.path) });
      batch.forEach((p, j) => (outcomes[p.at] = got[j]!));
    } finally {
      stop();
    }
  }
  return outcomes as ImportOutcome[];
}

/** The one message a file's outcome gives the user: its warnings, if any, in the same message. */
export function outcomeMessage(outcome: ImportOutcome): {
  level: 'info' | 'warning' | 'error';
  message: string;
} {
  if (!outcome.ok) return { level: 'error', message: outcome.message };
  if (outcome.warnings.length)
    return { level: 'warning', message: [outcome.message, ...outcome.warnings].join(' ') };
  return { level: 'info', message: outcome.message };
}

/** The article to open after an import: the last file that imported, or was already there. */
export function articleToOpen(outcomes: readonly ImportOutcome[]): string | null {
  for (let i = outcomes.length - 1; i >= 0; i--) {
    const o = outcomes[i]!;
    if (o.ok) return o.article.id;
  }
  return null;
}
