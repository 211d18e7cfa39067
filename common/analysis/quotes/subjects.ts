/**
 * Clause structure around a quotation, read from tokens alone: which cue a subject governs (past
 * adverbs, parentheses, time phrases and appositions), a sentence's main subject and its governing cue.
 */
import { isCue, type Ctx } from './context';
import { STOP_WORDS } from './lexicon';

export const PREPS = new Set([
  'of',
  'about',
  'with',
  'at',
  'in',
  'on',
  'to',
  'from',
  'for',
  'against',
  'after',
  'before',
  'over',
  'into',
  'than',
  'like',
  'toward',
  'towards',
  'behind',
  'between',
  'among',
  'under',
]);

export const ADVERBS = new Set([
  'also',
  'later',
  'then',
  'recently',
  'previously',
  'once',
  'often',
  'has',
  'had',
  'have',
  'had',
  'was',
  'is',
  'repeatedly',
  'publicly',
  'reportedly',
  'further',
  'frequently',
  'quickly',
  'simply',
  'flatly',
  'again',
  'earlier',
  'even',
  'would',
  'will',
  'previously',
  'subsequently',
  'told',
  'only',
  'just',
]);

/** The cue a word at `j` leads to through adverbs, or -1. */
export function cueAt(ctx: Ctx, j: number): number {
  j = pastAdverbs(ctx, j);
  return isCue(ctx.toks[j]) && ctx.inPair[j]! < 0 ? j : -1;
}

/** Lowercase words ending in -ly that are nouns or verbs, not adverbs. */
const LY_NOT_ADVERBS = new Set(
  'family rally ally anomaly assembly monopoly supply apply reply fly belly bully jelly tally folly italy july'.split(
    ' ',
  ),
);
const MORE_ADVERBS = new Set('been now not never still already long'.split(' '));
/** An adverb or auxiliary that can stand between a subject and its verb ("has repeatedly"). */
export function isAdverb(lower: string): boolean {
  return ADVERBS.has(lower) || MORE_ADVERBS.has(lower) || (/..ly$/.test(lower) && !LY_NOT_ADVERBS.has(lower));
}
/** Words that open a time or setting between a subject and its verb: "Trump on Tuesday said". */
const TIME_LEADS = new Set('on in at during last this after late early'.split(' '));

/**
 * The first token from `j` past what can stand between a subject and its verb: adverbs and
 * auxiliaries ("has repeatedly said"), a parenthesis ("Perdue (R-Ga.) said") and a short time or
 * setting phrase that a cue follows ("who in 2010 said", "Clinton in a statement said").
 */
export function pastAdverbs(ctx: Ctx, j: number): number {
  const { toks } = ctx;
  for (let guard = 0; guard < 12; guard++) {
    const t = toks[j];
    if (!t || isCue(t)) return j;
    if (t.text === '(') {
      let m = j + 1;
      while (m < toks.length && m < j + 8 && toks[m]!.text !== ')' && toks[m]!.sent === t.sent) m++;
      if (toks[m]?.text !== ')') return j;
      j = m + 1;
      continue;
    }
    if (!t.word || t.cap) return j;
    if (isAdverb(t.lower)) {
      j++;
      continue;
    }
    if (TIME_LEADS.has(t.lower)) {
      let k = j + 1;
      while (k < toks.length && k <= j + 5 && toks[k]!.word && !isCue(toks[k]) && toks[k]!.sent === t.sent)
        k++;
      // only when a cue follows the phrase at once: "in the past" alone leads nowhere
      if (k > j + 1 && isCue(toks[k])) return k;
    }
    return j;
  }
  return j;
}

/** "as X put it": the "as" at `as`, "put" or "puts" at `put`, then "it". */
export function asPutIt(ctx: Ctx, as: number, put: number): boolean {
  const { toks } = ctx;
  return (
    as >= 0 &&
    toks[as]?.lower === 'as' &&
    put - as <= 6 &&
    /^puts?$/.test(toks[put]?.lower ?? '') &&
    toks[put + 1]?.lower === 'it'
  );
}

/** The nearest token before `i` in its sentence spelled `lower`, within six tokens; -1 if none. */
export function tokenBefore(ctx: Ctx, i: number, lower: string): number {
  for (let k = i - 1; k >= 0 && k >= i - 6 && ctx.toks[k]!.sent === ctx.toks[i]!.sent; k--)
    if (ctx.toks[k]!.lower === lower) return k;
  return -1;
}

