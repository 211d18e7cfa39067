/** Entry point of the import worker thread (bundled as dist/electron/import-worker.js). */
import { parentPort } from 'node:worker_threads';
import { ImportError } from './errors';
import { importDocument } from './index';
import type { ImportRequest, ImportResponse } from './runner';

parentPort?.on('message', (req: ImportRequest) => {
  void importDocument(req.input).then(
    (doc) => parentPort?.postMessage({ ok: true, doc } satisfies ImportResponse),
    (err: unknown) =>
      parentPort?.postMessage({
        ok: false,
        code: err instanceof ImportError ? err.code : null,
        message: (err as Error).message,
      } satisfies ImportResponse),
  );
});
