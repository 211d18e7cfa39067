import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { review, scan, type Accepted } from '../../scripts/electronegativity.mjs';
import { tempProfile } from '../support/profile';

const ROOT = path.resolve(import.meta.dirname, '../..');
const installed = existsSync(
  path.join(ROOT, 'tools/electronegativity/node_modules/@doyensec/electronegativity/dist/index.js'),
);
const accepted = (
  JSON.parse(readFileSync(path.join(ROOT, 'tools/electronegativity/accepted.json'), 'utf8')) as {
    accepted: Accepted[];
  }
).accepted;

describe('Electronegativity review', () => {
  it('every accepted finding gives a reason', () => {
    expect(accepted.length).toBeGreaterThan(0);
    for (const a of accepted) expect(a.reason.length, `${a.check} in ${a.file}`).toBeGreaterThan(40);
  });

  it('lets through only what is accepted for that file, and names what is no longer found', () => {
    const code = 'const win = new BrowserWindow(';
    const findings = [
      { check: 'SANDBOX_JS_CHECK', file: 'electron/main.js', line: 10, code },
      {
        check: 'SANDBOX_JS_CHECK',
        file: 'electron/main.js',
        line: 90,
        code: 'new BrowserWindow({ sandbox: false })',
      },
      { check: 'SANDBOX_JS_CHECK', file: 'electron/other.js', line: 3, code },
    ];
    const { fresh, stale } = review(findings, [
      { check: 'SANDBOX_JS_CHECK', file: 'electron/main.js', code, reason: 'x' },
      { check: 'PRELOAD_JS_CHECK', file: 'electron/main.js', code: 'preload: deps.preload,', reason: 'y' },
    ]);
    expect(fresh).toEqual([findings[1], findings[2]]);
    expect(stale.map((a) => a.check)).toEqual(['PRELOAD_JS_CHECK']);
  });

  it.skipIf(!installed)(
    'finds what a careless window would do, which no accepted entry covers',
    () => {
      const dir = tempProfile('gloss-eneg-');
      try {
        mkdirSync(path.join(dir.dir, 'electron'));
        writeFileSync(
          path.join(dir.dir, 'electron', 'main.js'),
          `import { BrowserWindow } from 'electron';
export function open() {
  const win = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });
  return win;
}`,
        );
        const findings = scan(dir.dir);
        const { fresh } = review(findings, accepted);
        expect(fresh.map((f) => f.check)).toEqual(
          expect.arrayContaining([
            'CONTEXT_ISOLATION_JS_CHECK',
            'SANDBOX_JS_CHECK',
            'LIMIT_NAVIGATION_GLOBAL_CHECK',
          ]),
        );
      } finally {
        dir.remove();
      }
    },
    120_000,
  );
});
