/**
 * Which mark pairs are quotations and which are terms, titles or names, and which stretches are
 * parts of one interrupted quotation: the features of the pair and merge models.
 */
import { type MarkPair } from './marks';
import { endsSentence, signatureAfter, tokenAt, type Tok } from './text';
import { bucket, cueStrength, isCue, mentionsIn, type Ctx, type Features } from './context';

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

const TITLE_SMALL = new Set('a an and as at but by for from in into of on or the to with'.split(' '));

function innerTitle(inner: readonly Tok[]): boolean {
  const ws = inner.filter((t) => t.word);
  if (!ws[0]?.cap || !ws[ws.length - 1]!.cap) return false;
  if (inner.some((t) => /^[.!?]$/.test(t.text) && t !== inner[inner.length - 1])) return false;
  return ws.every((t) => t.cap || TITLE_SMALL.has(t.lower));
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
  // a title's own small words stay lower case ("The Lead with Jake Tapper", "Austin Powers: The Spy
  // Who Shagged Me"): every other word capitalized, the first and the last too, and no stop inside
  else if (words >= 3 && words <= 10 && innerTitle(inner)) f['titleLike'] = 1;
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
    // a tag ends with the sentence: after `“… wheelhouse.”` the next sentence's "He said" is not one
    const closeSent = toks[after - 1]?.sent;
    for (let i = after; i < after + 8 && i < toks.length; i++) {
      const u = toks[i]!;
      if (u.sent !== closeSent || ctx.inPair[i]! >= 0 || u.text === ':') break;
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
 * A stretch joined by a hyphen to the word after it modifies that word (“America First”-style
 * policies, his “The Renewal of the American Dream”-themed remarks): a term, not speech.
 */
export function isModifier(ctx: Ctx, info: PairInfo): boolean {
  const { pair } = info;
  return pair.closed && /^-\p{L}/u.test(ctx.text.slice(pair.end, pair.end + 2));
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
  const isStop = gap.map((_, i) => endsSentence(toks, gapFrom + i));
  if (gap.length > 60 || narrativeBetween(ctx, gapFrom, gapTo)) return null;
  const cues = gap.filter((t) => isCue(t));
  const cue = cues[0];
  // the second stretch carries its own speech tag after an attribution of the first ("…,” said Sen.
  // Susan Collins. “…,” added Rep. Cathy McMorris Rodgers): two quotations. On PolNeAR train 11 of
  // 948 such pairs are one gold quotation, and the learned weights still joined some
  if (cue && b.features['tagAfter']) return null;
  // so does a signature line under the second ("…”¶– Maria Delgado, at a town hall.")
  if (signatureAfter(toks, tokenAt(toks, b.pair.end))) return null;
  const f: Features = { bias: 1 };
  if (cue) f['gapCue:' + cueStrength(cue)] = 1;
  else f['gapNoCue'] = 1;
  if (cues.length > 1) f['gapCues2'] = 1;
  // "…,” she said, adding that “…”: a second cue opens a second attribution
  if (gap.some((t, i) => t.lower === 'that' && i > 0 && isCue(gap[i - 1]))) f['gapCueThat'] = 1;
  const stops = isStop.filter(Boolean).length;
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
  if (lastGap?.text === '.' && isStop[gap.length - 1]) f['gapStop'] = 1;
  else if (lastGap?.text === ',') f['gapComma'] = 1;
  else if (lastGap?.text === ':') f['gapColon'] = 1;
  if (stops) f['gapHasStop'] = 1;
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
  if (cue && f['aComma']) f['cueComma'] = 1;
  if (cue && f['aStop'] && f['gapStop']) f['cueStopStop'] = 1;
  return f;
}