/**
 * The cue a chunk ending at `te` is the subject of, or null: right after it through adverbs;
 * past one or two appositions ("Jean-Marc Ayrault, the foreign minister of France, a permanent
 * member of the Security Council, said"); or as the second of two verbs ("I laughed and said").
 */
export function cueOfSubject(ctx: Ctx, te: number): { cue: number; appos: boolean } | null {
  const { toks } = ctx;
  const found = (j: number): boolean => isCue(toks[j]) && ctx.inPair[j]! < 0;
  let j = pastAdverbs(ctx, te);
  if (found(j)) return { cue: j, appos: false };
  const t = toks[j];
  if (
    t?.word &&
    !t.cap &&
    /(ed|s)$/.test(t.lower) &&
    !STOP_WORDS.has(t.lower) &&
    toks[j + 1]?.lower === 'and'
  ) {
    const k = pastAdverbs(ctx, j + 2);
    if (found(k)) return { cue: k, appos: false };
  }
  for (let seg = 0; seg < 2 && toks[j]?.text === ','; seg++) {
    let m = j + 1;
    while (m < toks.length && m < j + 14 && toks[m]!.text !== ',' && toks[m]!.sent === toks[j]!.sent) m++;
    if (toks[m]?.text !== ',' || ctx.inPair[m]! >= 0) return null;
    const n = pastAdverbs(ctx, m + 1);
    if (found(n)) return { cue: n, appos: true };
    j = m;
  }
  return null;
}

/** Words that open an introductory phrase ending at the first comma: "In July, Gingrich …". */
const INTRO = new Set(
  (
    'in on at after before during while although though when as since because if following speaking ' +
    'asked despite unlike like with without for from by under over earlier later last since once ' +
    'until unless whether where instead amid according'
  ).split(' '),
);

/** The index of the main-clause subject among a sentence's chunks, or -1. */
export function mainSubject(ctx: Ctx, chunks: { ts: number; te: number }[]): number {
  const { toks } = ctx;
  if (!chunks.length) return -1;
  const s = toks[chunks[0]!.ts]!.sent;
  const begin = ctx.sentStart[s]!;
  const end = ctx.sentEnd[s]!;
  let from = begin;
  let i = begin;
  // skip leading conjunctions and adverbs
  while (
    i < end &&
    toks[i]!.word &&
    /^(but|and|so|yet|still|meanwhile|however|now|then|also)$/.test(toks[i]!.lower)
  )
    i++;
  if (i < end && toks[i]!.text === ',') i++;
  from = i;
  if (i < end && (INTRO.has(toks[i]!.lower) || /ing$/.test(toks[i]!.lower))) {
    let j = i;
    while (j < end && j < i + 30 && toks[j]!.text !== ',' && ctx.inPair[j]! < 0) j++;
    if (toks[j]?.text === ',') from = j + 1;
  }
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (c.ts < from) continue;
    const pv = toks[c.ts - 1];
    if (pv && c.ts > from && (PREPS.has(pv.lower) || pv.lower === 'by')) continue;
    if (toks[c.ts]!.sent !== s) return -1;
    return k;
  }
  return -1;
}

/** The last cue before `qs` in the sentence starting at `begin`, outside quotation marks; -1 if none. */
export function governingCue(ctx: Ctx, begin: number, qs: number): number {
  for (let i = qs - 1; i >= begin; i--) if (ctx.inPair[i]! < 0 && isCue(ctx.toks[i])) return i;
  return -1;
}

/** The cue sits in a relative or embedded clause: "what he called", "which he said", "who said". */
export function gcRelative(ctx: Ctx, gc: number): boolean {
  for (let i = gc - 1; i >= gc - 3 && i >= 0; i--) {
    const l = ctx.toks[i]!.lower;
    if (l === 'what' || l === 'which' || l === 'who' || l === 'whom' || l === 'that') return true;
  }
  return false;
}

/** "…, saying “…”": a participle after a comma takes the main clause's subject. */
export function gcParticiple(ctx: Ctx, gc: number): boolean {
  const t = ctx.toks[gc]!;
  return /ing$/.test(t.lower) && (ctx.toks[gc - 1]?.text === ',' || ctx.toks[gc - 1]?.text === '—');
}
