/**
 * The whole quotation pass with a given model, so training and evaluation scripts run exactly what
 * the app runs.
 */
import type { Quote, ReportedSpeech, Span, Term } from '../../model/analysis';
import type { EntityResult } from '../entities';
import { speakerCandidates } from './candidates';
import { speakerSpan, type Candidate, type Chunk } from './chunks';
import { bucket, isCue, makeCtx, score, type Ctx, type Features, type Weights } from './context';
import {
  isModifier,
  isNickname,
  mergeFeatures,
  pairFeatures,
  type PairInfo,
  type Quotation,
} from './stretches';
import { findReported } from './reported';
import { SpeakerResolver } from './resolve';
import { tokenAt } from './text';

export interface QuoteModel {
  pair: Weights;
  merge: Weights;
  speaker: Weights;
  /** Below this score the best speaker candidate is no speaker. */
  nullBelow?: number;
  /**
   * A stretch the quotation model barely keeps (scored below pairBelow) is a term after all when
   * it is unlikely to be a quotation found and attributed right: scare quotes have no source.
   * Logistic weights over dropFeatures and the probability below which the stretch goes, both
   * learned by cross-validation on train.
   */
  drop?: { pairBelow: number; weights: Weights; below: number };
  /**
   * Logistic weights over confidenceFeatures, fitted to held-out (cross-validated) choices on train,
   * and the confidence from which an attribution is sure: the lowest at which the held-out sure
   * ones were right at least 98% of the time.
   */
  confidence?: { weights: Weights; sureFrom: number };
}

export interface Found {
  ctx: Ctx;
  infos: PairInfo[];
  isQuote: boolean[];
  quotations: Quotation[];
  candidates: Candidate[][];
  chosen: (Candidate | null)[];
  /** The chosen candidate's score, or -Infinity when there was none. */
  chosenScore: number[];
  /** The runner-up candidate's score, or -Infinity. */
  secondScore: number[];
  /** Per quotation, the quotation model's highest score over its stretches. */
  pairScore: number[];
}

export function detect(text: string, model: QuoteModel, entities: EntityResult): Found {
  const ctx = makeCtx(text, entities.mentions);
  const infos = ctx.pairs.map((_, k) => pairFeatures(ctx, k));
  const pairScores = infos.map((p) => score(model.pair, p.features));
  const isQuote = pairScores.map(
    (x, k) => x > 0 && !isNickname(ctx, infos[k]!) && !isModifier(ctx, infos[k]!),
  );
  const quotations: Quotation[] = [];
  let cur: Quotation | null = null;
  infos.forEach((p, k) => {
    if (!isQuote[k]) {
      // a term between two stretches still belongs to the quotation's gap; it does not break it
      return;
    }
    if (cur) {
      const prev = cur.parts[cur.parts.length - 1]!;
      const mf = mergeFeatures(ctx, prev, p);
      if (mf && score(model.merge, mf) > 0) {
        cur.parts.push(p);
        cur.end = p.pair.end;
        return;
      }
    }
    cur = { parts: [p], start: p.pair.start, end: p.pair.end };
    quotations.push(cur);
  });
  const candidates: Candidate[][] = [];
  const chosen: (Candidate | null)[] = [];
  const chosenScore: number[] = [];
  const secondScore: number[] = [];
  const pairScore = quotations.map((q) => Math.max(...q.parts.map((p) => pairScores[p.index]!)));
  let prevSpeaker: { text: string; end: number } | null = null;
  for (const q of quotations) {
    const cands = speakerCandidates(ctx, q, { prevSpeaker });
    let best: Candidate | null = null;
    let bestScore = -Infinity;
    let second = -Infinity;
    for (const c of cands) {
      const s = score(model.speaker, c.features);
      if (s > bestScore) {
        second = bestScore;
        bestScore = s;
        best = c;
      } else if (s > second) second = s;
    }
    // a weak best guess is no speaker: the reader says "unattributed" rather than guess
    if (best && bestScore < (model.nullBelow ?? -Infinity)) best = null;
    chosenScore.push(bestScore);
    secondScore.push(second);
    candidates.push(cands);
    chosen.push(best);
    if (best) prevSpeaker = { text: text.slice(best.start, best.end), end: best.end };
  }
  return { ctx, infos, isQuote, quotations, candidates, chosen, chosenScore, secondScore, pairScore };
}

