/**
 * `npm run bench`: figures and ratios against baselines measured in the same run (the machine is
 * shared and noisy, so absolute times vary; the ratios are what to compare across runs).
 */
import { benchLibrary } from './library-bench';
import { benchNer } from './ner-bench';
import { benchOpen } from './open-bench';
import { benchQuotes } from './quotes-bench';
import { benchStorage } from './storage-bench';

const only = process.argv.slice(2);
const suites: [string, () => Promise<void>][] = [
  ['storage', benchStorage],
  ['open', benchOpen],
  ['ner', benchNer],
  ['quotes', benchQuotes],
  ['library', benchLibrary],
  ['export', async () => (await import('./export-bench')).benchExport()],
  ['views', async () => (await import('./views-bench')).benchViews()],
];
for (const [name, run] of suites) {
  if (only.length && !only.includes(name)) continue;
  await run();
}
