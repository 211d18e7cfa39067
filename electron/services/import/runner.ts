import { createWorkerClient, WorkerFailure } from '../worker-rpc';
import { IMPORT_ERROR_CODES, ImportError, type ImportErrorCode } from './errors';
import { importDocument, type ImportedDocument, type ImportInput } from './index';

/** Reads files into articles: in the app on a worker thread, in tests and tools on the caller's. */
export interface Importer {
  import(input: ImportInput): Promise<ImportedDocument>;
  close(): Promise<void>;
}

/** Imports on the calling thread: for tests and tools, where blocking does not matter. */
export function createInProcessImporter(): Importer {
  return { import: (input) => importDocument(input), close: async () => {} };
}

/** How long one file may take to parse before the worker is stopped and the file refused. */
export const IMPORT_TIMEOUT_MS = 60_000;

/**
 * Imports on a worker thread. jsdom and Readability on a 20,000-word page take over a second, and
 * a pathological page much longer; on the main process that would stall every IPC call (saving a
 * note included). One file at a time: a file that takes longer than `timeoutMs` has its worker
 * stopped and is refused with a message; the next file gets a fresh worker.
 */
export function createWorkerImporter(workerFile: string, timeoutMs = IMPORT_TIMEOUT_MS): Importer {
  const client = createWorkerClient<ImportInput, ImportedDocument>(workerFile, {
    reviveError: (e) =>
      e.code && IMPORT_ERROR_CODES.includes(e.code as ImportErrorCode)
        ? new ImportError(e.code as ImportErrorCode, e.message)
        : new Error(e.message),
  });
  let queue: Promise<unknown> = Promise.resolve();
  // A worker that fails before it ever answered (its file missing from a broken install, a module
  // it cannot load) must not cost the user their import: files are then read on this thread, as
  // before workers. Once it has worked, a failure is the file's (running out of memory on it).
  let unavailable = false;

  const run = (input: ImportInput): Promise<ImportedDocument> =>
    client.call(input, timeoutMs).catch((err: unknown) => {
      if (!(err instanceof WorkerFailure)) throw err;
      if (err.kind === 'timeout')
        throw new ImportError(
          'too-slow',
          `“${input.fileName}” took longer than ${Math.round(timeoutMs / 1000)} s to read and was not imported. Your library is unchanged.`,
        );
      if (err.answeredBefore || err.code === 'ERR_WORKER_OUT_OF_MEMORY') throw err;
      unavailable = true;
      console.error(`import worker unavailable, importing on the main thread: ${err.message}`);
      return importDocument(input);
    });

  return {
    import(input) {
      const next = queue.then(() => (unavailable ? importDocument(input) : run(input)));
      queue = next.catch(() => {});
      return next;
    },
    close: client.close,
  };
}
