// Bundles the main process, the analysis worker (ESM, dependencies left to node_modules) and the
// sandboxed preload (CommonJS, self-contained) into dist/electron.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'electron/main/main.ts', 'analysis-worker': 'electron/services/analysis/worker.ts' },
    outdir: 'dist/electron',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
]);
