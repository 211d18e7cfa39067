// `npm test`: type checks, lint, unit tests, browser tests and the Electron tests, in that order,
// each allowed to fail without hiding the others. Ends with one plain line, "N passed, N failed",
// totalling every suite (a failed type check or lint counts as one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, cmd, args) {
  process.stdout.write(`\n=== ${label}: ${[cmd, ...args].join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) passed++;
  else failed++;
}

/** Counts tests from a runner's JSON report; a run that wrote none counts as one failure. */
function count(file, read) {
  if (!existsSync(file)) return void failed++;
  const c = read(JSON.parse(readFileSync(file, 'utf8')));
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped;
}

const fromPlaywright = (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected,
  skipped: report.stats.skipped,
});

check('type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
check('format', 'npx', ['prettier', '--check', '.']);

run('unit and service tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/vitest.json',
]);
count('.tmp/vitest.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? 1 : 0),
  skipped: r.numPendingTests + r.numTodoTests,
}));

if (run('build', 'npm', ['run', '--silent', 'build'])) {
  run('browser tests', 'npx', ['playwright', 'test'], {});
  count('.tmp/playwright-browser.json', fromPlaywright);
  run('electron tests', 'npx', ['playwright', 'test', '--config', 'playwright.electron.config.ts']);
  count('.tmp/playwright-electron.json', fromPlaywright);
} else failed++;

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
