// Bundles the main process and the import worker (ESM, dependencies left to node_modules), the analysis worker (ESM,
// self-contained) and the sandboxed preload (CommonJS, self-contained) into dist/electron. The worker is .mjs because
// electron-builder unpacks it from the asar, where no package.json says "type": "module".
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist/electron', { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.js',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/services/analysis/worker.ts'],
    outfile: 'dist/electron/analysis-worker.mjs',
    format: 'esm',
    // Self-contained: unpacked beside the asar, it could not resolve packages inside it.
  }),
  build({
    ...common,
    entryPoints: ['electron/services/import/worker.ts'],
    outfile: 'dist/electron/import-worker.js',
    format: 'esm',
    // Inside the asar like main.js, resolving jsdom and Readability from node_modules there.
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
]);
