/**
 * What every stage of the quotation finder reads: an article's tokens, mark pairs, sentences,
 * recognized mentions and furniture (the Ctx), and the linear scoring its three models share. The
 * stages expose their features so scripts/train-quotes.ts learns the weights from the very code
 * that uses them.
 */
import { furnitureParagraphs } from './furniture';
import { pairMarks, type MarkPair } from './marks';
import { tokenize, tokenAt, type Tok } from './text';
import { CUE_VERBS, STRONG_CUES } from './lexicon';

export type Features = Record<string, number>;
export type Weights = Record<string, number>;

export function score(w: Weights, f: Features): number {
  let s = 0;
  for (const k in f) s += (w[k] ?? 0) * f[k]!;
  return s;
}

export interface Ctx {
  text: string;
  toks: Tok[];
  pairs: MarkPair[];
  /** For each token, the index of the top-level pair it lies in, or -1. */
  inPair: Int32Array;
  /** Per sentence: token index range [start, end). */
  sentStart: number[];
  sentEnd: number[];
  /**
   * The entity recognizer's mentions, sorted by start: a chunk it calls a place ("Columbus, Ohio,
   * said" — the city is no speaker) weighs differently as a source than a person, and a quoted
   * stretch that is one name ("Morning Joe") is more likely a title than speech.
   */
  mentions: readonly Mention[];
  /** Paragraphs that are page furniture (captions' credits, bylines, prompts): never speakers. */
  furniture: Set<number>;
}

export interface Mention {
  start: number;
  end: number;
  type: string;
}

/** No double mark at all (`''` counts as one), or more opening curly single marks than double marks. */
function britishStyle(text: string): boolean {
  let singles = 0;
  let doubles = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '‘') singles++;
    else if (c === '“' || c === '”' || c === '"' || (c === "'" && text[i + 1] === "'")) doubles++;
  }
  return doubles === 0 || singles > doubles;
}

/** Two single-mark pairs at least that end as quotations do, with a comma or a stop inside. */
function quotesWithSingles(text: string, pairs: readonly MarkPair[]): boolean {
  const quoting = pairs.filter(
    (p) => p.kind === 'single' && p.closed && /[,.!?]/u.test(text[p.innerEnd - 1] ?? ''),
  );
  return quoting.length >= 2;
}

export function makeCtx(text: string, mentions: readonly Mention[]): Ctx {
  const toks = tokenize(text);
  // British style: an article whose single marks open more quotations than its double marks do
  // quotes with the single ones, double ones nesting inside ("‘We will not back down,’ she said")
  const outer = britishStyle(text) ? pairMarks(text, true) : null;
  const british = outer !== null && quotesWithSingles(text, outer);
  const found = (british ? outer : pairMarks(text)).filter((p) => p.end - p.start >= 2);
  const pairs = british
    ? found.map((p): MarkPair => (p.kind === 'single' ? { ...p, kind: 'double' } : p))
    : found;
  const inPair = new Int32Array(toks.length).fill(-1);
  pairs.forEach((p, k) => {
    for (let i = tokenAt(toks, p.start); i < toks.length && toks[i]!.start < p.end; i++) inPair[i] = k;
  });
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  toks.forEach((t, i) => {
    if (sentStart[t.sent] === undefined) sentStart[t.sent] = i;
    sentEnd[t.sent] = i + 1;
  });
  const sorted = mentions.slice().sort((x, y) => x.start - y.start);
  const furniture = furnitureParagraphs(text, toks);
  return { text, toks, pairs, inPair, sentStart, sentEnd, mentions: sorted, furniture };
}

/** The recognized mentions overlapping [start, end), in order (the recognizer's never overlap). */
export function mentionsIn(ctx: Ctx, start: number, end: number): Mention[] {
  const { mentions } = ctx;
  let i = tokenAt(mentions, start);
  if (i > 0 && mentions[i - 1]!.end > start) i--;
  const out: Mention[] = [];
  for (; i < mentions.length && mentions[i]!.start < end; i++) out.push(mentions[i]!);
  return out;
}

export function isCue(t: Tok | undefined): boolean {
  return t?.cue === true;
}

export function cueStrength(t: Tok): string {
  const lemma = CUE_VERBS.get(t.lower);
  return lemma !== undefined && STRONG_CUES.has(lemma) ? 'strong' : 'weak';
}

export function bucket(n: number): string {
  if (n <= 1) return String(n);
  if (n <= 3) return '2-3';
  if (n <= 6) return '4-6';
  if (n <= 12) return '7-12';
  if (n <= 25) return '13-25';
  return '26+';
}
