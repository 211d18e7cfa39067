import { Worker } from 'node:worker_threads';
import type { Analysis } from '../../../common/model/analysis';
import { createAnalyzer } from './model-file';

export interface AnalysisRunner {
  analyze(text: string): Promise<Analysis>;
  close(): Promise<void>;
}

export interface WorkerRequest {
  id: number;
  text: string;
}
export type WorkerResponse =
  { id: number; ok: true; analysis: Analysis } | { id: number; ok: false; message: string };
export interface WorkerData {
  modelDir: string | undefined;
}

/** Runs the analysis on the calling thread: for tests and tools, where blocking does not matter. */
export function createInProcessRunner(modelDir?: string): AnalysisRunner {
  const analyze = createAnalyzer(modelDir);
  return { analyze: async (text) => analyze(text), close: async () => {} };
}

/**
 * Runs the analysis in a worker thread, so the main process (which serves every IPC call and the
 * window) never stalls on a long article. The worker loads the model once and is started lazily.
 */
export function createWorkerRunner(workerFile: string, modelDir?: string): AnalysisRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();

  const failAll = (err: Error): void => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
    worker = null;
  };

  const start = (): Worker => {
    const w = new Worker(workerFile, { workerData: { modelDir } satisfies WorkerData });
    w.on('message', (msg: WorkerResponse) => {
      const entry = waiting.get(msg.id);
      if (!entry) return;
      waiting.delete(msg.id);
      if (msg.ok) entry.resolve(msg.analysis);
      else entry.reject(new Error(msg.message));
    });
    w.on('error', failAll);
    w.on('exit', (code) => {
      if (waiting.size) failAll(new Error(`the analysis worker stopped (exit code ${code})`));
      worker = null;
    });
    w.unref();
    return w;
  };

  return {
    analyze(text) {
      worker ??= start();
      const id = nextId++;
      const promise = new Promise<Analysis>((resolve, reject) => waiting.set(id, { resolve, reject }));
      worker.postMessage({ id, text } satisfies WorkerRequest);
      return promise;
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
