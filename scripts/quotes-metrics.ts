/**
 * The metrics of ../shared/tools/score_quotes.py in TypeScript, for the dev-bar test and the eval
 * and training scripts: trimmed spans, one-to-one matching at IoU >= 0.5 best first, speaker right
 * when the predicted mention overlaps the gold source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityResult, EntityRecognizer } from '../common/analysis/entities';
import { loadEntityRecognizer } from '../electron/services/analysis/model-file';

export interface GoldQuote {
  start: number;
  end: number;
  speaker: [number, number] | null;
  cue: [number, number] | null;
}

export interface Article {
  name: string;
  text: string;
  quotes: GoldQuote[];
}

export interface PredQuote {
  start: number;
  end: number;
  speaker: { start: number; end: number } | null;
  /** Shown as certain in the reader (score_quotes.py's "sure attributions"). */
  speakerSure?: boolean;
}

const MARKS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2018', '\u2019', "'"]);
const TRAIL = new Set([' ', '\t', '\n', ',', '.', ';', ':', '!', '?', '\u2026']);

export function trim(text: string, s: number, e: number): [number, number] {
  // Python's str.isspace also covers no-break spaces, as /\s/ does
  while (s < e && (MARKS.has(text[s]!) || /\s/.test(text[s]!))) s++;
  while (e > s && (MARKS.has(text[e - 1]!) || TRAIL.has(text[e - 1]!))) e--;
  return [s, e];
}

export function loadFolder(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -5);
      const text = readFileSync(path.join(dir, name + '.txt'), 'utf8');
      const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { quotes: GoldQuote[] };
      return { name, text, quotes: gold.quotes };
    });
}

let recognizer: EntityRecognizer | null = null;
const recognized = new WeakMap<Article, EntityResult>();

/** The entity recognizer's result for an article, computed once: the quotation finder uses it as the app does. */
export function entitiesOf(a: Article): EntityResult {
  let r = recognized.get(a);
  if (!r) {
    r = (recognizer ??= loadEntityRecognizer()).recognize(a.text);
    recognized.set(a, r);
  }
  return r;
}

export interface Match {
  pred: number;
  gold: number;
  speakerRight: boolean | null;
}

export function matchArticle(text: string, gold: GoldQuote[], pred: PredQuote[]): Match[] {
  const pq = pred.map((q) => trim(text, q.start, q.end));
  const gq = gold.map((g) => trim(text, g.start, g.end));
  const pairs: [number, number, number][] = [];
  pq.forEach(([ps, pe], i) =>
    gq.forEach(([gs, ge], j) => {
      const inter = Math.max(0, Math.min(pe, ge) - Math.max(ps, gs));
      const union = Math.max(pe, ge) - Math.min(ps, gs);
      if (union > 0 && inter / union >= 0.5) pairs.push([inter / union, i, j]);
    }),
  );
  // Python sorts the tuples descending: IoU, then the larger index first
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Match[] = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    const gsp = gold[j]!.speaker;
    const psp = pred[i]!.speaker;
    const speakerRight = gsp ? (psp ? psp.start < gsp[1] && psp.end > gsp[0] : false) : null;
    out.push({ pred: i, gold: j, speakerRight });
  }
  return out;
}

export interface Totals {
  tp: number;
  fp: number;
  fn: number;
  spkTotal: number;
  spkRight: number;
  e2eTp: number;
  /** Of the matched quotations with a gold speaker: called sure, and right among those. */
  sure: number;
  sureRight: number;
}

export function emptyTotals(): Totals {
  return { tp: 0, fp: 0, fn: 0, spkTotal: 0, spkRight: 0, e2eTp: 0, sure: 0, sureRight: 0 };
}

/** Matches an article's predictions to its gold, adds them to the totals, and returns the matches. */
export function addArticle(t: Totals, a: Article, pred: PredQuote[]): Match[] {
  const gold = a.quotes;
  const matches = matchArticle(a.text, gold, pred);
  t.tp += matches.length;
  t.fp += pred.length - matches.length;
  t.fn += gold.length - matches.length;
  for (const m of matches) {
    if (m.speakerRight === null) {
      if (pred[m.pred]!.speaker === null) t.e2eTp++;
    } else {
      t.spkTotal++;
      if (pred[m.pred]!.speakerSure) {
        t.sure++;
        if (m.speakerRight) t.sureRight++;
      }
      if (m.speakerRight) {
        t.spkRight++;
        t.e2eTp++;
      }
    }
  }
  return matches;
}

function f1(tp: number, fp: number, fn: number): number {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function summarize(t: Totals): {
  detection: number;
  speaker: number;
  e2e: number;
  /** Percent of matched quotations with a gold speaker called sure, and percent of those right. */
  sureCoverage: number;
  sureRight: number;
} {
  return {
    sureCoverage: t.spkTotal ? (100 * t.sure) / t.spkTotal : 0,
    sureRight: t.sure ? (100 * t.sureRight) / t.sure : 0,
    detection: 100 * f1(t.tp, t.fp, t.fn),
    speaker: t.spkTotal ? (100 * t.spkRight) / t.spkTotal : 0,
    e2e: 100 * f1(t.e2eTp, t.fp + (t.tp - t.e2eTp), t.fn + (t.tp - t.e2eTp)),
  };
}
