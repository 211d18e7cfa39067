/**
 * `npx tsx scripts/eval-reported.ts [DIR] [--errors N]`: scores the reported-speech finder against a
 * PolNeAR-style folder's indirect attributions (those whose content holds no quotation mark):
 * content matched at IoU >= 0.5 after trimming, as score_quotes.py matches quotations, and the
 * source right when it overlaps the gold source.
 */
import { makeCtx } from '../common/analysis/quotes/context';
import { REPORTING_VERBS } from '../common/analysis/quotes/lexicon';
import { findReported } from '../common/analysis/quotes/reported';
import { entitiesOf, trim } from './quotes-metrics';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
let dir = '../shared/data/quotes/polnear-dev';
let show = 0;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--errors') show = Number(args[++i]);
  else dir = args[i]!;
}
interface Attribution {
  content: [number, number];
  source: [number, number] | null;
  cue: [number, number] | null;
}
const MARK = /["“”„«»]|''/;
let tp = 0;
let fp = 0;
let fn = 0;
let srcRight = 0;
let srcTotal = 0;
// recall over the attributions a reporting verb introduces ("said", "noted", "told"), the finder's scope
let verbGold = 0;
let verbFound = 0;
const misses: string[] = [];
const spurious: string[] = [];
let ms = 0;
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const text = readFileSync(path.join(dir, f.slice(0, -5) + '.txt'), 'utf8');
  const gold = (
    JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { attributions: Attribution[] }
  ).attributions
    .filter((a) => !MARK.test(text.slice(a.content[0], a.content[1])))
    .map((a) => ({
      span: trim(text, a.content[0], a.content[1]),
      source: a.source,
      verbCue: a.cue !== null && REPORTING_VERBS.has(text.slice(a.cue[0], a.cue[1]).toLowerCase()),
    }));
  const a = { name: f, text, quotes: [] };
  const mentions = entitiesOf(a).mentions;
  const t0 = performance.now();
  const found = findReported(makeCtx(text, mentions));
  ms += performance.now() - t0;
  const pred = found.map((r) => trim(text, r.start, r.end));
  const pairs: [number, number, number][] = [];
  pred.forEach(([ps, pe], i) =>
    gold.forEach(({ span: [gs, ge] }, j) => {
      const inter = Math.max(0, Math.min(pe, ge) - Math.max(ps, gs));
      const union = Math.max(pe, ge) - Math.min(ps, gs);
      if (union > 0 && inter / union >= 0.5) pairs.push([inter / union, i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0]);
  const up = new Set<number>();
  const ug = new Set<number>();
  for (const [, i, j] of pairs) {
    if (up.has(i) || ug.has(j)) continue;
    up.add(i);
    ug.add(j);
    tp++;
    const gs = gold[j]!.source;
    const src = found[i]!.source;
    if (gs) {
      srcTotal++;
      if (src && src.start < gs[1] && src.end > gs[0]) srcRight++;
    }
  }
  gold.forEach((g, j) => {
    if (!g.verbCue) return;
    verbGold++;
    if (ug.has(j)) verbFound++;
  });
  fp += pred.length - up.size;
  fn += gold.length - ug.size;
  pred.forEach(([s, e], i) => {
    if (!up.has(i)) spurious.push(`${f}: ${text.slice(s, e).slice(0, 160)}`);
  });
  gold.forEach(({ span: [s, e] }, j) => {
    if (!ug.has(j)) misses.push(`${f}: ${text.slice(s, e).slice(0, 160)}`);
  });
}
if (show) {
  console.log('== spurious\n  ' + spurious.slice(0, show).join('\n  '));
  console.log('== missed\n  ' + misses.slice(0, show).join('\n  '));
}
const p = tp / (tp + fp);
const r = tp / (tp + fn);
console.log(
  `reported speech: P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${((200 * p * r) / (p + r)).toFixed(1)} (tp ${tp} fp ${fp} fn ${fn}); source ${srcRight}/${srcTotal} = ${((100 * srcRight) / srcTotal).toFixed(1)}; recall where a reporting verb is the cue ${((100 * verbFound) / verbGold).toFixed(1)} (${verbFound}/${verbGold}); ${ms.toFixed(0)} ms`,
);
