import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './profile';

/**
 * Bundles a worker entry as scripts/build-electron.mjs bundles the app's, into .tmp (the unit
 * tests run before the app is built), and returns the file to start.
 */
export async function buildWorker(entry: string, name: string): Promise<string> {
  const outfile = path.join(ROOT, '.tmp', 'workers', `${name}.js`);
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
