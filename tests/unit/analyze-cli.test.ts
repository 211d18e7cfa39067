import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const sample = path.join(root, 'assets/sample/azerbaijan-china-ties.txt');

// Node itself runs tsx's CLI script: spawning `npx` without a shell fails on Windows, where it is a .cmd
// (ENOENT, and EINVAL since the CVE-2024-27980 fix).
const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
const tsxCli = path.join(
  path.dirname(tsxPackage),
  (JSON.parse(readFileSync(tsxPackage, 'utf8')) as { bin: string }).bin,
);
function analyze(args: string[], options: ExecFileSyncOptions = {}): string {
  return execFileSync(process.execPath, [tsxCli, 'scripts/analyze.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    ...options,
  }) as string;
}

describe('analyze CLI', () => {
  it('prints one JSON line per file with offsets into the exact text', () => {
    const out = analyze(['--format', 'jsonl', sample, sample]);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    const text = readFileSync(sample, 'utf8');
    const record = JSON.parse(lines[0]!) as {
      file: string;
      entities: { start: number; end: number; text: string; type: string; entityId: string }[];
      quotes: { start: number; end: number; text: string }[];
      reported: { start: number; end: number; text: string; speakerName: string | null }[];
    };
    expect(record.file).toBe(sample);
    for (const e of record.entities) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(['person', 'organization', 'place', 'misc']).toContain(e.type);
    }
    for (const q of record.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(record.reported.length).toBeGreaterThan(0);
    for (const r of record.reported) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('refuses an unknown format and a missing file with a message', () => {
    expect(() => analyze(['--format', 'xml', sample], { stdio: 'pipe' })).toThrow(/unknown format/);
    const missing = path.join(root, 'tests/fixtures/no-such-article.txt');
    expect(() => analyze(['--format', 'jsonl', missing], { stdio: 'pipe' })).toThrow(
      new RegExp(`${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ENOENT`),
    );
  });
});
