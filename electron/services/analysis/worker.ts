/** Entry point of the analysis worker thread (bundled on its own as dist/electron/analysis-worker.mjs). */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from './model-file';
import type { WorkerData, WorkerRequest, WorkerResponse } from './runner';

const { modelDir } = workerData as WorkerData;
const analyze = createAnalyzer(modelDir);

parentPort?.on('message', (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    res = { id: req.id, ok: true, analysis: analyze(req.text) };
  } catch (err) {
    res = { id: req.id, ok: false, message: (err as Error).message };
  }
  parentPort?.postMessage(res);
});
