/**
 * The quotation finder's stages, exposed with their features so scripts/train-quotes.ts learns the
 * weights from the very code that uses them: pair the marks, tell quotations from terms, merge the
 * stretches of one interrupted quotation, then rank speaker candidates around each quotation.
 */
import { furnitureParagraphs } from './furniture';
import { pairMarks, type MarkPair } from './marks';
import { tokenize, tokenAt, type Tok } from './text';
import {
  CUE_VERBS,
  DETERMINERS,
  pronounOf,
  SENTENCE_STARTERS,
  SPEAKER_NOUNS,
  STOP_WORDS,
  STRONG_CUES,
  TELL_VERBS,
  TITLES,
} from './lexicon';

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

export function makeCtx(text: string, mentions: readonly Mention[]): Ctx {
  const toks = tokenize(text);
  const pairs = pairMarks(text).filter((p) => p.end - p.start >= 2);
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
function mentionsIn(ctx: Ctx, start: number, end: number): Mention[] {
  const { mentions } = ctx;
  let i = tokenAt(mentions, start);
  if (i > 0 && mentions[i - 1]!.end > start) i--;
  const out: Mention[] = [];
  for (; i < mentions.length && mentions[i]!.start < end; i++) out.push(mentions[i]!);
  return out;
}

function isCue(t: Tok | undefined): boolean {
  return t?.cue === true;
}

function cueStrength(t: Tok): string {
  const lemma = CUE_VERBS.get(t.lower);
  return lemma !== undefined && STRONG_CUES.has(lemma) ? 'strong' : 'weak';
}

function bucket(n: number): string {
  if (n <= 1) return String(n);
  if (n <= 3) return '2-3';
  if (n <= 6) return '4-6';
  if (n <= 12) return '7-12';
  if (n <= 25) return '13-25';
  return '26+';
}

// ---------------------------------------------------------------------------------------------
// Quotation or term

export interface PairInfo {
  pair: MarkPair;
  index: number;
  /** Token range inside the marks. */
  ts: number;
  te: number;
  features: Features;
}

const TERM_TRIGGERS = new Set([
  'called',
  'so-called',
  'dubbed',
  'named',
  'titled',
  'entitled',
  'term',
  'word',
  'words',
  'phrase',
  'label',
  'nicknamed',
  'known',
  'as',
  'the',
  'a',
  'an',
  'of',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'that',
]);

/** Nouns naming a work or a show, before its quoted title. */
const MEDIA_NOUNS = new Set(
  (
    'episode episodes show shows program programme broadcast documentary film films movie book books ' +
    'song songs series album column novel headline headlines magazine newspaper podcast nickname ' +
    'slogan hashtag ad ads video poem play musical sitcom forum segment'
  ).split(' '),
);

/** A token as a lexical feature: its lowercase form, or "Cap" for any capitalized word. */
function wordClass(t: Tok): string {
  return t.word && t.cap ? 'Cap' : t.lower;
}

export function pairFeatures(ctx: Ctx, index: number): PairInfo {
  const { toks, text } = ctx;
  const pair = ctx.pairs[index]!;
  const ts = tokenAt(toks, pair.innerStart);
  let te = tokenAt(toks, pair.end);
  if (te > ts && toks[te - 1]!.end > pair.innerEnd && pair.closed) te--;
  const inner = toks.slice(ts, te);
  const words = inner.filter((t) => t.word).length;
  const f: Features = { bias: 1 };
  f['words:' + bucket(words)] = 1;
  f['kind:' + pair.kind] = 1;
  if (!pair.closed) f['unclosed'] = 1;
  if (pair.reopens.length) f['multipara'] = 1;
  const lastIn = text[pair.innerEnd - 1] ?? '';
  if (pair.closed && /[,.!?]/.test(lastIn)) f['endPunct:' + (lastIn === ',' ? 'comma' : 'stop')] = 1;
  const firstWord = inner.find((t) => t.word);
  if (firstWord?.cap) f['startCap'] = 1;
  if (inner.some((t) => t.word && ['i', 'we', 'you', 'my', 'our', 'me', 'us', 'your'].includes(t.lower)))
    f['firstPerson'] = 1;
  const capWords = inner.filter((t) => t.word && t.cap).length;
  if (words > 0 && words <= 6 && capWords === words) f['titleCase'] = 1;
  const innerWords = inner.filter((t) => t.word);
  if (innerWords.length) {
    const ws = innerWords[0]!.start;
    const we = innerWords[innerWords.length - 1]!.end;
    const whole = mentionsIn(ctx, ws, we).find((m) => m.start <= ws && m.end >= we);
    if (whole) f['wholeEntity:' + whole.type] = 1;
  }
  // context before the opening mark
  const before = tokenAt(toks, pair.start) - 1;
  const prev = toks[before];
  if (prev && prev.sent === toks[ts]?.sent) {
    f['prevW:' + wordClass(prev)] = 1;
    if (TERM_TRIGGERS.has(prev.lower)) f['prev:' + prev.lower] = 1;
    else if (isCue(prev)) f['prevCue:' + cueStrength(prev)] = 1;
    else if (prev.text === ':') f['prevColon'] = 1;
    else if (prev.text === ',') f['prevComma'] = 1;
    else if (prev.word) f['prevWord'] = 1;
    const prev2 = toks[before - 1];
    // the two words before the mark, as one: "known as the “…”" and "described it as “…”" name a
    // term, "said the “…”" does not; the single previous word cannot tell them apart
    if (prev2 && prev2.sent === prev.sent) f['prev2W:' + wordClass(prev2) + '_' + wordClass(prev)] = 1;
    if (prev.lower === 'that' && prev2 && isCue(prev2)) f['prevCueThat'] = 1;
    if (prev.text === ':' && prev2 && isCue(prev2)) f['prevCueColon'] = 1;
  } else f['paraOrSentStart'] = 1;
  if (prev && prev.para !== toks[ts]?.para) f['paraStart'] = 1;
  // context after the closing mark
  const after = tokenAt(toks, pair.end);
  const nx = toks[after];
  if (nx && nx.para === toks[Math.max(ts, te - 1)]?.para) {
    if (isCue(nx)) f['nextCue:' + cueStrength(nx)] = 1;
    const nx2 = toks[after + 1];
    const nx3 = toks[after + 2];
    if (nx.text === ',' || nx.text === '—') {
      if (isCue(nx2)) f['nextCommaCue'] = 1;
      else if (nx2 && isCue(nx3)) f['nextCommaXCue'] = 1;
    }
    if (/^[,.]$/.test(nx.text) === false && nx.word) f['nextWord'] = 1;
    f['nextW:' + wordClass(nx)] = 1;
    if (nx.word && !isCue(nx) && isCue(nx2)) f['nextXCue'] = 1;
    else if (nx.word && nx2?.word && !isCue(nx) && isCue(nx3)) f['nextXXCue'] = 1;
    for (let i = after; i < after + 8 && i < toks.length; i++) {
      const u = toks[i]!;
      if (u.para !== nx.para || ctx.inPair[i]! >= 0 || u.text === '.' || u.text === ':') break;
      if (isCue(u)) {
        f['tagAfter'] = 1;
        break;
      }
    }
  } else f['paraEnd'] = 1;
  // any cue in the sentence(s) the pair touches
  const s0 = toks[ts]?.sent ?? -1;
  const s1 = toks[Math.max(ts, te - 1)]?.sent ?? -1;
  let cues = 0;
  const from = ctx.sentStart[s0] ?? ts;
  const to = ctx.sentEnd[s1] ?? te;
  for (let i = from; i < to; i++) if (ctx.inPair[i]! < 0 && isCue(toks[i])) cues++;
  f['sentCues:' + Math.min(cues, 2)] = 1;
  if (cues === 0 && words <= 3) f['shortNoCue'] = 1;
  if (words >= 7 && cues > 0) f['longCue'] = 1;
  // titles of works and shows: "an episode of “Shark Tank”", "her documentary “13th”"
  for (let i = before; i >= 0 && i >= before - 3; i--) {
    const u = toks[i]!;
    if (u.sent !== toks[ts]?.sent || ctx.inPair[i]! >= 0) break;
    if (MEDIA_NOUNS.has(u.lower)) {
      f['prevMedia'] = 1;
      if (f['titleCase']) f['prevMediaTitle'] = 1;
      break;
    }
  }
  if (f['titleCase'] && prev && /^(of|on|in)$/.test(prev.lower)) f['titleAfterPrep'] = 1;
  return { pair, index, ts, te, features: f };
}

const NAMING_VERBS = new Set(
  'called calling calls dubbed dubbing nicknamed labeled labelled branded named termed christened'.split(' '),
);

/**
 * A name the writer reports someone giving ("called the 1996 pageant winner “Miss Piggy”", "dubbed
 * him “Little Marco”"): a naming verb shortly before, in the same clause, and every word of the
 * stretch capitalized. A name is not speech; "called her “a nasty woman”" still is.
 */
export function isNickname(ctx: Ctx, info: PairInfo): boolean {
  const { toks } = ctx;
  const inner = toks.slice(info.ts, info.te).filter((t) => t.word);
  if (!inner.length || inner.length > 4 || !inner.every((t) => t.cap || t.lower.length <= 3)) return false;
  if (!inner[0]!.cap) return false;
  const sent = toks[info.ts]!.sent;
  for (let i = tokenAt(toks, info.pair.start) - 1, n = 0; i >= 0 && n < 10; i--) {
    const t = toks[i]!;
    if (t.sent !== sent || t.text === ';' || t.text === ':') break;
    if (ctx.inPair[i]! >= 0) continue;
    n++;
    if (NAMING_VERBS.has(t.lower)) return true;
    if (isCue(t)) break;
  }
  return false;
}

/**
 * A description as a reader would name the speaker: the noun-phrase scan runs on past a verb it
 * does not know ("The article closes", "a 52-count civil complaint filed", "his operatives forced a
 * change"); the mention shown ends before the first lowercase -s/-ed word that follows a noun.
 * The start stays, so the mention still covers the source it was chosen for.
 */
export function speakerSpan(ctx: Ctx, c: Chunk): { start: number; end: number } {
  if (c.type !== 'desc' && c.type !== 'descN' && c.type !== 'bare') return { start: c.start, end: c.end };
  const { toks } = ctx;
  for (let k = c.ts + 2; k < c.te; k++) {
    const t = toks[k]!;
    const prev = toks[k - 1]!;
    if (!t.word || t.cap || !/(?:ed|s)$/.test(t.lower) || SPEAKER_NOUNS.has(t.lower)) continue;
    if (!prev.word || DETERMINERS.has(prev.lower) || STOP_WORDS.has(prev.lower) || /[’']s$/.test(prev.lower))
      continue;
    return { start: c.start, end: prev.end };
  }
  return { start: c.start, end: c.end };
}

// ---------------------------------------------------------------------------------------------
// Merging interrupted quotations

export interface Quotation {
  parts: PairInfo[];
  start: number;
  end: number;
}

/**
 * A whole sentence between two stretches that attributes nothing ("The shop opened last year.") is
 * narrative: the stretches are two quotations, however alike. Only an attribution joins them. On
 * PolNeAR train, 10 of 1,992 gold merges have such a sentence between them (a narrative aside the
 * annotators kept inside one attribution), against 2,105 of 5,074 non-merges.
 */
function narrativeBetween(ctx: Ctx, from: number, to: number): boolean {
  const { toks } = ctx;
  for (let i = from; i < to;) {
    const s = toks[i]!.sent;
    const end = ctx.sentEnd[s]!;
    if (ctx.sentStart[s]! >= from && end <= to) {
      let words = 0;
      let cue = false;
      for (let j = i; j < end; j++) {
        if (toks[j]!.word) words++;
        if (isCue(toks[j])) cue = true;
      }
      if (!cue && words >= 3) return true;
    }
    i = Math.max(end, i + 1);
  }
  return false;
}

export function mergeFeatures(ctx: Ctx, a: PairInfo, b: PairInfo): Features | null {
  const { toks } = ctx;
  const gapFrom = tokenAt(ctx.toks, a.pair.end);
  const gapTo = tokenAt(ctx.toks, b.pair.start);
  const gap = toks.slice(gapFrom, gapTo);
  if (gap.length > 60 || narrativeBetween(ctx, gapFrom, gapTo)) return null;
  const cues = gap.filter((t) => isCue(t));
  const f: Features = { bias: 1 };
  const cue = cues[0];
  if (cue) f['gapCue:' + cueStrength(cue)] = 1;
  else f['gapNoCue'] = 1;
  if (cues.length > 1) f['gapCues2'] = 1;
  // "…,” she said, adding that “…”: a second cue opens a second attribution
  if (gap.some((t, i) => t.lower === 'that' && i > 0 && isCue(gap[i - 1]))) f['gapCueThat'] = 1;
  const stops = gap.filter((t) => t.text === '.' || t.text === '!' || t.text === '?').length;
  f['gapStops:' + Math.min(stops, 3)] = 1;
  f['gapLen:' + bucket(gap.length)] = 1;
  const paraA = toks[Math.max(a.ts, a.te - 1)]?.para;
  const paraB = toks[b.ts]?.para;
  if (paraA !== paraB) f['newPara'] = 1;
  const lastIn = ctx.text[a.pair.innerEnd - 1] ?? '';
  if (/[,]/.test(lastIn)) f['aComma'] = 1;
  else if (/[.!?]/.test(lastIn)) f['aStop'] = 1;
  else f['aNoPunct'] = 1;
  const lastGap = gap[gap.length - 1];
  if (lastGap?.text === '.') f['gapStop'] = 1;
  else if (lastGap?.text === ',') f['gapComma'] = 1;
  else if (lastGap?.text === ':') f['gapColon'] = 1;
  if (gap.some((t) => t.text === '.' || t.text === '!' || t.text === '?')) f['gapHasStop'] = 1;
  const firstB = toks[b.ts];
  if (firstB?.cap) f['bCap'] = 1;
  if (gap.some((t) => t.word && (t.lower === 'and' || t.lower === 'or'))) f['gapAnd'] = 1;
  if (a.features['words:1'] || a.features['words:2-3']) f['aShort'] = 1;
  if (b.features['words:1'] || b.features['words:2-3']) f['bShort'] = 1;
  if (f['newPara'] && cue) f['newParaCue'] = 1;
  if (f['newPara']) f['newParaGap:' + bucket(gap.length)] = 1;
  if (f['newPara'] && (toks[tokenAt(toks, b.pair.start) - 1]?.para ?? -1) !== paraB) {
    // the next paragraph opens with the quotation: continued speech unless it is tagged again
    f['bOpensPara'] = 1;
    if (!b.features['tagAfter']) f['bOpensParaUntagged'] = 1;
  }
  if (!f['newPara'] && gap.length > 14) f['longGapSamePara'] = 1;
  if (!f['newPara'] && !stops) f['sameSent'] = 1;
  const g0 = gap[0];
  const gl = gap[gap.length - 1];
  if (g0) f['gapFirst:' + (g0.word && !g0.cap ? g0.lower : g0.word ? 'Cap' : g0.text)] = 1;
  if (gl) f['gapLast:' + (gl.word && !gl.cap ? gl.lower : gl.word ? 'Cap' : gl.text)] = 1;
  // the decisive cues come in combinations (a tagged next stretch in a new paragraph, a cue in the
  // same sentence, ...): a linear model gets them from pairwise conjunctions
  const keys = Object.keys(f).filter(
    (k) => k !== 'bias' && !k.startsWith('gapFirst') && !k.startsWith('gapLast'),
  );
  for (let x = 0; x < keys.length; x++)
    for (let y = x + 1; y < keys.length; y++) f[keys[x] + '&' + keys[y]] = 1;
  // the second stretch carries its own speech tag: a new quotation, not the rest of this one
  const bf = b.features;
  if (bf['tagAfter']) f['bTagged'] = 1;
  if (f['bTagged'] && cue) f['bTaggedCue'] = 1;
  if (cue && f['aComma']) f['cueComma'] = 1;
  if (cue && f['aStop'] && f['gapStop']) f['cueStopStop'] = 1;
  return f;
}

// ---------------------------------------------------------------------------------------------
// Speaker candidates

export type ChunkType = 'he' | 'they' | 'it' | 'i' | 'who' | 'name' | 'desc' | 'descN' | 'bare';

/** How a chunk was found, when not by the usual noun-phrase scan. */
type ChunkVia = 'quant' | 'poss' | 'rel';

/** A candidate's mention before it is placed in a region and given features. */
export type Chunk = Omit<Candidate, 'region' | 'features'>;

export interface Candidate {
  /** Token range [ts, te). */
  ts: number;
  te: number;
  start: number;
  end: number;
  type: ChunkType;
  via?: ChunkVia;
  region: string;
  features: Features;
}

const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december today tonight'
  ).split(' '),
);

const PREPS = new Set([
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

const ADVERBS = new Set([
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

function chunksIn(ctx: Ctx, a: number, b: number): Chunk[] {
  const { toks, inPair } = ctx;
  const out: Chunk[] = [];
  const ok = (j: number): boolean => j < b && inPair[j]! < 0 && toks[j]!.word;
  let i = a;
  while (i < b) {
    const t = toks[i]!;
    if (!ok(i)) {
      i++;
      continue;
    }
    // sources the noun-phrase scan below does not see: a quantity that speaks ("21 percent said",
    // "Another tweeted", "most said"), a possessive before a speech noun ("her remark that “…”"),
    // a relative pronoun that is a cue's subject ("a message that said “…”")
    const special = specialChunk(ctx, i, b);
    if (special) {
      out.push(special);
      i = special.te;
      continue;
    }
    const sentInitial =
      i === ctx.sentStart[t.sent] || (i > 0 && !toks[i - 1]!.word && toks[i - 1]!.text !== '.');
    let j = i + 1;
    let type: ChunkType | null = null;
    const pron = pronounOf(t.lower);
    if (pron) {
      // "He's" is the pronoun too, never a name
      type =
        pron === 'he' || pron === 'she'
          ? 'he'
          : pron === 'they'
            ? 'they'
            : pron === 'it'
              ? 'it'
              : pron === 'who'
                ? 'who'
                : 'i';
    } else if (DETERMINERS.has(t.lower)) {
      let n = 0;
      while (ok(j) && n < 7) {
        const u = toks[j]!;
        if (STOP_WORDS.has(u.lower)) {
          // "the Assistant to the President", "a spokesman for the campaign"
          const v = toks[j + 1];
          if (
            (u.lower === 'of' || u.lower === 'to' || u.lower === 'for') &&
            v &&
            (v.cap || v.lower === 'the')
          ) {
            j++;
            n++;
            continue;
          }
          break;
        }
        if (CUE_VERBS.has(u.lower) && !SPEAKER_NOUNS.has(u.lower) && !u.cap) break;
        // a second article opens a second noun phrase past a verb the scan cannot tell ("The board
        // met a lawyer"), unless a preposition joined it ("a spokesman for the campaign")
        if (/^(the|a|an)$/.test(u.lower) && !/^(of|to|for)$/.test(toks[j - 1]!.lower)) break;
        j++;
        n++;
      }
      // "the" directly before a stop word is no chunk; a speech noun after an adjective is the
      // phrase's noun, not a cue ("a controversial comment"); "the same" names nobody
      const lastWord = toks[j - 1]!.lower;
      const cutAtCue = isCue(toks[j]) && !toks[j - 1]!.cap && !SPEAKER_NOUNS.has(lastWord);
      if (cutAtCue && j > i + 1 && ADJECTIVE_END.test(lastWord) && ok(j)) j++;
      else if (NOT_NOUNS.has(toks[i + 1]?.lower ?? '')) j = i + 1;
      if (j > i + 1) {
        // absorb an abbreviation period (the U.S. Senate)
        type = toks.slice(i + 1, j).some((u) => SPEAKER_NOUNS.has(u.lower)) ? 'descN' : 'desc';
        if (toks.slice(i + 1, j).some((u) => u.cap)) type = type === 'descN' ? 'descN' : 'name';
      }
    } else if (
      t.cap &&
      // a sentence-initial "However" or "Speaking" names nobody, but "Kelly said" and "Read said" do
      !(
        sentInitial &&
        !(isCue(toks[i + 1]) && inPair[i + 1]! < 0) &&
        (SENTENCE_STARTERS.has(t.lower) || /(ing|ly)$/.test(t.lower))
      ) &&
      !CUE_VERBS.has(t.lower)
    ) {
      while (j < b && inPair[j]! < 0) {
        const u = toks[j]!;
        if (u.word && u.cap) j++;
        // an initial's or abbreviation's period inside a name ("Marc H. Morial", "U.S. Senate"), not
        // the sentence's own ("…, said Hester. Michael Mulgrew, …")
        else if (
          u.text === '.' &&
          u.start === toks[j - 1]!.end &&
          toks[j + 1]?.cap &&
          toks[j + 1]!.sent === u.sent &&
          toks[j - 1]!.text.length <= 3
        )
          j++;
        else if (
          (u.lower === 'of' ||
            u.lower === 'the' ||
            u.lower === 'de' ||
            u.lower === 'for' ||
            u.lower === 'to') &&
          toks[j + 1]?.cap &&
          toks[j + 1]!.word &&
          // "invite Gennifer Flowers to Monday's debate": a day is never part of a name
          !CALENDAR.has(toks[j + 1]!.lower)
        )
          j++;
        else if (
          (u.lower === 'of' || u.lower === 'for' || u.lower === 'to') &&
          toks[j + 1]?.lower === 'the' &&
          toks[j + 2]?.cap &&
          inPair[j + 2]! < 0
        )
          j += 2;
        else if (u.text === '-' && toks[j + 1]?.cap) j++;
        else break;
      }
      // a day or month alone names nobody
      type = j === i + 1 && CALENDAR.has(t.lower) ? null : 'name';
    } else if (SPEAKER_NOUNS.has(t.lower) || (TITLES.has(t.lower) && toks[i + 1]?.cap)) {
      // bare descriptions and lowercase titles before a name: "officials said", "former senator X"
      while (ok(j) && (toks[j]!.cap || SPEAKER_NOUNS.has(toks[j]!.lower) || TITLES.has(toks[j]!.lower))) j++;
      type = toks.slice(i, j).some((u) => u.cap) ? 'name' : 'bare';
    }
    if (type) {
      out.push({ ts: i, te: j, start: t.start, end: toks[j - 1]!.end, type });
      i = j;
    } else i++;
  }
  return out;
}

/** Endings of adjectives, which end a noun phrase only when its noun was cut off. */
const ADJECTIVE_END = /(?:al|ous|ive|ic|ful|less|able|ible|ary|ish)$/;
const NOT_NOUNS = new Set(['same', 'rest']);

const QUANTITY_LEADS = new Set('only just about nearly almost roughly over under fewer less'.split(' '));
const QUANTIFIERS = new Set(
  'another some several most many both all others one few half each none majority'.split(' '),
);
const SPEECH_NOUNS = new Set(
  (
    'remark remarks comment comments claim claims call calls promise promises warning warnings ' +
    'assertion statement statements message words admission description response answer pledge ' +
    'vow insistence suggestion argument charge accusation declaration announcement observation ' +
    'quip joke boast complaint criticism prediction plea tweet tweets speech line slogan'
  ).split(' '),
);

/** The cue a word at `j` leads to through adverbs, or -1. */
function cueAt(ctx: Ctx, j: number): number {
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
/** Words that open a time or setting between a subject and its verb: "Trump on Tuesday said". */
const TIME_LEADS = new Set('on in at during last this after late early'.split(' '));

/**
 * The first token from `j` past what can stand between a subject and its verb: adverbs and
 * auxiliaries ("has repeatedly said"), a parenthesis ("Perdue (R-Ga.) said") and a short time or
 * setting phrase that a cue follows ("who in 2010 said", "Clinton in a statement said").
 */
function pastAdverbs(ctx: Ctx, j: number): number {
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
    if (
      ADVERBS.has(t.lower) ||
      MORE_ADVERBS.has(t.lower) ||
      (/..ly$/.test(t.lower) && !LY_NOT_ADVERBS.has(t.lower))
    ) {
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
function asPutIt(ctx: Ctx, as: number, put: number): boolean {
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
function tokenBefore(ctx: Ctx, i: number, lower: string): number {
  for (let k = i - 1; k >= 0 && k >= i - 6 && ctx.toks[k]!.sent === ctx.toks[i]!.sent; k--)
    if (ctx.toks[k]!.lower === lower) return k;
  return -1;
}

/**
 * The cue a chunk ending at `te` is the subject of, or null: right after it through adverbs;
 * past one or two appositions ("Jean-Marc Ayrault, the foreign minister of France, a permanent
 * member of the Security Council, said"); or as the second of two verbs ("I laughed and said").
 */
function cueOfSubject(ctx: Ctx, te: number): { cue: number; appos: boolean } | null {
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

/** A possessive before a speech noun ("her remark that", "my answer:") and the pronoun type it stands for. */
const POSSESSIVE_TYPES: Record<string, ChunkType | undefined> = {
  his: 'he',
  her: 'he',
  their: 'they',
  my: 'i',
  our: 'i',
  its: 'it',
};

function specialChunk(ctx: Ctx, i: number, b: number): Chunk | null {
  const { toks } = ctx;
  const t = toks[i]!;
  const chunk = (te: number, type: ChunkType, via: ChunkVia): Chunk => ({
    ts: i,
    te,
    start: t.start,
    end: toks[te - 1]!.end,
    type,
    via,
  });
  // "Only 52 percent of registered voters agreed"
  const lead = QUANTITY_LEADS.has(t.lower) && /^\d+(\.\d+)?$/.test(toks[i + 1]?.lower ?? '') ? 1 : 0;
  const q = toks[i + lead]!;
  if (QUANTIFIERS.has(q.lower) || /^\d+(\.\d+)?$/.test(q.lower)) {
    let j = i + lead + 1;
    if (/^\d/.test(q.lower)) {
      if (toks[j]?.lower !== 'percent' && toks[j]?.text !== '%') return null;
      j++;
    }
    // "73 percent of Americans", "most of them"
    if (toks[j]?.lower === 'of') {
      let k = j + 1;
      while (k < b && k < j + 5 && toks[k]!.word && ctx.inPair[k]! < 0 && !isCue(toks[k])) k++;
      if (k > j + 1 && cueAt(ctx, k) >= 0) return chunk(k, 'bare', 'quant');
    }
    if (j <= b && cueAt(ctx, j) >= 0) return chunk(j, 'bare', 'quant');
    return null;
  }
  const possType = POSSESSIVE_TYPES[t.lower];
  if (possType && i + 1 < b) {
    let j = i + 1;
    while (j < b && j < i + 3 && toks[j]!.word && !SPEECH_NOUNS.has(toks[j]!.lower)) j++;
    if (SPEECH_NOUNS.has(toks[j]?.lower ?? '')) return chunk(i + 1, possType, 'poss');
    return null;
  }
  if ((t.lower === 'which' || t.lower === 'that') && cueAt(ctx, i + 1) >= 0)
    return chunk(i + 1, 'who', 'rel');
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
function mainSubject(ctx: Ctx, chunks: { ts: number; te: number }[]): number {
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
function governingCue(ctx: Ctx, begin: number, qs: number): number {
  for (let i = qs - 1; i >= begin; i--) if (ctx.inPair[i]! < 0 && isCue(ctx.toks[i])) return i;
  return -1;
}

/** The cue sits in a relative or embedded clause: "what he called", "which he said", "who said". */
function gcRelative(ctx: Ctx, gc: number): boolean {
  for (let i = gc - 1; i >= gc - 3 && i >= 0; i--) {
    const l = ctx.toks[i]!.lower;
    if (l === 'what' || l === 'which' || l === 'who' || l === 'whom' || l === 'that') return true;
  }
  return false;
}

/** "…, saying “…”": a participle after a comma takes the main clause's subject. */
function gcParticiple(ctx: Ctx, gc: number): boolean {
  const t = ctx.toks[gc]!;
  return /ing$/.test(t.lower) && (ctx.toks[gc - 1]?.text === ',' || ctx.toks[gc - 1]?.text === '—');
}

export interface SpeakerContext {
  /** The previous quotation's chosen speaker, to favour the same source for continued speech. */
  prevSpeaker: { text: string; end: number } | null;
}

/**
 * The type of the recognized mention covering a chunk's last word; of one covering only part of it
 * (suffixed "Part"); or "None".
 */
function entityTypeOf(ctx: Ctx, start: number, end: number, lastStart: number): string {
  const over = mentionsIn(ctx, start, end);
  const head = over.find((m) => m.start <= lastStart && m.end > lastStart);
  return head ? head.type : over[0] ? over[0].type + 'Part' : 'None';
}

/** A neighbouring token as a lexical feature value: its lowercase word, its punctuation, or `edge`. */
function lexOf(t: Tok | undefined, edge: string): string {
  return t ? (t.word ? t.lower : t.text) : edge;
}

function lastWord(s: string): string {
  const m = s.toLowerCase().match(/[\p{L}\p{N}’'-]+$/u);
  return (m ? m[0] : s.toLowerCase()).replace(/[’']s$/, '');
}

export function speakerCandidates(ctx: Ctx, q: Quotation, sc: SpeakerContext): Candidate[] {
  const { toks } = ctx;
  const last = q.parts[q.parts.length - 1]!;
  const qs = tokenAt(toks, q.start);
  const qe = tokenAt(toks, q.end);
  const openTok = toks[qs];
  const closeTok = toks[Math.max(qs, qe - 1)];
  if (!openTok || !closeTok) return [];
  const sOpen = openTok.sent;
  const sClose = closeTok.sent;
  const regions: [string, number, number][] = [];
  // before the opening mark, within its sentence, then the two previous sentences
  const sentBegin = ctx.sentStart[sOpen] ?? qs;
  regions.push(['before', sentBegin, qs]);
  for (let k = 1; k <= 2; k++) {
    const s = sOpen - k;
    if (s < 0 || ctx.sentStart[s] === undefined) break;
    regions.push([`prev${k}`, ctx.sentStart[s]!, ctx.sentEnd[s]!]);
  }
  // the interruptions of a merged quotation
  for (let k = 0; k + 1 < q.parts.length; k++) {
    regions.push(['in', tokenAt(toks, q.parts[k]!.pair.end), tokenAt(toks, q.parts[k + 1]!.pair.start)]);
  }
  // after the closing mark, within its sentence, then the next sentence
  let e = qe;
  while (e < toks.length && toks[e]!.sent === sClose && e < qe + 30) e++;
  regions.push(['after', qe, e]);
  const nextSent = toks[e]?.sent;
  if (nextSent !== undefined && toks[e]!.para === closeTok.para) {
    regions.push(['next1', e, ctx.sentEnd[nextSent] ?? e]);
  }

  const quoteEndsComma = /[,]/.test(ctx.text[last.pair.innerEnd - 1] ?? '');
  const quoteEndsStop = /[.!?]/.test(ctx.text[last.pair.innerEnd - 1] ?? '');
  const startsPara = qs === 0 || toks[qs - 1]!.para !== openTok.para;
  const midSentence = regions[0]![2] > regions[0]![1];
  const cands: Candidate[] = [];
  const prevLast = sc.prevSpeaker ? lastWord(sc.prevSpeaker.text) : null;
  // the clause structure of the sentence that opens the quotation: its governing cue (the last cue
  // before the opening mark), that cue's subject, and the sentence's main-clause subject
  const gc = governingCue(ctx, sentBegin, qs);
  for (const [region, a, b] of regions) {
    const chunks = chunksIn(ctx, a, b);
    const main = region === 'before' || region.startsWith('prev') ? mainSubject(ctx, chunks) : -1;
    // each chunk's cue, found once: the governing cue's subject and every candidate's features read it
    const subjects = chunks.map((c) => cueOfSubject(ctx, c.te));
    const gcSubj = region === 'before' && gc >= 0 ? subjects.findIndex((x) => x?.cue === gc) : -1;
    const nearIdx = region.startsWith('prev') || region === 'before' ? chunks.length - 1 : 0;
    chunks.forEach((c, k) => {
      const t = c.type;
      if (ctx.furniture.has(toks[c.ts]!.para)) return;
      // outside the quotation's own sentence only a mention that can name a speaker is a candidate,
      // so a quotation with no source around it stays unattributed
      if (
        region !== 'before' &&
        region !== 'after' &&
        region !== 'in' &&
        (t === 'desc' || t === 'it' || t === 'i')
      )
        return;
      const f: Features = {};
      f['r:' + region] = 1;
      f['t:' + t] = 1;
      if (c.via) f['via:' + c.via] = 1;
      f['rt:' + region + ':' + t] = 1;
      const dist = region.startsWith('prev') || region === 'before' ? qs - c.te : c.ts - qe;
      f['d:' + region + ':' + bucket(Math.max(0, region === 'in' ? k : dist))] = 1;
      if (k === nearIdx) f['near:' + region] = 1;
      // cue right after the chunk (subject) or right before it (post-posed subject / addressee)
      // "As Ms. Simonyan put it, …": "put" reports speech in this frame alone, and its "it" is nobody
      if (asPutIt(ctx, c.ts - 1, c.te)) {
        f['cueSubj'] = f['cueSubj:' + region] = f['cueSubj:strong'] = f['cueSubjT:' + t] = 1;
      }
      if (t === 'it' && asPutIt(ctx, tokenBefore(ctx, c.ts, 'as'), c.ts - 1)) return;
      const subj = subjects[k];
      const j = subj?.cue ?? -1;
      const nx = toks[j];
      if (nx && subj && !subj.appos) {
        f['cueSubj'] = 1;
        f['cueSubj:' + region] = 1;
        f['cueSubj:' + cueStrength(nx)] = 1;
        f['cueSubjT:' + t] = 1;
        if (toks[j + 1]?.text === ':' || toks[j + 1]?.lower === 'that') f['cueSubjColonThat'] = 1;
        // "footage of Trump saying “…”": a participle's subject may stand after a preposition
        if (/ing$/.test(nx.lower) && PREPS.has(toks[c.ts - 1]?.lower ?? '')) f['prepSubjIng'] = 1;
      } else if (subj) {
        // "Caddell, a former pollster, said"
        f['cueSubjAppos'] = 1;
        f['cueSubjAppos:' + region] = 1;
      }
      const pv = toks[c.ts - 1];
      if (pv && isCue(pv) && ctx.inPair[c.ts - 1]! < 0) {
        const tell = TELL_VERBS.has(pv.lower) && CUE_VERBS.get(pv.lower) !== 'say';
        f[tell ? 'cueObjTell' : 'cuePost'] = 1;
        f[(tell ? 'cueObjTell:' : 'cuePost:') + region] = 1;
      }
      if (pv?.lower === 'to' && toks[c.ts - 2]?.lower === 'according') f['according'] = 1;
      if (pv?.lower === 'by') f['by'] = 1;
      if (pv && PREPS.has(pv.lower) && !(pv.lower === 'to' && toks[c.ts - 2]?.lower === 'according'))
        f['prepObj'] = 1;
      if (
        pv &&
        pv.word &&
        !pv.cap &&
        !STOP_WORDS.has(pv.lower) &&
        !isCue(pv) &&
        /(ed|s)$/.test(pv.lower) &&
        !DETERMINERS.has(pv.lower)
      )
        f['objLike'] = 1;
      const nv = toks[c.te];
      if (nv && nv.word && !nv.cap && !isCue(nv)) {
        if (/^(has|had|have|is|was|were|are|will|would|could|can|should|may|might|did|does)$/.test(nv.lower))
          f['subjAux'] = 1;
        else if (!STOP_WORDS.has(nv.lower) && /(ed|s)$/.test(nv.lower) && !SPEAKER_NOUNS.has(nv.lower))
          f['subjLike'] = 1;
      }
      if (nv?.text === '’s' || nv?.text === "'s" || /[’']s$/.test(toks[c.te - 1]!.lower)) f['possessor'] = 1;
      if (c.ts === ctx.sentStart[toks[c.ts]!.sent]) f['sentFirst'] = 1;
      if (t === 'name' || t === 'descN' || t === 'desc' || t === 'bare') {
        f['ner' + entityTypeOf(ctx, c.start, c.end, toks[c.te - 1]!.start)] = 1;
      }
      // nested reporting: "X said that he called it “...”" — a cue earlier in the sentence puts this
      // candidate in a reported clause, its subject being the source
      for (let i = ctx.sentStart[toks[c.ts]!.sent] ?? c.ts; i < c.ts; i++) {
        if (ctx.inPair[i]! < 0 && isCue(toks[i]) && i > (ctx.sentStart[toks[c.ts]!.sent] ?? 0)) {
          f['embedded'] = 1;
          break;
        }
      }
      if (k === main) {
        f['mainSubj'] = 1;
        if (region === 'before' && gc >= 0) {
          const sub = gcSubj >= 0 ? chunks[gcSubj]! : null;
          if (gcSubj === k) f['mainIsGcSubj'] = 1;
          else {
            f['mainOverGc:' + (sub ? sub.type : 'none')] = 1;
            if (
              sub &&
              (sub.type === 'he' || sub.type === 'they' || sub.type === 'it' || sub.type === 'who')
            ) {
              f['mainOverPronGc'] = 1;
              // "X said that he thinks “…”": the pronoun speaks inside X's own report of it
              if (toks[sub.ts - 1]?.lower === 'that' && subj) f['mainOverThatPron'] = 1;
            }
            if (gcRelative(ctx, gc)) f['mainOverRelGc'] = 1;
            if (gcParticiple(ctx, gc)) f['mainOverPartGc'] = 1;
          }
        }
      }
      const firstChunkOfSent = chunks.findIndex((d) => toks[d.ts]!.sent === toks[c.ts]!.sent) === k;
      if (firstChunkOfSent) f['firstChunk:' + region] = 1;
      if (/[’']s$/.test(toks[c.te - 1]!.lower)) f['poss'] = 1;
      if (prevLast && toks[c.te - 1]!.lower.replace(/[’']s$/, '') === prevLast) {
        f['prevSpk'] = 1;
        f['prevSpk:' + region] = 1;
      }
      if (region === 'after' && k === 0) {
        f[quoteEndsComma ? 'afterFirst:comma' : quoteEndsStop ? 'afterFirst:stop' : 'afterFirst:none'] = 1;
      }
      if (startsPara) f['qStartsPara:' + region] = 1;
      if (midSentence) f['qMid:' + region] = 1;
      if (q.parts.length > 1) f['qMerged:' + region] = 1;
      // the words around the candidate, as words: which mention of a speaker the annotators mark
      // ("X said that he", "what he called", "X, who said") is carried by its neighbours more than by
      // any feature written for one construction. On PolNeAR train 5-fold: speaker 92.4 -> 93.6
      const pw = lexOf(toks[c.ts - 1], '^');
      const nw = lexOf(toks[c.te], '$');
      f['pw:' + pw + ':' + t] = f['pwr:' + pw + ':' + region] = 1;
      f['nw:' + nw + ':' + t] = f['nwr:' + nw + ':' + region] = 1;
      f['pw2:' + lexOf(toks[c.ts - 2], '^') + '_' + pw] = 1;
      f['nw2:' + nw + '_' + lexOf(toks[c.te + 1], '$')] = 1;
      // pairwise conjunctions: what a cue next to a candidate means depends on the region and type
      for (const x of Object.keys(f)) if (!x.includes(':')) f[x + '&' + t] = f[x + '@' + region] = 1;
      cands.push({ ...c, region, features: f });
    });
  }
  return cands;
}

/**
 * The subject of the verb at `verb` within its sentence: the chunk ending right before it (through
 * adverbs, or an apposition between commas: "Caddell, a former pollster, said"), else the chunk
 * right after it ("…, said Caddell"), else null.
 */
export function verbSubject(ctx: Ctx, verb: number): Chunk | null {
  const { toks } = ctx;
  const s = toks[verb]!.sent;
  const before = chunksIn(ctx, ctx.sentStart[s]!, verb);
  let j = verb;
  while (j > 0 && toks[j - 1]!.word && ADVERBS.has(toks[j - 1]!.lower)) j--;
  // past a parenthesis: "Sen. David Perdue (R-Ga.) said"
  if (toks[j - 1]?.text === ')') {
    let m = j - 2;
    while (m > ctx.sentStart[s]! && m > j - 8 && toks[m]!.text !== '(') m--;
    if (toks[m]?.text === '(') j = m;
  }
  let subj = before.find((c) => c.te === j);
  if (!subj && toks[j - 1]?.text === ',') {
    let m = j - 2;
    while (m > ctx.sentStart[s]! && m > j - 16 && toks[m]!.text !== ',') m--;
    if (toks[m]?.text === ',') subj = before.find((c) => c.te === m);
  }
  if (subj) return subj;
  const after = chunksIn(ctx, verb + 1, Math.min(ctx.sentEnd[s]!, verb + 8));
  return after[0] && after[0].ts === verb + 1 ? after[0] : null;
}

/** The main-clause subject of sentence `s` among the chunks before token `before`, or null. */
export function sentenceSubject(ctx: Ctx, s: number, before: number): Chunk | null {
  const chunks = chunksIn(ctx, ctx.sentStart[s]!, before);
  const k = mainSubject(ctx, chunks);
  return k >= 0 ? chunks[k]! : null;
}

export { isCue };
