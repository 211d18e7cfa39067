/** Entry point of the analysis worker thread (bundled on its own as dist/electron/analysis-worker.js). */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeText } from '../../../common/analysis/analyze';
import { loadEntityRecognizer } from './model-file';
import type { WorkerData, WorkerRequest, WorkerResponse } from './runner';

const { modelDir } = workerData as WorkerData;
let recognizer: ReturnType<typeof loadEntityRecognizer> | null = null;

parentPort?.on('message', (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    recognizer ??= loadEntityRecognizer(modelDir);
    res = { id: req.id, ok: true, analysis: analyzeText(req.text, recognizer) };
  } catch (err) {
    res = { id: req.id, ok: false, message: (err as Error).message };
  }
  parentPort?.postMessage(res);
});
