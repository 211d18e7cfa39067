/**
 * The importer the app uses: files read on a worker thread, the worker built here from its source
 * exactly as scripts/build-electron.mjs builds it (the unit tests run before the app is built).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/services/import';
import { createWorkerImporter, type Importer } from '../../electron/services/import/runner';
import { buildWorker } from '../support/build-worker';
import { startServices, tempProfile } from '../support/profile';
import { expectImportError, fixture, root } from './import-helpers';

let workerFile: string;
let hangingWorkerFile: string;
beforeAll(async () => {
  [workerFile, hangingWorkerFile] = await Promise.all([
    buildWorker('electron/services/import/worker.ts', 'import-worker'),
    buildWorker('tests/support/hanging-import-worker.ts', 'hanging-import-worker'),
  ]);
});

const importers: Importer[] = [];
afterAll(async () => {
  await Promise.all(importers.map((i) => i.close()));
});
const worker = (file: string, timeoutMs?: number): Importer => {
  const i = createWorkerImporter(file, timeoutMs);
  importers.push(i);
  return i;
};

describe('importing on a worker thread', () => {
  it('gives the same article as importing on this thread', async () => {
    const input = { fileName: 'readable-page.html', bytes: fixture('readable-page.html') };
    const [here, there] = await Promise.all([importDocument(input), worker(workerFile).import(input)]);
    expect(there).toEqual(here);
    expect(there.text.length).toBeGreaterThan(100);
  });

  it('keeps a refusal’s code and message', async () => {
    await expectImportError(
      worker(workerFile).import({ fileName: 'empty.txt', bytes: fixture('empty.txt') }),
      'empty',
      /^“empty\.txt” is empty/,
    );
  });

  it('refuses a file that takes too long, leaves the library unchanged, and reads the next one', async () => {
    const profile = tempProfile();
    try {
      // hang.html never finishes reading, so any limit is passed: 8 s keeps the test short enough and leaves
      // a fresh worker on a loaded machine the time to start and read the next page.
      const importer = worker(hangingWorkerFile, 8000);
      const services = await startServices(profile.dir, { sample: false, importer });
      const hang = path.join(profile.dir, 'hang.html');
      writeFileSync(hang, '<p>A page that never finishes parsing.</p>');
      const [refused] = await services.importFiles([hang]);
      expect(refused).toEqual({
        path: hang,
        fileName: 'hang.html',
        ok: false,
        code: 'too-slow',
        message: '“hang.html” took longer than 8 s to read and was not imported. Your library is unchanged.',
      });
      expect(services.library.list()).toEqual([]);
      // The hung worker was stopped (it could never answer again): a fresh one reads the next file.
      const [next] = await services.importFiles([
        path.join(root, 'tests/fixtures/import/readable-page.html'),
      ]);
      expect(next).toMatchObject({ ok: true, existed: false });
      expect(services.library.list()).toHaveLength(1);
    } finally {
      profile.remove();
    }
  });

  it('reads on this thread when the worker’s code is missing, rather than lose the import', async () => {
    const doc = await worker(path.join(root, '.tmp', 'no-such-worker.js')).import({
      fileName: 'readable-page.html',
      bytes: fixture('readable-page.html'),
    });
    expect(doc.text.length).toBeGreaterThan(100);
  });
});
