/**
 * The importer the app uses: files read on a worker thread, the worker built here from its source
 * exactly as scripts/build-electron.mjs builds it (the unit tests run before the app is built).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/services/import';
import { createWorkerImporter, type Importer } from '../../electron/services/import/runner';
import { startServices, tempProfile } from '../support/profile';
import { expectImportError, fixture, root } from './import-helpers';

const workerFile = path.join(root, '.tmp', 'test-import-worker.js');

beforeAll(async () => {
  mkdirSync(path.dirname(workerFile), { recursive: true });
  await build({
    entryPoints: [path.join(root, 'electron/services/import/worker.ts')],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
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

/** A well-formed page big enough that reading it takes seconds (about 5 s on the CI machine). */
function slowPage(): Uint8Array {
  const para = '<p>' + Array.from({ length: 100 }, (_, i) => `word${i % 17} and more`).join(' ') + '.</p>';
  return new TextEncoder().encode(`<html><body><article>${para.repeat(4000)}</article></body></html>`);
}

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
    const importer = worker(workerFile, 3000);
    const services = await startServices(profile.dir, { sample: false, importer });
    const before = services.library.list().length;
    const t0 = performance.now();
    await expectImportError(
      services.handlers['library.import']({
        fileName: 'huge.html',
        dataBase64: Buffer.from(slowPage()).toString('base64'),
      }) as Promise<unknown>,
      'too-slow',
      /^“huge\.html” took longer than 3 s to read and was not imported\. Your library is unchanged\.$/,
    );
    // the worker was stopped at the limit, not left to finish
    expect(performance.now() - t0).toBeLessThan(4500);
    expect(services.library.list()).toHaveLength(before);
    const next = await services.importFile(path.join(root, 'tests/fixtures/import/readable-page.html'));
    expect(next.article.wordCount).toBeGreaterThan(20);
    expect(services.library.list()).toHaveLength(before + 1);
    profile.remove();
  }, 20_000);

  it('reads on this thread when the worker’s code is missing, rather than lose the import', async () => {
    const doc = await worker(path.join(root, '.tmp', 'no-such-worker.js')).import({
      fileName: 'readable-page.html',
      bytes: fixture('readable-page.html'),
    });
    expect(doc.text.length).toBeGreaterThan(100);
  });
});
