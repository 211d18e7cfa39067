/**
 * The import worker with one addition for tests: a file named hang.html blocks the thread for
 * good, so the importer's time limit is tested without depending on how fast a big page parses.
 */
import { importDocument } from '../../electron/services/import';
import { serveRequests } from '../../electron/services/worker-rpc';

serveRequests((input: Parameters<typeof importDocument>[0]) => {
  if (input.fileName === 'hang.html') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  return importDocument(input);
});
