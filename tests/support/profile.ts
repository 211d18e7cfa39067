import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventSink } from '../../common/ipc/contract';
import type { ArticleMeta } from '../../common/model/article';
import {
  createInProcessRunner,
  createWorkerRunner,
  type AnalysisRunner,
} from '../../electron/services/analysis/runner';
import { createWorkerImporter, type Importer } from '../../electron/services/import/runner';
import { createServices, type Services } from '../../electron/services/service-map';
import { confStore } from './conf-store';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SAMPLE_FILE = path.join(ROOT, 'assets/sample/azerbaijan-china-ties.txt');
export const BUILT_WORKER = path.join(ROOT, 'dist/electron/analysis-worker.mjs');
export const BUILT_IMPORT_WORKER = path.join(ROOT, 'dist/electron/import-worker.js');

export function tempProfile(prefix = 'gloss-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface StartOptions {
  sample?: boolean;
  runner?: AnalysisRunner;
  importer?: Importer;
  worker?: boolean;
  events?: EventSink;
}

/** The same services the app starts, on a given profile folder: calling it again is a restart. */
export function startServices(userDataDir: string, opts: StartOptions = {}): Promise<Services> {
  return createServices({
    userDataDir,
    createStore: confStore,
    runner: opts.runner ?? (opts.worker ? createWorkerRunner(BUILT_WORKER) : createInProcessRunner()),
    importer: opts.importer ?? (opts.worker ? createWorkerImporter(BUILT_IMPORT_WORKER) : undefined),
    sampleFile: opts.sample === false ? undefined : SAMPLE_FILE,
    events: opts.events,
  });
}

/** Imports a text as a user would, from a file: written to a temp folder, imported by its path. */
export async function importText(services: Services, fileName: string, text: string): Promise<ArticleMeta> {
  const { dir, remove } = tempProfile('gloss-file-');
  try {
    const file = path.join(dir, fileName);
    writeFileSync(file, text);
    const [outcome] = await services.importFiles([file]);
    if (!outcome?.ok) throw new Error(outcome?.message ?? 'nothing came back');
    return outcome.article;
  } finally {
    remove();
  }
}
