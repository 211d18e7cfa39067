/** Entry point of the analysis worker thread (bundled on its own as dist/electron/analysis-worker.mjs). */
import { workerData } from 'node:worker_threads';
import { serveRequests } from '../worker-rpc';
import { createAnalyzer } from './model-file';
import type { WorkerData } from './runner';

const { modelDir } = workerData as WorkerData;
serveRequests(createAnalyzer(modelDir));