/**
 * What says how far to trust quotation k's speaker: the ranker's margin over the runner-up, its
 * score, what kind of mention won and where it stands. Both the app and the calibration read these.
 */
export function confidenceFeatures(found: Found, k: number): Features | null {
  const c = found.chosen[k];
  if (!c) return null;
  const best = found.chosenScore[k]!;
  const second = found.secondScore[k]!;
  const margin = Number.isFinite(second) ? Math.min(best - second, 40) : 40;
  const f: Features = { bias: 1, margin: margin / 10, score: Math.max(-4, Math.min(best / 10, 6)) };
  f['m:' + (margin < 2 ? 0 : margin < 5 ? 1 : margin < 10 ? 2 : margin < 20 ? 3 : 4)] = 1;
  f['type:' + c.type] = 1;
  f['region:' + c.region.replace(/\d+$/, '')] = 1;
  f['rt:' + c.region.replace(/\d+$/, '') + ':' + c.type] = 1;
  const n = found.candidates[k]!.length;
  f['cands:' + (n <= 1 ? n : n <= 3 ? '2-3' : n <= 8 ? '4-8' : '9+')] = 1;
  if (found.quotations[k]!.parts.length > 1) f['parts'] = 1;
  return f;
}

/** Quotation k's calibrated speaker confidence (null without a model or a speaker). */
export function speakerConfidence(found: Found, k: number, model: QuoteModel): number | null {
  const c = model.confidence;
  const f = c ? confidenceFeatures(found, k) : null;
  return c && f ? 1 / (1 + Math.exp(-score(c.weights, f))) : null;
}

/** The cue token next to the chosen speaker, else the nearest cue around the quotation. */
function findCue(found: Found, q: Quotation, c: Candidate | null): { start: number; end: number } | null {
  const { toks } = found.ctx;
  if (c) {
    let j = c.te;
    while (j < toks.length && j < c.te + 4 && toks[j]!.word && !isCue(toks[j])) j++;
    if (isCue(toks[j])) return cueSpan(found.ctx, j);
    if (isCue(toks[c.ts - 1])) return cueSpan(found.ctx, c.ts - 1);
    // "according to X"
    if (toks[c.ts - 1]?.lower === 'to' && toks[c.ts - 2]?.lower === 'according') {
      return { start: toks[c.ts - 2]!.start, end: toks[c.ts - 1]!.end };
    }
  }
  const ctx = found.ctx;
  let best: number | null = null;
  let bestDist = Infinity;
  for (let i = tokenAt(toks, q.start - 200); i < toks.length; i++) {
    const t = toks[i]!;
    if (t.start > q.end + 200) break;
    if (ctx.inPair[i]! >= 0 || !isCue(t)) continue;
    const d = t.end <= q.start ? q.start - t.end : t.start >= q.end ? t.start - q.end : 0;
    if (d < bestDist) {
      bestDist = d;
      best = i;
    }
  }
  return best === null || bestDist > 120 ? null : cueSpan(ctx, best);
}

function cueSpan(ctx: Ctx, i: number): { start: number; end: number } {
  const t = ctx.toks[i]!;
  return { start: t.start, end: t.end };
}

/**
 * The stretch score the drop reads: the pair model's, except for a quotation that is a paragraph of
 * its own, which a reader sees as a quotation whoever said it ("check" then says the speaker is a
 * guess), so it is never dropped.
 */
export function dropScore(found: Found, k: number): number {
  const { toks } = found.ctx;
  const q = found.quotations[k]!;
  const first = tokenAt(toks, q.start);
  const after = tokenAt(toks, q.end);
  const para = toks[first]?.para;
  const opens = first === 0 || toks[first - 1]!.para !== para;
  const closes = after >= toks.length || toks[after]!.para !== toks[after - 1]?.para;
  return opens && closes ? Infinity : found.pairScore[k]!;
}

/**
 * What the drop reads of quotation k: how strong its stretch is, how strong and how clear its
 * speaker's win, its length, and what kind of mention won where. A weak speaker means little
 * beside a strong stretch, and a short stretch whose speaker stands in the next sentence is a
 * scare quote more often than a long one: the two scores' box the drop had been could not say so.
 */
