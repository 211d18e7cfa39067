// `npm test`: type check, lint, format, unit tests, build, browser tests and Electron tests, each
// allowed to fail without hiding the others. Ends with one plain line, "N passed, N failed" (and
// ", N skipped"), which must never read greener than the run was: reports are deleted before each
// run, a runner's non-zero exit or a report error is a failure even when no test says so, a test
// never run because its setup failed is a failure, and every skip is listed with its reason.
//
// Each tool is started as `node <its CLI script>`, never through npx/npm's .cmd shims, so the
// same spawn works on Windows (where .cmd files need a shell since CVE-2024-27980) and elsewhere.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fromPlaywright } from '../tests/support/test-reports.mjs';
import { npmCli } from './npm-cli.mjs';

const require = createRequire(import.meta.url);
const REPORTS = {
  vitest: '.tmp/vitest-summary.json',
  browser: '.tmp/playwright-browser.json',
  electron: '.tmp/playwright-electron.json',
};

let passed = 0;
const failures = [];
const skips = [];

/** The JS entry of a package's command, from its own package.json. */
function cli(pkg, command = pkg) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin[command]);
}

function run(label, script, args, env = {}) {
  process.stdout.write(`\n=== ${label}\n`);
  const r = spawnSync(process.execPath, [script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return r.error ? 1 : (r.status ?? 1);
}

/** A step without tests of its own (type check, lint, build): one pass or one failure. */
function step(label, script, args) {
  const status = run(label, script, args);
  if (status === 0) passed++;
  else failures.push({ name: label, message: `exited with ${status}` });
  return status === 0;
}

/** Adds a runner's report; a missing or unreadable one, or an exit no test accounts for, fails. */
function tally(label, status, file, read) {
  let counted;
  try {
    counted = read(JSON.parse(readFileSync(file, 'utf8')));
  } catch (err) {
    failures.push({ name: label, message: `no usable report at ${file} (${err.message})` });
    return;
  }
  passed += counted.passed;
  failures.push(...counted.failed);
  skips.push(...counted.skipped);
  if (status !== 0 && counted.failed.length === 0)
    failures.push({ name: label, message: `exited with ${status} though no test failed` });
}

mkdirSync('.tmp', { recursive: true });
for (const file of Object.values(REPORTS)) rmSync(file, { force: true });

step('type check', cli('typescript', 'tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('type check common/ without DOM or Node types', cli('typescript', 'tsc'), [
  '-p',
  'tsconfig.common.json',
  '--noEmit',
]);
step('lint', cli('eslint'), ['.']);
step('format', cli('prettier'), ['--check', '.']);

const vitest = run(
  'unit and service tests',
  cli('vitest'),
  ['run', '--reporter=default', '--reporter=./tests/support/vitest-summary.ts'],
  { GLOSS_VITEST_SUMMARY: REPORTS.vitest },
);
tally('unit and service tests', vitest, REPORTS.vitest, (summary) => summary);

if (step('build', npmCli(), ['run', '--silent', 'build'])) {
  // on what the build wrote, which is what ships
  step('Electron security lint (Electronegativity)', 'scripts/electronegativity.mjs', []);
  const playwright = cli('@playwright/test', 'playwright');
  tally('browser tests', run('browser tests', playwright, ['test']), REPORTS.browser, fromPlaywright);
  tally(
    'electron tests',
    run('electron tests', playwright, ['test', '--config', 'playwright.electron.config.ts']),
    REPORTS.electron,
    fromPlaywright,
  );
} else failures.push({ name: 'browser and electron tests', message: 'not run: the build failed' });

if (skips.length) {
  const byReason = new Map();
  for (const s of skips) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s]);
  console.log('\nSkipped:');
  for (const [reason, tests] of byReason) {
    console.log(`  ${reason}:`);
    for (const t of tests.slice(0, 5)) console.log(`    ${t.name}`);
    if (tests.length > 5) console.log(`    and ${tests.length - 5} more`);
  }
}
if (failures.length) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`  ${f.name}: ${f.message}`);
}
const failed = failures.length;
console.log(`\n${passed} passed, ${failed} failed${skips.length ? `, ${skips.length} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
