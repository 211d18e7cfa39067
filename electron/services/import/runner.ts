import { Worker } from 'node:worker_threads';
import { ImportError, type ImportErrorCode } from './errors';
import { importDocument, type ImportedDocument, type ImportInput } from './index';

/** Reads files into articles: in the app on a worker thread, in tests and tools on the caller's. */
export interface Importer {
  import(input: ImportInput): Promise<ImportedDocument>;
  close(): Promise<void>;
}

export interface ImportRequest {
  input: ImportInput;
}
export type ImportResponse =
  { ok: true; doc: ImportedDocument } | { ok: false; code: ImportErrorCode | null; message: string };

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
 * stopped (the only way to interrupt a synchronous parse) and is refused with a message; the next
 * file gets a fresh worker.
 */
export function createWorkerImporter(workerFile: string, timeoutMs = IMPORT_TIMEOUT_MS): Importer {
  let worker: Worker | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  // A worker that fails before it ever answered (its file missing from a broken install, a module
  // it cannot load) must not cost the user their import: files are then read on this thread, as
  // before workers. Once it has worked, a failure is the file's (running out of memory on it).
  let unavailable = false;
  let everAnswered = false;

  const stop = async (): Promise<void> => {
    const w = worker;
    worker = null;
    if (w) await w.terminate();
  };

  const start = (): Worker => {
    const w = new Worker(workerFile);
    w.unref();
    return w;
  };

  const run = (input: ImportInput): Promise<ImportedDocument> =>
    new Promise<ImportedDocument>((resolve, reject) => {
      const w = (worker ??= start());
      const done = (): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      const timer = setTimeout(() => {
        done();
        void stop();
        reject(
          new ImportError(
            'too-slow',
            `“${input.fileName}” took longer than ${Math.round(timeoutMs / 1000)} s to read and was not imported. Your library is unchanged.`,
          ),
        );
      }, timeoutMs);
      const onMessage = (res: ImportResponse): void => {
        everAnswered = true;
        done();
        if (res.ok) resolve(res.doc);
        else reject(res.code ? new ImportError(res.code, res.message) : new Error(res.message));
      };
      const onError = (err: Error): void => {
        done();
        worker = null;
        const code = (err as NodeJS.ErrnoException).code;
        if (!everAnswered && code !== 'ERR_WORKER_OUT_OF_MEMORY') {
          unavailable = true;
          console.error(`import worker unavailable, importing on the main thread: ${err.message}`);
          importDocument(input).then(resolve, reject);
        } else reject(err);
      };
      const onExit = (code: number): void => {
        done();
        worker = null;
        reject(new Error(`the import worker stopped (exit code ${code})`));
      };
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage({ input } satisfies ImportRequest);
    });

  return {
    import(input) {
      const next = queue.then(() => (unavailable ? importDocument(input) : run(input)));
      queue = next.catch(() => {});
      return next;
    },
    close: stop,
  };
}
