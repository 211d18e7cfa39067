import type { Analysis } from '../../../common/model/analysis';
import { createWorkerClient } from '../worker-rpc';
import { createAnalyzer } from './model-file';

export interface AnalysisRunner {
  analyze(text: string): Promise<Analysis>;
  close(): Promise<void>;
}

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
  const client = createWorkerClient<string, Analysis>(workerFile, {
    workerData: { modelDir } satisfies WorkerData,
  });
  return { analyze: (text) => client.call(text), close: client.close };
}
