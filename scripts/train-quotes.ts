/**
 * `npx tsx scripts/train-quotes.ts [DIR] [--out FILE]`: learns the quotation finder's linear
 * models from a PolNeAR-style folder (default ../shared/data/quotes/polnear-train) and writes their
 * weights (no article text) to common/analysis/quotes/model.json:
 * - pair: logistic regression, is a pair of marks part of a gold quotation;
 * - merge: logistic regression, do two consecutive quoted stretches belong to one gold quotation;
 * - speaker: averaged perceptron ranking candidate mentions, right when overlapping the gold source.
 * - drop: logistic regression, is a weak stretch found and attributed right, and the probability
 *   below which it goes to the terms, both fitted on 5-fold cross-validation predictions over the
 *   training folder (never on dev).
 * Every stage sees the entity recognizer's mentions (assets/models/ner-model.bin), as in the app.
 * `--cv K` only prints K-fold cross-validated figures on the training folder, to compare features.
 * Experiment knobs (defaults are what the shipped model uses): RANKER=softmax, SPK_EPOCHS, SPK_L2,
 * SPK_LR, SPK_SEED, SPK_BAG (perceptrons averaged, 3), FEAT_DROP, DET_SLACK, PLATEAU. Deterministic: fixed epoch counts and a seeded shuffle; about 40 s.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeCtx, score, type Features, type Weights } from '../common/analysis/quotes/context';
import { mergeFeatures, pairFeatures } from '../common/analysis/quotes/stretches';
import {
  confidenceFeatures,
  detect,
  dropFeatures,
  dropScore,
  findQuotesWith,
  type QuoteModel,
} from '../common/analysis/quotes/pipeline';
import {
  addArticle,
  emptyTotals,
  entitiesOf,
  loadFolder,
  matchArticle,
  summarize,
  type Article,
  type Totals,
} from './quotes-metrics';

const args = process.argv.slice(2);
let dir = '../shared/data/quotes/polnear-train';
let cv = 0;
/** `--dump FILE`: the cross-validated predictions after the drop, with their confidence, as analyze's JSON lines. */
let dump: string | null = null;
let out = path.resolve(import.meta.dirname, '../common/analysis/quotes/model.json');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = path.resolve(args[++i]!);
  else if (args[i] === '--cv') cv = Number(args[++i]);
  else if (args[i] === '--dump') dump = path.resolve(args[++i]!);
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

/**
 * Logistic regression by SGD, the weights averaged over the epochs of the second half: the last
 * epoch's weights alone depend on the order of the last examples seen, and a handful of changed
 * training stretches then moves held-out detection by tenths of a point.
 */
function logistic(data: [Features, number][], epochs = 30, l2 = 1e-4, lr0 = 0.1): Weights {
  const w: Weights = {};
  const sum: Weights = {};
  let snapshots = 0;
  const r = rng(7);
  for (let ep = 0; ep < epochs; ep++) {
    const lr = lr0 / (1 + ep * 0.2);
    for (const [f, y] of shuffle(data.slice(), r)) {
      const p = 1 / (1 + Math.exp(-score(w, f)));
      const g = y - p;
      for (const k in f) w[k] = (w[k] ?? 0) * (1 - lr * l2) + lr * g * f[k]!;
    }
    if (ep < epochs / 2) continue;
    for (const k in w) sum[k] = (sum[k] ?? 0) + w[k]!;
    snapshots++;
  }
  if (!snapshots) return w;
  for (const k in sum) sum[k] = sum[k]! / snapshots;
  return sum;
}

function round(w: Weights): Weights {
  const o: Weights = {};
  for (const k of Object.keys(w).sort()) if (Math.abs(w[k]!) >= 1e-3) o[k] = Math.round(w[k]! * 1000) / 1000;
  return o;
}

function insideGold(a: Article, s: number, e: number): number {
  return a.quotes.findIndex((g) => s >= g.start - 1 && e <= g.end + 1);
}

const RANKER = process.env.RANKER ?? 'perceptron';

/** Experiment knob FEAT_DROP: a regular expression of speaker features to leave out of training. */
const FEAT_DROP = process.env.FEAT_DROP ? new RegExp(process.env.FEAT_DROP) : null;
function keep(f: Features): Features {
  if (!FEAT_DROP) return f;
  const o: Features = {};
  for (const k in f) if (!FEAT_DROP.test(k)) o[k] = f[k]!;
  return o;
}