export function dropFeatures(found: Found, k: number): Features {
  const pair = found.pairScore[k]!;
  const best = found.chosenScore[k]!;
  const spk = Number.isFinite(best) ? best : -60;
  const second = found.secondScore[k]!;
  const margin = Number.isFinite(second) ? Math.min(spk - second, 40) : 40;
  const q = found.quotations[k]!;
  const c = found.chosen[k];
  const p = Math.max(-5, Math.min(pair, 5)) / 5;
  const s = Math.max(-40, Math.min(spk, 60)) / 30;
  const f: Features = { bias: 1, p, s, ps: p * s, m: margin / 20 };
  if (pair > 1) f['p>1'] = 1;
  if (pair > 2) f['p>2'] = 1;
  if (spk > 20) f['s>20'] = 1;
  if (spk > 30) f['s>30'] = 1;
  f['w:' + bucket(found.ctx.text.slice(q.start, q.end).split(/\s+/).length)] = 1;
  f['t:' + (c?.type ?? 'none')] = 1;
  f['r:' + (c?.region ?? 'none')] = 1;
  if (q.parts.length > 1) f['parts'] = 1;
  return f;
}

/** The drop's probability that quotation k is found and attributed right. */
export function dropOk(found: Found, k: number, weights: Weights): number {
  return 1 / (1 + Math.exp(-score(weights, dropFeatures(found, k))));
}

/** The quotation is dropped to the terms: a weak stretch, unlikely to be right end to end. */
export function isDropped(found: Found, k: number, model: QuoteModel): boolean {
  const d = model.drop;
  return d !== undefined && dropScore(found, k) < d.pairBelow && dropOk(found, k, d.weights) < d.below;
}

export function findQuotesWith(
  text: string,
  entities: EntityResult,
  model: QuoteModel,
): { quotes: Quote[]; terms: Term[]; reported: ReportedSpeech[] } {
  const found = detect(text, model, entities);
  const dropped = found.quotations.map((_, k) => isDropped(found, k, model));
  const kept = found.quotations.filter((_, k) => !dropped[k]);
  const indirect = findReported(found.ctx).filter(
    (r) => !kept.some((q) => q.start < r.end && q.end > r.start),
  );
  // Speakers resolve in reading order, quotations and reported speech alike: "he" in either points
  // back to whoever spoke last.
  type Item = {
    start: number;
    end: number;
    parts: Span[];
    chunk: Chunk | null;
    cue: Span | null;
    confidence: number | null;
  };
  const items: (Item & { kind: 'quote' | 'reported' })[] = [];
  found.quotations.forEach((q, k) => {
    if (dropped[k]) return;
    const c = found.chosen[k] ?? null;
    items.push({
      kind: 'quote',
      start: q.start,
      end: q.end,
      parts: q.parts.map((p) => ({ start: p.pair.start, end: p.pair.end })),
      chunk: c,
      cue: findCue(found, q, c),
      confidence: speakerConfidence(found, k, model),
    });
  });
  for (const r of indirect)
    items.push({
      kind: 'reported',
      start: r.start,
      end: r.end,
      parts: [{ start: r.start, end: r.end }],
      chunk: r.source,
      cue: r.cue,
      confidence: null,
    });
  items.sort((x, y) => x.start - y.start);
  const resolver = new SpeakerResolver(text, found.ctx, entities);
  const sureFrom = model.confidence?.sureFrom ?? Infinity;
  const quotes: Quote[] = [];
  const reported: ReportedSpeech[] = [];
  for (const it of items) {
    const c = it.chunk;
    const at = c ? speakerSpan(found.ctx, c) : null;
    const speaker = at ? { ...at, text: text.slice(at.start, at.end) } : null;
    const r = resolver.resolve(speaker, c?.type ?? null, it.end);
    (it.kind === 'quote' ? quotes : reported).push({
      start: it.start,
      end: it.end,
      text: text.slice(it.start, it.end),
      parts: it.parts,
      speaker,
      speakerEntityId: r.entityId,
      speakerName: r.name,
      cue: it.cue,
      speakerConfidence: it.confidence === null ? null : Math.round(it.confidence * 1000) / 1000,
      speakerSure: it.confidence !== null && it.confidence >= sureFrom,
    });
  }
  const terms: Term[] = [];
  found.infos.forEach((p, k) => {
    if (found.isQuote[k] && !found.quotations.some((q, j) => dropped[j] && q.parts.includes(p))) return;
    if (quotes.some((q) => q.start <= p.pair.start && p.pair.end <= q.end)) return;
    terms.push({ start: p.pair.start, end: p.pair.end, text: text.slice(p.pair.start, p.pair.end) });
  });
  return { quotes, terms, reported };
}
