import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerClient, WorkerFailure, type WorkerClient } from '../../electron/services/worker-rpc';
import { buildWorker } from '../support/build-worker';
import { ROOT } from '../support/profile';
import type { TestRequest } from '../support/test-worker';

let workerFile: string;
beforeAll(async () => {
  workerFile = await buildWorker('tests/support/test-worker.ts', 'test-worker');
});

let clients: WorkerClient<TestRequest, string>[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
});
const client = (file = workerFile, options = {}) => {
  const c = createWorkerClient<TestRequest, string>(file, options);
  clients.push(c);
  return c;
};
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('calls over a worker thread', () => {
  it('gives each call its own answer, whatever order the answers come in', async () => {
    const c = client();
    const slow = c.call({ do: 'echo', value: 'slow', afterMs: 200 });
    const fast = c.call({ do: 'echo', value: 'fast' });
    expect(await fast).toBe('fast');
    expect(await slow).toBe('slow');
  });

  it('carries a refusal’s code and message, and revives it as the caller’s own error', async () => {
    class Refusal extends Error {
      constructor(
        readonly code: string,
        message: string,
      ) {
        super(message);
      }
    }
    const c = client(workerFile, {
      reviveError: (e: { code: string; message: string }) => new Refusal(e.code, e.message),
    });
    const err = await failure(c.call({ do: 'refuse', code: 'empty', message: 'nothing in it' }));
    expect(err).toBeInstanceOf(Refusal);
    expect(err).toMatchObject({ code: 'empty', message: 'nothing in it' });
    expect(await c.call({ do: 'echo', value: 'still serving' })).toBe('still serving');
  });

  it('stops a worker that takes longer than the limit, fails what it held, and starts afresh', async () => {
    const c = client();
    expect(await c.call({ do: 'echo', value: 'before' })).toBe('before');
    const hung = c.call({ do: 'hang' }, 300);
    const behind = c.call({ do: 'echo', value: 'queued behind the hang' });
    const timedOut = await failure(hung);
    expect(timedOut).toBeInstanceOf(WorkerFailure);
    expect(timedOut).toMatchObject({ kind: 'timeout', answeredBefore: true });
    // Stopping the worker fails what was waiting behind the hang, rather than leaving it waiting.
    expect(await failure(behind)).toMatchObject({ kind: 'crash' });
    // A blocked worker could not answer this: a fresh one does.
    expect(await c.call({ do: 'echo', value: 'fresh' })).toBe('fresh');
  });

  it('fails the calls of a worker that dies, and serves the next call on a new one', async () => {
    const c = client();
    expect(await c.call({ do: 'echo', value: 'first' })).toBe('first');
    const err = await failure(c.call({ do: 'exit', code: 3 }));
    expect(err).toBeInstanceOf(WorkerFailure);
    expect(err).toMatchObject({
      kind: 'crash',
      message: 'the worker stopped (exit code 3)',
      answeredBefore: true,
    });
    expect(await c.call({ do: 'echo', value: 'after' })).toBe('after');
  });

  it('tells a worker that never loaded from one that failed later', async () => {
    const err = await failure(
      client(path.join(ROOT, '.tmp', 'no-such-worker.js')).call({ do: 'echo', value: 'x' }),
    );
    expect(err).toBeInstanceOf(WorkerFailure);
    expect(err).toMatchObject({ kind: 'crash', answeredBefore: false });
  });
});