/**
 * A listwise logistic ranker: softmax over a quotation's candidates, the gold-overlapping ones
 * sharing the target mass; L2 on the weights a step touches.
 */
function softmaxRanker(groups: { f: Features[]; pos: boolean[] }[]): Weights {
  const w: Weights = {};
  const r = rng(13);
  const epochs = Number(process.env.SPK_EPOCHS ?? 10);
  const l2 = Number(process.env.SPK_L2 ?? 1e-4);
  const lr0 = Number(process.env.SPK_LR ?? 0.1);
  for (let ep = 0; ep < epochs; ep++) {
    const lr = lr0 / (1 + ep * 0.3);
    for (const g of shuffle(groups.slice(), r)) {
      const ss = g.f.map((f) => score(w, f));
      const mx = Math.max(...ss);
      const ex = ss.map((x) => Math.exp(x - mx));
      const z = ex.reduce((a, b) => a + b, 0);
      const npos = g.pos.filter(Boolean).length;
      const grad: Weights = {};
      g.f.forEach((f, i) => {
        const d = (g.pos[i] ? 1 / npos : 0) - ex[i]! / z;
        if (d === 0) return;
        for (const k in f) grad[k] = (grad[k] ?? 0) + d * f[k]!;
      });
      for (const k in grad) w[k] = (w[k] ?? 0) * (1 - lr * l2) + lr * grad[k]!;
    }
  }
  return w;
}

