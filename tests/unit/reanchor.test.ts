import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STRUCTURAL_EDITS, WORD_EDIT_RATES, makeCase } from '../../scripts/reanchor/cases';
import { runCase } from '../../scripts/reanchor/run';
import { emptyTally, tally } from '../../scripts/reanchor/score';

const sample = readFileSync(
  new URL('../../assets/sample/azerbaijan-china-ties.txt', import.meta.url),
  'utf8',
).trim();
const dir = mkdtempSync(join(tmpdir(), 'gloss-reanchor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function reanchorCli(...args: string[]) {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  return spawnSync(process.execPath, [tsx, 'scripts/reanchor.ts', ...args], { encoding: 'utf8' });
}

describe('generated re-anchoring cases', () => {
  it('know where each highlight truly went: unchanged text keeps every offset, a prepended note shifts them', () => {
    const same = makeCase('same', sample, 0, 'none', 20, 3);
    expect(same.v2).toBe(sample);
    expect(same.truth.map((t) => [t.start, t.end])).toEqual(same.highlights.map((h) => [h.start, h.end]));
    const noted = makeCase('noted', sample, 0, 'note-prepended', 20, 3);
    const shift = noted.v2.length - sample.length;
    expect(shift).toBeGreaterThan(0);
    for (const [i, t] of noted.truth.entries()) {
      const h = noted.highlights[i]!;
      expect(noted.v2.slice(t.start!, t.end!)).toBe(sample.slice(h.start, h.end));
      expect(t.start).toBe(h.start + shift);
    }
  });

  it('hold the bars on the sample article: never silently wrong, right on 92% or more', () => {
    const gloss = emptyTally();
    const exact = emptyTally();
    let seed = 11;
    for (const rate of WORD_EDIT_RATES)
      for (const edit of STRUCTURAL_EDITS)
        for (let k = 0; k < 4; k++) {
          const c = makeCase(`${edit}-${rate}-${k}`, sample, rate, edit, 10, seed++);
          tally(gloss, runCase(c), c.truth);
          tally(exact, runCase(c, 'exact'), c.truth);
        }
    expect(gloss.highlights).toBe(960);
    expect(gloss.silentlyWrong).toBeLessThanOrEqual(1);
    expect(gloss.right / gloss.highlights).toBeGreaterThanOrEqual(0.92);
    // The cases are hard enough that exact matching fails them (else the bar above proves nothing).
    expect(exact.right / exact.highlights).toBeLessThan(0.8);
  });
});

describe('npm run reanchor', () => {
  it('prints one line per case, offsets on v2 for anchored and moved, in the order of the files', () => {
    const v1 = 'Alpha said the plan was sound.\n\nBeta said it would fail.';
    const v2 = 'Update: new figures.\n\nAlpha said the plan was sound.\n\nBeta said it could fail.';
    writeFileSync(
      join(dir, 'a.json'),
      JSON.stringify({
        id: 'a',
        v1,
        v2,
        highlights: [
          { id: 'h1', start: 0, end: 5 },
          { id: 'h2', start: 42, end: 55 },
        ],
      }),
    );
    writeFileSync(
      join(dir, 'b.json'),
      JSON.stringify({ id: 'b', v1, v2: 'Gamma.', highlights: [{ id: 'x', start: 32, end: 36 }] }),
    );
    const r = reanchorCli('--format', 'jsonl', join(dir, 'a.json'), join(dir, 'b.json'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      {
        case: 'a',
        results: [
          { id: 'h1', state: 'anchored', start: 22, end: 27 },
          {
            id: 'h2',
            state: 'moved',
            start: v2.indexOf('it could fail'),
            end: v2.indexOf('it could fail') + 13,
          },
        ],
      },
      { case: 'b', results: [{ id: 'x', state: 'orphaned' }] },
    ]);
  });

  it('names a file that is not a case and what is wrong with it, and still runs the others', () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ id: 'bad', v1: 'abc', v2: 'abc', highlights: [{ id: 'h', start: 2, end: 9 }] }),
    );
    writeFileSync(
      join(dir, 'good.json'),
      JSON.stringify({ id: 'good', v1: 'abc', v2: 'abc', highlights: [] }),
    );
    const r = reanchorCli(
      '--format',
      'jsonl',
      join(dir, 'bad.json'),
      join(dir, 'missing.json'),
      join(dir, 'good.json'),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.json: not a case: highlight h: 2-9 is not a range of v1 (3 characters)');
    expect(r.stderr).toContain('missing.json');
    expect(r.stdout.trim()).toBe(JSON.stringify({ case: 'good', results: [] }));
  });
});
