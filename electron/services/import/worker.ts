/** Entry point of the import worker thread (bundled as dist/electron/import-worker.js). */
import { serveRequests } from '../worker-rpc';
import { importDocument } from './index';

serveRequests(importDocument);
