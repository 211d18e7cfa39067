/**
 * The summary line of `npm test` must not read greener than the run was. Each case here is a real
 * run of the real runner, on small specs written to a temp folder, that goes wrong in one of the
 * ways the summary used to hide.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { VitestSummary } from '../support/vitest-summary';
import { fromPlaywright } from '../support/test-reports.mjs';
import { ROOT } from '../support/profile';

const require = createRequire(import.meta.url);
// Inside the project, so the specs resolve vitest and @playwright/test from its node_modules.
mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
const dir = mkdtempSync(path.join(ROOT, '.tmp', 'runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const node = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script, ...args], {
    cwd: dir,
    env: { ...process.env, ...env, CI: '1' },
    encoding: 'utf8',
  });

describe('the Vitest summary', () => {
  it('fails tests never run after a failed beforeAll, counts unhandled errors, keeps skip reasons', () => {
    writeFileSync(
      path.join(dir, 'broken.test.ts'),
      `describe('needs setup', () => {
        beforeAll(() => { throw new Error('setup broke'); });
        it('first', () => {});
        it('second', () => {});
      });
      it('passes', () => {});
      it('skips at run time', (ctx) => ctx.skip('no data here'));
      it('leaves an error behind', () => { setTimeout(() => { throw new Error('late'); }, 0); });
      it('waits for it', () => new Promise((r) => setTimeout(r, 50)));`,
    );
    writeFileSync(path.join(dir, 'unloadable.test.ts'), `import './missing';`);
    // Its own config: Vitest would otherwise find the project's, which looks elsewhere for tests.
    writeFileSync(
      path.join(dir, 'vitest.config.mjs'),
      `export default { test: { include: ['*.test.ts'], globals: true } };`,
    );
    const out = path.join(dir, 'summary.json');
    const r = node(
      path.join(ROOT, 'node_modules/vitest/vitest.mjs'),
      [
        'run',
        '--config',
        'vitest.config.mjs',
        `--reporter=${path.join(ROOT, 'tests/support/vitest-summary.ts')}`,
      ],
      { GLOSS_VITEST_SUMMARY: out },
    );
    expect(r.status).toBe(1);
    const summary = JSON.parse(readFileSync(out, 'utf8')) as VitestSummary;
    expect(summary.passed).toBe(3);
    expect(summary.failed.map((f) => f.message)).toEqual([
      'not run: setup broke',
      'not run: setup broke',
      expect.stringMatching(/Cannot find module '\.\/missing'/),
      'late',
    ]);
    expect(summary.skipped).toEqual([{ name: 'broken.test.ts > skips at run time', reason: 'no data here' }]);
  }, 60_000);
});

describe('the Playwright report', () => {
  const playwright = (spec: string) => {
    writeFileSync(path.join(dir, 'case.spec.ts'), spec);
    writeFileSync(
      path.join(dir, 'pw.config.ts'),
      `export default { testDir: '.', testMatch: /case\\.spec\\.ts/, reporter: [['json', { outputFile: 'pw.json' }]] };`,
    );
    const r = node(require.resolve('@playwright/test/cli'), ['test', '--config', 'pw.config.ts']);
    return {
      status: r.status,
      tally: fromPlaywright(JSON.parse(readFileSync(path.join(dir, 'pw.json'), 'utf8'))),
    };
  };

  it('fails tests never run after a failed beforeAll and gives each skip its reason', () => {
    const { status, tally } = playwright(`import { test } from '@playwright/test';
      test.describe('needs setup', () => {
        test.beforeAll(() => { throw new Error('setup broke'); });
        test('first', () => {});
        test('second', () => {});
      });
      test('skips', () => test.skip(true, 'no binary here'));
      test('passes', () => {});`);
    expect(status).toBe(1);
    expect(tally.passed).toBe(1);
    expect(tally.failed).toEqual([
      { name: 'case.spec.ts > needs setup > first', message: expect.stringContaining('setup broke') },
      { name: 'case.spec.ts > needs setup > second', message: expect.stringMatching(/^not run/) },
    ]);
    expect(tally.skipped).toEqual([{ name: 'case.spec.ts > skips', reason: 'no binary here' }]);
  }, 60_000);

  it('counts a spec that fails to load, which leaves no test behind', () => {
    const { status, tally } = playwright(`import './missing';`);
    expect(status).toBe(1);
    expect(tally.passed).toBe(0);
    expect(tally.failed).toContainEqual({
      name: 'outside any test',
      message: expect.stringMatching(/Cannot find module/),
    });
  }, 60_000);
});
