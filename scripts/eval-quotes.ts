/**
 * `npx tsx scripts/eval-quotes.ts [DIR] [--errors N] [--model FILE | --pred FILE]`: scores the
 * quotation finder on a PolNeAR-style folder (default ../shared/data/quotes/polnear-dev) with the
 * metrics of score_quotes.py and prints sample errors by category, to iterate without the CLI.
 * `--pred` reads the predictions from analyze-style JSON lines instead (train-quotes.ts `--dump`
 * writes the cross-validated ones).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Quote } from '../common/model/analysis';
import model from '../common/analysis/quotes/model.json';
import { findQuotesWith, type QuoteModel } from '../common/analysis/quotes/pipeline';
import { addArticle, emptyTotals, entitiesOf, loadFolder, summarize, trim } from './quotes-metrics';

const args = process.argv.slice(2);
let dir = '../shared/data/quotes/polnear-dev';
let show = 5;
let modelFile: string | null = null;
let predFile: string | null = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--errors') show = Number(args[++i]);
  else if (args[i] === '--model') modelFile = args[++i] ?? null;
  else if (args[i] === '--pred') predFile = args[++i] ?? null;
  else dir = args[i]!;
}
const m: QuoteModel = modelFile
  ? (JSON.parse(readFileSync(modelFile, 'utf8')) as QuoteModel)
  : (model as QuoteModel);
const articles = loadFolder(dir);
const given = predFile
  ? new Map(
      readFileSync(predFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { file: string; quotes: Quote[] })
        .map((o) => [path.basename(o.file, '.txt'), o.quotes]),
    )
  : null;
const totals = emptyTotals();
const errors: Record<string, string[]> = {};
const note = (cat: string, s: string): void => {
  (errors[cat] ??= []).push(s);
};
const clip = (s: string, n = 160): string =>
  (s.length > n ? s.slice(0, n / 2) + ' … ' + s.slice(-n / 2) : s).replace(/\n/g, '¶');
let words = 0;
// the recognizer runs first, so the time below is the quotation finder's alone
for (const a of articles) entitiesOf(a);
const t0 = performance.now();
for (const a of articles) {
  const quotes = given ? (given.get(a.name) ?? []) : findQuotesWith(a.text, entitiesOf(a), m).quotes;
  words += a.text.split(/\s+/).length;
  const matches = addArticle(totals, a, quotes);
  const mp = new Set(matches.map((x) => x.pred));
  const mg = new Set(matches.map((x) => x.gold));
  quotes.forEach((q, i) => {
    if (mp.has(i)) return;
    const [s, e] = trim(a.text, q.start, q.end);
    const overl = a.quotes.some((g) => g.start < e && g.end > s);
    note(
      overl ? 'fp-boundary' : 'fp-spurious',
      `${a.name}: ${clip(a.text.slice(q.start, q.end))}   ⟨ctx: ${clip(a.text.slice(Math.max(0, q.start - 60), q.start), 60)}⟩`,
    );
  });
  a.quotes.forEach((g, j) => {
    if (mg.has(j)) return;
    const overl = quotes.some((q) => q.start < g.end && q.end > g.start);
    note(
      overl ? 'fn-boundary' : 'fn-missed',
      `${a.name}: ${clip(a.text.slice(g.start, g.end))}   ⟨ctx: ${clip(a.text.slice(Math.max(0, g.start - 60), g.start), 60)}⟩`,
    );
  });
  for (const x of matches) {
    if (x.speakerRight !== false) continue;
    const g = a.quotes[x.gold]!;
    const q = quotes[x.pred]!;
    const gs = g.speaker!;
    const cat = !q.speaker
      ? 'spk-none'
      : gs[1] <= g.start
        ? 'spk-gold-before'
        : gs[0] >= g.end
          ? 'spk-gold-after'
          : 'spk-gold-inside';
    const lo = Math.min(gs[0], q.start, q.speaker?.start ?? Infinity);
    const hi = Math.max(gs[1], q.end, q.speaker?.end ?? 0);
    let ctx = a.text.slice(Math.max(0, lo - 30), Math.min(a.text.length, hi + 30));
    if (ctx.length > 400) ctx = clip(ctx, 400);
    note(
      cat,
      `${a.name}: gold=[${a.text.slice(gs[0], gs[1])}] pred=[${q.speaker?.text ?? '∅'}]\n      ${ctx.replace(/\n/g, '¶')}`,
    );
  }
}
const ms = performance.now() - t0;
const s = summarize(totals);
for (const [cat, list] of Object.entries(errors).sort((x, y) => y[1].length - x[1].length)) {
  console.log(`\n== ${cat}: ${list.length}`);
  for (const l of list.slice(0, show)) console.log('  ' + l);
}
console.log(
  `\n${articles.length} articles, ${words} words, ${ms.toFixed(0)} ms (${((ms / words) * 10000).toFixed(1)} ms / 10k words)`,
);
console.log(
  `detection F1 ${s.detection.toFixed(1)} (tp ${totals.tp} fp ${totals.fp} fn ${totals.fn})  speaker ${s.speaker.toFixed(1)} (${totals.spkRight}/${totals.spkTotal})  e2e F1 ${s.e2e.toFixed(1)}`,
);
