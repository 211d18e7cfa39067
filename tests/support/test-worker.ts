/**
 * A worker for the worker-RPC tests, on the real serveRequests: each request names what the
 * worker does, so every way a worker answers or fails can be caused on purpose.
 */
import { serveRequests } from '../../electron/services/worker-rpc';

export type TestRequest =
  | { do: 'echo'; value: string; afterMs?: number }
  | { do: 'refuse'; code: string; message: string }
  | { do: 'hang' }
  | { do: 'exit'; code: number };

serveRequests(async (req: TestRequest) => {
  switch (req.do) {
    case 'echo':
      if (req.afterMs) await new Promise((r) => setTimeout(r, req.afterMs));
      return req.value;
    case 'refuse':
      throw Object.assign(new Error(req.message), { code: req.code });
    case 'hang':
      // Blocks the thread for good, as a pathological parse does: only terminating it ends this.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      return 'never';
    case 'exit':
      process.exit(req.code);
  }
});