/** An averaged perceptron ranking each group's candidates, the shuffle seeded by `seed`. */
function perceptron(groups: { f: Features[]; pos: boolean[] }[], seed: number): Weights {
  const w: Weights = {};
  const sum: Weights = {};
  let steps = 0;
  const r = rng(seed);
  for (let ep = 0; ep < Number(process.env.SPK_EPOCHS ?? 5); ep++) {
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
  const out: Weights = {};
  for (const k in w) out[k] = w[k]! - sum[k]! / (steps + 1);
  return out;
}

/**
 * The ranker's weights scaled so that the winning scores on its training quotations spread with a
 * standard deviation of 10. An averaged perceptron's scores grow with the data it saw, and the
 * thresholds learned on the cross-validation models (drop, calibration) must mean the same for
 * the model trained on all of train.
 */
function rescale(w: Weights, groups: { f: Features[] }[]): Weights {
  const best = groups.map((g) => Math.max(...g.f.map((f) => score(w, f))));
  const mean = best.reduce((a, b) => a + b, 0) / best.length;
  const sd = Math.sqrt(best.reduce((a, b) => a + (b - mean) ** 2, 0) / best.length);
  if (!(sd > 0)) return w;
  const out: Weights = {};
  for (const k in w) out[k] = (w[k]! * 10) / sd;
  return out;
}

function trainModel(articles: Article[], log: (s: string) => void): QuoteModel {
  // 1. pairs
  const pairData: [Features, number][] = [];
  for (const a of articles) {
    const ctx = makeCtx(a.text, entitiesOf(a).mentions);
    ctx.pairs.forEach((p, k) =>
      pairData.push([pairFeatures(ctx, k).features, insideGold(a, p.start, p.end) >= 0 ? 1 : 0]),
    );
  }
  const pairW = logistic(pairData);
  log(`pair: ${pairData.length} examples, ${pairData.filter((d) => d[1]).length} positive`);

  // 2. merges, between consecutive stretches the pair model keeps
  const mergeData: [Features, number][] = [];
  for (const a of articles) {
    const ctx = makeCtx(a.text, entitiesOf(a).mentions);
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
  log(`merge: ${mergeData.length} examples, ${mergeData.filter((d) => d[1]).length} positive`);

  // 3. speakers: averaged perceptron over the candidates of quotations matched to gold. Two rounds,
  // since the previous-speaker feature depends on the model's own earlier choices.
  let speakerW: Weights = {};
  for (let round_ = 0; round_ < 2; round_++) {
    const model: QuoteModel = { pair: pairW, merge: mergeW, speaker: speakerW };
    const groups: { f: Features[]; pos: boolean[] }[] = [];
    let unreachable = 0;
    for (const a of articles) {
      const found = detect(a.text, model, entitiesOf(a));
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
        groups.push({ f: cands.map((c) => keep(c.features)), pos });
      }
    }
    if (RANKER === 'softmax') {
      speakerW = softmaxRanker(groups);
      log(
        `speaker round ${round_ + 1}: ${groups.length} quotations, ${unreachable} with no candidate on the gold source`,
      );
      continue;
    }
    // several averaged perceptrons over different shuffles, their weights averaged: the ranking
    // depends less on one order of the examples
    const seeds = Number(process.env.SPK_BAG ?? 3);
    speakerW = {};
    for (let bag = 0; bag < seeds; bag++) {
      const w = perceptron(groups, Number(process.env.SPK_SEED ?? 11) + bag * 1000);
      for (const k in w) speakerW[k] = (speakerW[k] ?? 0) + w[k]! / seeds;
    }
    speakerW = rescale(speakerW, groups);
    log(
      `speaker round ${round_ + 1}: ${groups.length} quotations, ${unreachable} with no candidate on the gold source`,
    );
  }

  // 4. the score below which the best candidate is no speaker: right for quotations the gold leaves
  // unattributed and harmless for stretches that are no quotation at all, wrong for the rest
  const scored: [number, number][] = [];
  for (const a of articles) {
    const found = detect(a.text, { pair: pairW, merge: mergeW, speaker: speakerW }, entitiesOf(a));
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
  log(`null speaker below ${nullBelow.toFixed(3)} (gain ${bestGain.toFixed(2)})`);

  return {
    pair: round(pairW),
    merge: round(mergeW),
    speaker: round(speakerW),
    nullBelow: Math.round(nullBelow * 1000) / 1000,
  };
}

const articles = loadFolder(dir);
console.log(`${articles.length} articles from ${dir}`);

type Drop = NonNullable<QuoteModel['drop']>;
const NO_DROP: Drop = { pairBelow: -Infinity, weights: {}, below: 0 };

interface Held {
  fold: number;
  pair: number;
  spk: number;
  matched: boolean;
  /** Counted right end to end. */
  ok: boolean;
  /** The calibration's view of the chosen speaker (null without one). */
  conf: Features | null;
  /** Matched to a gold quotation with a source: whether the chosen speaker is on it. */
  spkRight: boolean | null;
  /** What the drop reads of it. */
  dropF: Features;
}

/** k-fold cross-validation on the training folder: held-out totals and per-quotation scores. */
function crossValidate(k: number): {
  totals: Totals;
  held: Held[];
  gold: number[];
  models: QuoteModel[];
} {
  const totals = emptyTotals();
  const held: Held[] = [];
  const gold: number[] = Array.from({ length: k }, () => 0);
  const models: QuoteModel[] = [];
  for (let fold = 0; fold < k; fold++) {
    const test = articles.filter((_, i) => i % k === fold);
    const model = trainModel(
      articles.filter((_, i) => i % k !== fold),
      () => {},
    );
    models.push(model);
    for (const a of test) {
      gold[fold]! += a.quotes.length;
      const { quotes } = findQuotesWith(a.text, entitiesOf(a), model);
      addArticle(totals, a, quotes);
      // the same quotations before any drop, with their scores
      const found = detect(a.text, model, entitiesOf(a));
      const pred = found.quotations.map((q, i) => ({
        start: q.start,
        end: q.end,
        speaker: found.chosen[i] ? { start: found.chosen[i]!.start, end: found.chosen[i]!.end } : null,
      }));
      const byPred = new Map(matchArticle(a.text, a.quotes, pred).map((m) => [m.pred, m]));
      pred.forEach((p, i) => {
        const m = byPred.get(i);
        held.push({
          fold,
          pair: dropScore(found, i),
          spk: found.chosenScore[i]!,
          matched: m !== undefined,
          ok: m !== undefined && (m.speakerRight === null ? p.speaker === null : m.speakerRight),
          conf: confidenceFeatures(found, i),
          spkRight: m === undefined || m.speakerRight === null ? null : m.speakerRight,
          dropF: dropFeatures(found, i),
        });
      });
    }
  }
  return { totals, held, gold, models };
}

/**
 * Each article's held-out quotations as its fold's model finds them, with its fold's own drop (so
 * that the scorer's figure on the dump is an honest held-out one) and the calibrated confidence.
 */
function dumpHeldOut(
  file: string,
  models: QuoteModel[],
  drops: Drop[],
  confidence: NonNullable<QuoteModel['confidence']>,
): void {
  const lines = articles.map((a, i) => {
    const drop = drops[i % drops.length]!;
    const model = { ...models[i % models.length]!, drop: drop === NO_DROP ? undefined : drop, confidence };
    const { quotes } = findQuotesWith(a.text, entitiesOf(a), model);
    return JSON.stringify({ file: path.resolve(dir, a.name + '.txt'), quotes });
  });
  writeFileSync(file, lines.join('\n') + '\n');
}

/**
 * The drop never removes a stretch the quotation model gives log-odds of 2.5 (92%) or more: without
 * the cap the best box on train rises to 3.5 (97%) and drops "Smith said “yes indeed”" and
 * unattributed quotations a reader sees as quotations, for 0.1 point of end-to-end F1.
 */
const PAIR_CAP = 2.5;

const eligible = (h: Held): boolean => h.pair < PAIR_CAP;
const PLATEAU = Number(process.env.PLATEAU ?? 0.0002);
const probOk = (w: Weights, h: Held): number => 1 / (1 + Math.exp(-score(w, h.dropF)));
const isDroppedBy = (d: Drop, h: Held): boolean => h.pair < d.pairBelow && probOk(d.weights, h) < d.below;

/** The drop's logistic model: is a stretch below the cap found and attributed right. */
const fitDrop = (held: Held[]): Weights =>
  logistic(
    held.filter(eligible).map((h): [Features, number] => [h.dropF, h.ok ? 1 : 0]),
    30,
    1e-3,
    0.05,
  );

/**
 * The probability below which the drop removes a stretch: the one that maximizes end-to-end F1 on
 * `held` while detection F1 loses at most 0.3 points, or null when no drop gains.
 */
function bestBelow(held: Held[], gold: number, weights: Weights): number | null {
  const P0 = held.length;
  const E0 = held.filter((h) => h.ok).length;
  const T0 = held.filter((h) => h.matched).length;
  const det0 = (2 * T0) / (P0 + gold);
  const probs = held.map((h) => (eligible(h) ? probOk(weights, h) : Infinity));
  const f0 = (2 * E0) / (P0 + gold);
  const scored: [number, number][] = [];
  for (let step = 5; step <= 60; step++) {
    const below = step / 100;
    let d = 0;
    let dOk = 0;
    let dM = 0;
    held.forEach((h, i) => {
      if (probs[i]! >= below) return;
      d++;
      if (h.ok) dOk++;
      if (h.matched) dM++;
    });
    const f = (2 * (E0 - dOk)) / (P0 - d + gold);
    const det = (2 * (T0 - dM)) / (P0 - d + gold);
    if (det >= det0 - Number(process.env.DET_SLACK ?? 0.003)) scored.push([below, f]);
  }
  const bestF = Math.max(...scored.map(([, f]) => f));
  if (!(bestF > f0 + 1e-9)) return null;
  // end-to-end F1 is flat near its best, a few quotations either way: the middle of the thresholds
  // within 0.02 points of the best moves less between folds than the best alone
  const near = scored.filter(([, f]) => f >= bestF - PLATEAU).map(([b]) => b);
  return near[Math.floor(near.length / 2)]!;
}

/** End-to-end F1 on `held` after each quotation's drop (the same for all, or its fold's own). */
const e2eAfter = (held: Held[], gold: number, dropOf: (h: Held) => Drop): number => {
  const kept = held.filter((h) => !isDroppedBy(dropOf(h), h));
  return (200 * kept.filter((h) => h.ok).length) / (kept.length + gold);
};

/**
 * The drop: per fold, its model fitted and its threshold chosen on the other folds' held-out
 * quotations; then the model fitted on them all and the folds' thresholds averaged, which moves
 * less with a retrained ranker than one choice over all. Each fold's own drop, applied to the fold
 * it never saw, gives an honest figure for what the drop is worth.
 */
function chooseDrop(held: Held[], gold: number[]): { drop: Drop; perFold: Drop[] } {
  const k = gold.length;
  const all = gold.reduce((a, b) => a + b, 0);
  const choices = gold.map((_, fold): Drop => {
    const train = held.filter((h) => h.fold !== fold);
    const weights = fitDrop(train);
    const below = bestBelow(train, all - gold[fold]!, weights);
    return below === null ? NO_DROP : { pairBelow: PAIR_CAP, weights, below };
  });
  const nestedE2e = e2eAfter(held, all, (h) => choices[h.fold]!);
  const usable = choices.filter((c) => c !== NO_DROP);
  // a fold that found no drop worth making votes for none
  if (usable.length * 2 <= k) return { drop: NO_DROP, perFold: choices };
  const drop: Drop = {
    pairBelow: PAIR_CAP,
    weights: round(fitDrop(held)),
    below: Math.round((usable.reduce((a, c) => a + c.below, 0) / usable.length) * 1000) / 1000,
  };
  console.log(
    `drop below p(right) ${drop.below} for stretches under ${PAIR_CAP} (mean of ${usable.length} folds' thresholds ${usable.map((c) => c.below).join(', ')}): held-out e2e ${e2eAfter(held, all, () => NO_DROP).toFixed(2)} -> ${nestedE2e.toFixed(2)} with each fold's own drop, ${e2eAfter(held, all, () => drop).toFixed(2)} with the final one (its weights fitted on all folds)`,
  );
  return { drop, perFold: choices };
}

/** The sure attributions must be right this often, held out; the bar is 97%. */
const SURE_PRECISION = Number(process.env.SURE_PRECISION ?? 0.98);

/**
 * Fits the speaker confidence to the held-out choices (a ranker's scores on its own training data
 * are overconfident) and picks the lowest confidence whose held-out sure attributions are right
 * SURE_PRECISION of the time.
 */
function calibrate(held: Held[]): NonNullable<QuoteModel['confidence']> {
  const scored = held.filter((h) => h.spkRight !== null);
  const data = scored.filter((h) => h.conf).map((h): [Features, number] => [h.conf!, h.spkRight ? 1 : 0]);
  const weights = round(logistic(data, 30, 1e-3, 0.05));
  const probs = scored
    .map((h) => ({ p: h.conf ? 1 / (1 + Math.exp(-score(weights, h.conf))) : 0, right: h.spkRight! }))
    .sort((a, b) => b.p - a.p);
  let sureFrom = 1;
  let right = 0;
  let covered = 0;
  let best = { n: 0, right: 0 };
  probs.forEach((x, i) => {
    right += x.right ? 1 : 0;
    const next = probs[i + 1];
    if (next && next.p === x.p) return;
    if (right / (i + 1) >= SURE_PRECISION) {
      sureFrom = x.p;
      covered = i + 1;
      best = { n: i + 1, right };
    }
  });
  // Brier score and a reliability table: calibrated means a 0.8 is right about 80% of the time
  const brier = probs.reduce((s, x) => s + (x.p - (x.right ? 1 : 0)) ** 2, 0) / probs.length;
  const bins = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01].slice(0, -1).map((lo, i, a) => {
    const hi = a[i + 1] ?? 1.01;
    const xs = probs.filter((x) => x.p >= lo && x.p < hi);
    const mean = xs.reduce((s, x) => s + x.p, 0) / (xs.length || 1);
    const acc = xs.filter((x) => x.right).length / (xs.length || 1);
    return `[${lo}, ${Math.min(hi, 1)}): ${xs.length} predicted ${(mean * 100).toFixed(1)} right ${(acc * 100).toFixed(1)}`;
  });
  console.log(
    `confidence: Brier ${brier.toFixed(4)}; sure from ${sureFrom.toFixed(3)}: ${covered}/${probs.length} = ${((100 * covered) / probs.length).toFixed(1)}% of attributions, right ${best.right}/${best.n} = ${((100 * best.right) / (best.n || 1)).toFixed(1)}%\n  ${bins.join('\n  ')}`,
  );
  return { weights, sureFrom: Math.round(sureFrom * 1000) / 1000 };
}

const report = (t: Totals): void => {
  const s = summarize(t);
  console.log(
    `cv: detection F1 ${s.detection.toFixed(2)} (tp ${t.tp} fp ${t.fp} fn ${t.fn})  speaker ${s.speaker.toFixed(2)} (${t.spkRight}/${t.spkTotal})  e2e F1 ${s.e2e.toFixed(2)}`,
  );
};

const { totals, held, gold, models } = crossValidate(cv > 1 ? cv : 5);
report(totals);
const { drop, perFold } = chooseDrop(held, gold);
const confidence = calibrate(held);
if (dump) dumpHeldOut(dump, models, perFold, confidence);
if (cv <= 1) {
  const result = trainModel(articles, (x) => console.log(x));
  result.confidence = confidence;
  if (drop !== NO_DROP) result.drop = drop;
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(`wrote ${out}`);
}
