/**
 * `npx tsx scripts/reanchor-eval.ts [--highlights N] [--seed S] [--write DIR] TEXT...`: makes
 * re-anchoring cases from real texts (every word edit rate with every structural edit, see
 * reanchor/cases.ts), anchors them with Gloss, exact matching and Hypothesis's matchQuote, and
 * prints right / silently wrong / flagged / lost per edit rate and per edit, with the time per
 * highlight. `--write DIR` also writes the cases for `npm run reanchor`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { STRUCTURAL_EDITS, WORD_EDIT_RATES, makeCase, type ReanchorCase } from './reanchor/cases';
import { METHODS, runCase, type Method } from './reanchor/run';
import { emptyTally, pct, tally, type Tally } from './reanchor/score';

function cases(files: string[], perCase: number, seed: number): ReanchorCase[] {
  const out: ReanchorCase[] = [];
  files.forEach((file, f) => {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').trim();
    for (const rate of WORD_EDIT_RATES)
      for (const edit of STRUCTURAL_EDITS) {
        const id = `${basename(file).replace(/\.\w+$/, '')}-${edit}-${rate * 100}`;
        out.push(makeCase(id, text, rate, edit, perCase, seed * 100_003 + f * 1009 + out.length));
      }
  });
  return out;
}

function main(argv: string[]): void {
  let perCase = 10;
  let seed = 1;
  let write: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--highlights') perCase = Number(argv[++i]);
    else if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--write') write = argv[++i]!;
    else files.push(a);
  }
  const all = cases(files, perCase, seed);
  if (write) {
    mkdirSync(write, { recursive: true });
    for (const c of all) writeFileSync(join(write, `${c.id}.json`), JSON.stringify(c));
  }
  const rows: string[][] = [
    ['method', 'group', 'highlights', 'right %', 'silently wrong %', 'flagged %', 'lost %', 'moved %'],
  ];
  for (const method of METHODS) {
    const groups = new Map<string, Tally>();
    const add = (key: string, c: ReanchorCase, r: ReturnType<typeof runCase>) =>
      tally(groups.get(key) ?? groups.set(key, emptyTally()).get(key)!, r, c.truth);
    let ms = 0;
    for (const c of all) {
      const t0 = performance.now();
      const r = runCase(c, method as Method);
      ms += performance.now() - t0;
      add('all', c, r);
      add(`words ${c.wordEditRate * 100}%`, c, r);
      add(c.edit, c, r);
      if (c.edit === 'none') add(`only words ${c.wordEditRate * 100}%`, c, r);
    }
    for (const [key, t] of groups)
      rows.push([
        method,
        key,
        String(t.highlights),
        pct(t.right, t.highlights),
        pct(t.silentlyWrong, t.highlights, 2),
        pct(t.flaggedWrong, t.highlights),
        pct(t.lost, t.highlights),
        pct(t.moved, t.highlights),
      ]);
    const n = groups.get('all')!.highlights;
    rows.push([method, 'ms per highlight', String(n), (ms / n).toFixed(3), '', '', '', '']);
  }
  for (const r of rows) process.stdout.write(r.join('\t') + '\n');
}

main(process.argv.slice(2));
