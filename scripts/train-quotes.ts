/**
 * `npx tsx scripts/train-quotes.ts [DIR] [--out FILE]`: learns the quotation finder's three linear
 * models from a PolNeAR-style folder (default ../shared/data/quotes/polnear-train) and writes their
 * weights (no article text) to common/analysis/quotes/model.json:
 * - pair: logistic regression, is a pair of marks part of a gold quotation;
 * - merge: logistic regression, do two consecutive quoted stretches belong to one gold quotation;
 * - speaker: averaged perceptron ranking candidate mentions, right when overlapping the gold source.
 * Deterministic: fixed epoch counts and a seeded shuffle.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  makeCtx,
  mergeFeatures,
  pairFeatures,
  score,
  type Features,
  type Weights,
} from '../common/analysis/quotes/core';
import { detect, type QuoteModel } from '../common/analysis/quotes/pipeline';
import { loadFolder, matchArticle, type Article } from './quotes-metrics';

const args = process.argv.slice(2);
let dir = '../shared/data/quotes/polnear-train';
let out = path.resolve(import.meta.dirname, '../common/analysis/quotes/model.json');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = path.resolve(args[++i]!);
  else dir = args[i]!;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function shuffle<T>(xs: T[], r: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

function logistic(data: [Features, number][], epochs = 30, l2 = 1e-4, lr0 = 0.1): Weights {
  const w: Weights = {};
  const r = rng(7);
  for (let ep = 0; ep < epochs; ep++) {
    const lr = lr0 / (1 + ep * 0.2);
    for (const [f, y] of shuffle(data.slice(), r)) {
      const p = 1 / (1 + Math.exp(-score(w, f)));
      const g = y - p;
      for (const k in f) w[k] = (w[k] ?? 0) * (1 - lr * l2) + lr * g * f[k]!;
    }
  }
  return w;
}

function round(w: Weights): Weights {
  const o: Weights = {};
  for (const k of Object.keys(w).sort()) if (Math.abs(w[k]!) >= 1e-3) o[k] = Math.round(w[k]! * 1000) / 1000;
  return o;
}

function insideGold(a: Article, s: number, e: number): number {
  return a.quotes.findIndex((g) => s >= g.start - 1 && e <= g.end + 1);
}

const articles = loadFolder(dir);
console.log(`${articles.length} articles from ${dir}`);

// 1. pairs
const pairData: [Features, number][] = [];
for (const a of articles) {
  const ctx = makeCtx(a.text);
  ctx.pairs.forEach((p, k) =>
    pairData.push([pairFeatures(ctx, k).features, insideGold(a, p.start, p.end) >= 0 ? 1 : 0]),
  );
}
const pairW = logistic(pairData);
console.log(`pair: ${pairData.length} examples, ${pairData.filter((d) => d[1]).length} positive`);

// 2. merges, between consecutive stretches the pair model keeps
const mergeData: [Features, number][] = [];
for (const a of articles) {
  const ctx = makeCtx(a.text);
  const infos = ctx.pairs.map((_, k) => pairFeatures(ctx, k)).filter((p) => score(pairW, p.features) > 0);
  for (let k = 0; k + 1 < infos.length; k++) {
    const x = infos[k]!;
    const y = infos[k + 1]!;
    const f = mergeFeatures(ctx, x, y);
    if (!f) continue;
    const gx = insideGold(a, x.pair.start, x.pair.end);
    const gy = insideGold(a, y.pair.start, y.pair.end);
    mergeData.push([f, gx >= 0 && gx === gy ? 1 : 0]);
  }
}
const mergeW = logistic(mergeData);
console.log(`merge: ${mergeData.length} examples, ${mergeData.filter((d) => d[1]).length} positive`);

// 3. speakers: averaged perceptron over the candidates of quotations matched to gold. Two rounds,
// since the previous-speaker feature depends on the model's own earlier choices.
let speakerW: Weights = {};
for (let round_ = 0; round_ < 2; round_++) {
  const model: QuoteModel = { pair: pairW, merge: mergeW, speaker: speakerW };
  const groups: { f: Features[]; pos: boolean[] }[] = [];
  let unreachable = 0;
  for (const a of articles) {
    const found = detect(a.text, model);
    const pred = found.quotations.map((q) => ({ start: q.start, end: q.end, speaker: null }));
    for (const m of matchArticle(a.text, a.quotes, pred)) {
      const gs = a.quotes[m.gold]!.speaker;
      if (!gs) continue;
      const cands = found.candidates[m.pred]!;
      const pos = cands.map((c) => c.start < gs[1] && c.end > gs[0]);
      if (!pos.some(Boolean)) {
        unreachable++;
        continue;
      }
      groups.push({ f: cands.map((c) => c.features), pos });
    }
  }
  const w: Weights = {};
  const sum: Weights = {};
  let steps = 0;
  const r = rng(11);
  for (let ep = 0; ep < 12; ep++) {
    for (const g of shuffle(groups.slice(), r)) {
      steps++;
      let bi = 0;
      let bs = -Infinity;
      let pi = -1;
      let ps = -Infinity;
      g.f.forEach((f, i) => {
        const s = score(w, f);
        if (s > bs) {
          bs = s;
          bi = i;
        }
        if (g.pos[i] && s > ps) {
          ps = s;
          pi = i;
        }
      });
      if (g.pos[bi]) continue;
      // averaged perceptron via the running-sum trick: sum accumulates step-weighted updates
      for (const [f, sign] of [
        [g.f[pi]!, 1],
        [g.f[bi]!, -1],
      ] as [Features, number][]) {
        for (const k in f) {
          w[k] = (w[k] ?? 0) + sign * f[k]!;
          sum[k] = (sum[k] ?? 0) + steps * sign * f[k]!;
        }
      }
    }
  }
  speakerW = {};
  for (const k in w) speakerW[k] = w[k]! - sum[k]! / (steps + 1);
  console.log(
    `speaker round ${round_ + 1}: ${groups.length} quotations, ${unreachable} with no candidate on the gold source`,
  );
}

// 4. the score below which the best candidate is no speaker: right for quotations the gold leaves
// unattributed and harmless for stretches that are no quotation at all, wrong for the rest
const scored: [number, number][] = [];
for (const a of articles) {
  const found = detect(a.text, { pair: pairW, merge: mergeW, speaker: speakerW });
  const pred = found.quotations.map((q, i) => ({
    start: q.start,
    end: q.end,
    speaker: found.chosen[i] ? { start: found.chosen[i]!.start, end: found.chosen[i]!.end } : null,
  }));
  const ms = matchArticle(a.text, a.quotes, pred);
  const matched = new Set(ms.map((m) => m.pred));
  // gain of answering null instead of the guess
  for (const m of ms)
    scored.push([found.chosenScore[m.pred]!, m.speakerRight === null ? 1 : m.speakerRight ? -1 : 0]);
  pred.forEach((_, i) => {
    if (!matched.has(i)) scored.push([found.chosenScore[i]!, 0.25]);
  });
}
scored.sort((x, y) => x[0] - y[0]);
let nullBelow = -1e9;
let gain = 0;
let bestGain = 0;
for (let i = 0; i < scored.length; i++) {
  gain += scored[i]![1];
  const next = scored[i + 1]?.[0] ?? Infinity;
  if (gain > bestGain && next > scored[i]![0]) {
    bestGain = gain;
    nullBelow = (scored[i]![0] + Math.min(next, scored[i]![0] + 1)) / 2;
  }
}
console.log(`null speaker below ${nullBelow.toFixed(3)} (gain ${bestGain.toFixed(2)})`);

const result: QuoteModel = {
  pair: round(pairW),
  merge: round(mergeW),
  speaker: round(speakerW),
  nullBelow: Math.round(nullBelow * 1000) / 1000,
};
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(`wrote ${out}`);
