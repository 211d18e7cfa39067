/**
 * Requests and answers over a worker thread, for the analysis and import workers alike: each call
 * gets an id and its own answer, may have a time limit (past it the worker is stopped, the only way
 * to interrupt a synchronous parse, and the next call starts a fresh one), and a worker that
 * crashes or cannot load fails every call it held instead of leaving them waiting.
 */
import { parentPort, Worker } from 'node:worker_threads';

interface Request<I> {
  id: number;
  input: I;
}
/** An error as it crosses the thread boundary: only data survives structured cloning. */
export interface WireError {
  code: string | null;
  message: string;
}
type Response<O> = { id: number; ok: true; value: O } | { id: number; ok: false; error: WireError };

/** The worker itself failed (as opposed to answering that the input was refused). */
export class WorkerFailure extends Error {
  constructor(
    readonly kind: 'timeout' | 'crash',
    message: string,
    /** Whether any worker of this client had answered before: one that never did may not load. */
    readonly answeredBefore: boolean,
    /** Node's code for the crash, e.g. ERR_WORKER_OUT_OF_MEMORY. */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

export interface WorkerClient<I, O> {
  call(input: I, timeoutMs?: number): Promise<O>;
  close(): Promise<void>;
}

export function createWorkerClient<I, O>(
  file: string,
  options: { workerData?: unknown; reviveError?: (error: WireError) => Error } = {},
): WorkerClient<I, O> {
  const revive = options.reviveError ?? ((e) => new Error(e.message));
  let worker: Worker | null = null;
  let nextId = 1;
  let answered = false;
  const pending = new Map<
    number,
    { on: Worker; resolve: (v: O) => void; reject: (e: Error) => void; timer: NodeJS.Timeout | undefined }
  >();

  const failAll = (w: Worker, err: WorkerFailure): void => {
    if (worker === w) worker = null;
    for (const [id, p] of pending) {
      // Calls made since on a fresh worker are not this one's to fail.
      if (p.on !== w) continue;
      clearTimeout(p.timer);
      pending.delete(id);
      p.reject(err);
    }
  };

  const start = (): Worker => {
    const w = new Worker(file, { workerData: options.workerData });
    w.on('message', (res: Response<O>) => {
      answered = true;
      const p = pending.get(res.id);
      if (!p) return;
      pending.delete(res.id);
      clearTimeout(p.timer);
      if (res.ok) p.resolve(res.value);
      else p.reject(revive(res.error));
    });
    w.on('error', (err: Error & { code?: string }) =>
      failAll(w, new WorkerFailure('crash', err.message, answered, err.code ?? null)),
    );
    w.on('exit', (code) =>
      failAll(w, new WorkerFailure('crash', `the worker stopped (exit code ${code})`, answered)),
    );
    // Never what keeps the process alive: quitting must not wait for an idle worker.
    w.unref();
    return w;
  };

  const stop = async (): Promise<void> => {
    const w = worker;
    worker = null;
    if (w) await w.terminate();
  };

  return {
    call(input, timeoutMs) {
      const w = (worker ??= start());
      const id = nextId++;
      return new Promise<O>((resolve, reject) => {
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                pending.delete(id);
                reject(new WorkerFailure('timeout', `no answer within ${timeoutMs} ms`, answered));
                // Whatever else it held is failed by its exit.
                if (worker === w) void stop();
              }, timeoutMs);
        pending.set(id, { on: w, resolve, reject, timer });
        w.postMessage({ id, input } satisfies Request<I>);
      });
    },
    close: stop,
  };
}

/** The worker's side: answers each request with `handle`, a thrown error as its code and message. */
export function serveRequests<I, O>(handle: (input: I) => O | Promise<O>): void {
  const port = parentPort;
  if (!port) throw new Error('serveRequests runs on a worker thread');
  port.on('message', async ({ id, input }: Request<I>) => {
    let res: Response<O>;
    try {
      res = { id, ok: true, value: await handle(input) };
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      res = {
        id,
        ok: false,
        error: { code: typeof code === 'string' ? code : null, message: (err as Error).message },
      };
    }
    port.postMessage(res);
  });
}
