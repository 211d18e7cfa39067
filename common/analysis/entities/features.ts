/**
 * Feature extraction for the entity tagger, shared verbatim by training (scripts/train-ner.ts) and
 * inference. Every feature is a 32-bit key (see hash.ts); the model maps keys to per-tag weights.
 *
 * Pass 1 sees the word, its shape and affixes, a window of two words either side, gazetteer matches,
 * word clusters induced from unlabelled text, and how the same word is capitalised elsewhere in the
 * document (to tell a sentence-initial or headline "Bank" from a name). Pass 2 adds what pass 1
 * concluded about the same word elsewhere in the document, which is what keeps "Hajiyev" a person
 * when it appears alone, and what lets a confident mention fix an ambiguous one.
 */
import { PHRASE_SEED, finish, hashString, key1, key2, key3, phraseStep } from './hash';
import { NUM_TAGS, O, partOf, typeOf, U } from './tags';

/** Gazetteer classes; a phrase carries a bit mask of them. */
export const GAZ_CLASSES = [
  'mined-person',
  'mined-organization',
  'mined-place',
  'mined-misc',
  'country',
  'city',
  'region',
  'demonym',
  'person-name',
  'company',
  // single words seen inside mined names of each type ("Jinping", "Bank", "Cup")
  'part-person',
  'part-organization',
  'part-place',
  'part-misc',
  // written lower-case mid-sentence in the training text: a common word when capitalised at a start
  'common-word',
  // words for a role or an office ("chairman", "head", "minister"), from compromise's lexicon: they
  // name a person's job, not the person
  'role',
  // places of under 100,000 people (GeoNames): weak evidence, so a town called Obama or Christmas
  // does not outweigh a famous person or a holiday; 'city' holds the larger ones and the capitals
  'town',
  // brand names (simple-icons) and organizations and sports teams from compromise's lexicon
  'brand',
  'known-organization',
  // widely observed holidays (date-holidays): never a place or a person, read by the span repairs
  'holiday',
] as const;
export const NUM_GAZ = GAZ_CLASSES.length;
export type GazClass = (typeof GAZ_CLASSES)[number];
/** The mask of gazetteer classes. */
export function gazBits(...classes: GazClass[]): number {
  return classes.reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c)), 0);
}
/**
 * Classes the tagger sees as features. Roles are there for the span repairs only (an office before
 * "of" is no person): as a feature they cost 0.3 F1 on dev, the training text being too small to
 * teach what a role word says about its neighbours.
 */
const FEATURE_GAZ = ~gazBits('role', 'holiday');
export const MAX_PHRASE = 8;

export interface WordInfo {
  raw: number;
  lower: number;
  shape: number;
  shortShape: number;
  affixes: number[];
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Has a letter and no lower-case letter. */
  allCaps: boolean;
  /** Has a lower-case letter first (a common word when mid-sentence). */
  lowerStart: boolean;
  hasLetter: boolean;
  hasDigit: boolean;
  /** Brown-style cluster path prefixes, already hashed with their length; empty when unknown. */
  clusters: number[];
}

/** Lexical knowledge baked into the model: gazetteers and word clusters. */
export interface Lexicon {
  /** Phrase hash (see `phraseHash`) -> gazetteer class bit mask. */
  gazetteer(phrase: number): number;
  /** Lower-cased word hash -> cluster bit path as "1" + bits (0 when unknown). */
  cluster(lowerHash: number): number;
}

export const CLUSTER_PREFIXES = [4, 6, 10, 20];

// Template ids: stable numbers, part of the model's contract.
const T = {
  bias: 1,
  raw: 2,
  lower: 3,
  shape: 4,
  shortShape: 5,
  affix: 6,
  lowerM1: 7,
  lowerP1: 8,
  lowerM2: 9,
  lowerP2: 10,
  shapeM1: 11,
  shapeP1: 12,
  bigramM1: 13,
  bigramP1: 14,
  shapeTri: 15,
  first: 16,
  capsLower: 17,
  capsShape: 18,
  gaz: 19,
  docCase: 20,
  cluster: 21,
  clusterM1: 22,
  clusterP1: 23,
  rawM1: 24,
  gazShape: 25,
  rawP1: 26,
  lowerM1Shape: 27,
  shapeLowerP1: 28,
  gazCaps: 29,
  docNeighbour: 30,
  // pass 2
  p1Tag: 40,
  p1TagM1: 41,
  p1TagP1: 42,
  docTag: 43,
  docType: 44,
  docTypeShape: 45,
  docPhrase: 46,
  docMulti: 47,
} as const;

function shapeOf(w: string, maxRun: number): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === prev) {
      run++;
      if (run > maxRun) continue;
    } else {
      prev = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

/** Per-word features and flags, cached by surface form. */
export class WordTable {
  private readonly cache = new Map<string, WordInfo>();
  constructor(
    private readonly lexicon: Lexicon,
    private readonly limit = 500_000,
  ) {}

  get(w: string): WordInfo {
    let info = this.cache.get(w);
    if (info) return info;
    if (this.cache.size >= this.limit) this.cache.clear();
    info = computeWordInfo(w, this.lexicon);
    this.cache.set(w, info);
    return info;
  }
}

export function computeWordInfo(w: string, lexicon: Lexicon): WordInfo {
  const lower = w.toLowerCase();
  const lowerHash = hashString(lower);
  const affixes: number[] = [];
  const n = lower.length;
  for (let k = 1; k <= 4; k++) {
    if (n > k) {
      affixes.push(key2(T.affix, k, hashString(lower.slice(0, k))));
      affixes.push(key2(T.affix, 10 + k, hashString(lower.slice(n - k))));
    }
  }
  const first = w[0] ?? '';
  const hasLetter = /\p{L}/u.test(w);
  const cap = first !== first.toLowerCase();
  const lowerStart = first !== first.toUpperCase();
  const allCaps = hasLetter && w === w.toUpperCase();
  const path = lexicon.cluster(lowerHash);
  const clusters: number[] = [];
  if (path > 1) {
    const len = 31 - Math.clz32(path);
    for (const p of CLUSTER_PREFIXES) {
      const take = Math.min(p, len);
      clusters.push(key2(T.cluster, take, path >>> (len - take)));
      if (take === len) break;
    }
  }
  return {
    raw: hashString(w),
    lower: lowerHash,
    shape: hashString(shapeOf(w, 4)),
    shortShape: hashString(shapeOf(w, 1)),
    affixes,
    cap,
    allCaps,
    lowerStart,
    hasLetter,
    hasDigit: /\p{N}/u.test(w),
    clusters,
  };
}

export function phraseHash(lowerHashes: readonly number[]): number {
  let h = PHRASE_SEED;
  for (const x of lowerHashes) h = phraseStep(h, x);
  return finish(h);
}

/** The gazetteer classes of one word, as written ("Cuban", "MiG"). */
export function wordGazetteer(lexicon: Lexicon, word: string): number {
  return lexicon.gazetteer(phraseHash([hashString(word.toLowerCase())]));
}

/**
 * The gazetteer classes of the phrase of words `first` to `last` (exclusive); 0 for a phrase longer
 * than any the gazetteer holds.
 */
export function phraseGazetteer(
  lexicon: Lexicon,
  words: readonly WordInfo[],
  first: number,
  last: number,
): number {
  if (last - first > MAX_PHRASE) return 0;
  // phraseHash's steps over the words in place: the span repairs ask this of every span, often twice.
  let h = PHRASE_SEED;
  for (let i = first; i < last; i++) h = phraseStep(h, words[i]!.lower);
  return lexicon.gazetteer(finish(h));
}

/** One document prepared for feature extraction. */
export interface DocView {
  words: WordInfo[];
  /** [first, last) token ranges. */
  sentences: { first: number; last: number }[];
}

const BOS = 0x9e3779b1;
const EOS = 0x7f4a7c15;

/**
 * Per-token gazetteer codes: for each class, 0 when no match covers the token, else 1 + B/I/L/U
 * position (1..4) of the leftmost-longest match of that class. Flattened n x NUM_GAZ.
 */
export function gazetteerCodes(doc: DocView, lookup: (phrase: number) => number): Uint8Array {
  const n = doc.words.length;
  const codes = new Uint8Array(n * NUM_GAZ);
  const coveredUntil = new Int32Array(NUM_GAZ);
  const bestLen = new Int32Array(NUM_GAZ);
  for (const s of doc.sentences) {
    coveredUntil.fill(0);
    for (let i = s.first; i < s.last; i++) {
      const wi = doc.words[i]!;
      // Phrases start with a letter or digit word, never punctuation.
      if (!wi.hasLetter) continue;
      let any = 0;
      let h = PHRASE_SEED;
      const maxLen = Math.min(MAX_PHRASE, s.last - i);
      for (let len = 1; len <= maxLen; len++) {
        h = phraseStep(h, doc.words[i + len - 1]!.lower);
        const mask = lookup(finish(h));
        if (mask === 0) continue;
        if (any === 0) bestLen.fill(0);
        any |= mask;
        for (let c = 0; c < NUM_GAZ; c++) if (mask & (1 << c)) bestLen[c] = len;
      }
      // Most words start no listed phrase at all.
      if (any === 0) continue;
      for (let c = 0; c < NUM_GAZ; c++) {
        const len = bestLen[c]!;
        if (len === 0 || i < coveredUntil[c]!) continue;
        coveredUntil[c] = i + len;
        if (len === 1) codes[i * NUM_GAZ + c] = 4;
        else {
          codes[i * NUM_GAZ + c] = 1;
          for (let k = i + 1; k < i + len - 1; k++) codes[k * NUM_GAZ + c] = 2;
          codes[(i + len - 1) * NUM_GAZ + c] = 3;
        }
      }
    }
  }
  return codes;
}

/** Whether each sentence is a headline or shouted line: at least two words and no lower-case word. */
export function capsSentences(doc: DocView): Uint8Array {
  const out = new Uint8Array(doc.sentences.length);
  doc.sentences.forEach((s, k) => {
    let letters = 0;
    let lower = 0;
    for (let i = s.first; i < s.last; i++) {
      const w = doc.words[i]!;
      if (!w.hasLetter) continue;
      letters++;
      if (!w.allCaps) lower++;
    }
    out[k] = letters >= 2 && lower === 0 ? 1 : 0;
  });
  return out;
}

/**
 * For each token, how its lower-cased form is written elsewhere in the document at positions where
 * case is informative (not sentence-initial, not in a caps line): 1 capitalised, 2 lower-case, 3 both.
 */
export function docCaseCodes(doc: DocView, caps: Uint8Array): Uint8Array {
  const seen = new Map<number, number>();
  doc.sentences.forEach((s, k) => {
    if (caps[k]) return;
    for (let i = s.first + 1; i < s.last; i++) {
      const w = doc.words[i]!;
      if (!w.hasLetter) continue;
      const bit = w.cap ? 1 : w.lowerStart ? 2 : 0;
      if (bit) seen.set(w.lower, (seen.get(w.lower) ?? 0) | bit);
    }
  });
  const out = new Uint8Array(doc.words.length);
  for (let i = 0; i < doc.words.length; i++) out[i] = seen.get(doc.words[i]!.lower) ?? 0;
  return out;
}

/** Everything pass 1 needs about a document besides the words. */
export interface DocContext {
  gaz: Uint8Array;
  caps: Uint8Array;
  docCase: Uint8Array;
  /** Per capitalised lower-cased word: its neighbours' lower-cased words, with counts, over the document. */
  neighbours: Map<number, Map<number, number>>;
}

export function docContext(doc: DocView, lookup: (phrase: number) => number): DocContext {
  const caps = capsSentences(doc);
  return {
    gaz: gazetteerCodes(doc, lookup),
    caps,
    docCase: docCaseCodes(doc, caps),
    neighbours: neighbourCounts(doc),
  };
}

const LEFT = 0x51ed270b;
const RIGHT = 0x2f7a3c61;

/**
 * The words around each capitalised word wherever the document uses it ("at Belaruskali", "from
 * Belaruskali", "Belaruskali 's workforce"): what one mention's own context lacks, another's may
 * say. Keys are the neighbour's hash mixed with its side.
 */
function neighbourCounts(doc: DocView): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const w = doc.words[i]!;
      if (!w.cap || !w.hasLetter) continue;
      let m = out.get(w.lower);
      if (!m) out.set(w.lower, (m = new Map()));
      const left = i > s.first ? doc.words[i - 1]!.lower ^ LEFT : LEFT;
      const right = i + 1 < s.last ? doc.words[i + 1]!.lower ^ RIGHT : RIGHT;
      m.set(left, (m.get(left) ?? 0) + 1);
      m.set(right, (m.get(right) ?? 0) + 1);
    }
  }
  return out;
}

/** At most this many neighbours from elsewhere per token, so a word used a hundred times stays cheap. */
const MAX_NEIGHBOURS = 12;

/** Appends pass-1 feature keys of token i (sentence k) to `out`. */
export function pass1Features(doc: DocView, ctx: DocContext, k: number, i: number, out: number[]): void {
  wordFeatures(doc.words[i]!, ctx.caps[k]! === 1, out);
  contextFeatures(doc, ctx, k, i, out);
}

/**
 * The pass-1 keys that depend on the word alone (and on whether its line is in capitals): the same
 * for every occurrence, so the tagger scores them once per word rather than once per token.
 */
export function wordFeatures(w: WordInfo, caps: boolean, out: number[]): void {
  out.push(key1(T.bias, 0));
  out.push(key1(T.lower, w.lower));
  out.push(key1(T.shape, w.shape));
  out.push(key1(T.shortShape, w.shortShape));
  if (!caps) out.push(key1(T.raw, w.raw));
  for (const a of w.affixes) out.push(a);
  for (const c of w.clusters) out.push(c);
}

/** The pass-1 keys of token i (sentence k) that read its neighbours and the document. */
export function contextFeatures(doc: DocView, ctx: DocContext, k: number, i: number, out: number[]): void {
  const s = doc.sentences[k]!;
  const w = doc.words[i]!;
  const m1 = i > s.first ? doc.words[i - 1]! : null;
  const m2 = i - 1 > s.first ? doc.words[i - 2]! : null;
  const p1 = i + 1 < s.last ? doc.words[i + 1]! : null;
  const p2 = i + 2 < s.last ? doc.words[i + 2]! : null;
  const caps = ctx.caps[k]!;
  out.push(key1(T.lowerM1, m1 ? m1.lower : BOS));
  out.push(key1(T.lowerP1, p1 ? p1.lower : EOS));
  out.push(key1(T.lowerM2, m2 ? m2.lower : m1 ? BOS : EOS));
  out.push(key1(T.lowerP2, p2 ? p2.lower : p1 ? EOS : BOS));
  if (m1 && !caps) out.push(key1(T.rawM1, m1.raw));
  if (p1 && !caps) out.push(key1(T.rawP1, p1.raw));
  // "the X", "X said", "X Corp": a neighbour word with this word's shape.
  out.push(key2(T.lowerM1Shape, m1 ? m1.lower : BOS, w.shortShape));
  out.push(key2(T.shapeLowerP1, w.shortShape, p1 ? p1.lower : EOS));
  out.push(key1(T.shapeM1, m1 ? m1.shortShape : BOS));
  out.push(key1(T.shapeP1, p1 ? p1.shortShape : EOS));
  out.push(key2(T.bigramM1, m1 ? m1.lower : BOS, w.lower));
  out.push(key2(T.bigramP1, w.lower, p1 ? p1.lower : EOS));
  out.push(key3(T.shapeTri, m1 ? m1.shortShape : BOS, w.shortShape, p1 ? p1.shortShape : EOS));
  // Sentence-initial, or only punctuation (an opening quote, a dash) before it: case says little.
  let initial = true;
  for (let j = s.first; j < i && initial; j++) initial = !doc.words[j]!.hasLetter && !doc.words[j]!.hasDigit;
  if (initial) out.push(key1(T.first, w.shortShape));
  if (caps) {
    out.push(key1(T.capsLower, w.lower));
    out.push(key1(T.capsShape, w.shortShape));
  }
  const base = i * NUM_GAZ;
  for (let c = 0; c < NUM_GAZ; c++) {
    const code = ctx.gaz[base + c]!;
    if (code === 0 || !(FEATURE_GAZ & (1 << c))) continue;
    out.push(key2(T.gaz, c, code));
    out.push(key3(T.gazShape, c, code, w.cap ? 1 : w.lowerStart ? 2 : 3));
    if (caps) out.push(key2(T.gazCaps, c, code));
  }
  if (w.hasLetter) {
    const ambiguous = caps || initial ? 1 : 0;
    out.push(key3(T.docCase, ctx.docCase[i]!, ambiguous, w.cap ? 1 : 0));
  }
  const around = w.cap ? ctx.neighbours.get(w.lower) : undefined;
  if (around && around.size > 2) {
    // Other occurrences' neighbours: this one's own two are already features.
    const ownLeft = m1 ? m1.lower ^ LEFT : LEFT;
    const ownRight = p1 ? p1.lower ^ RIGHT : RIGHT;
    let n = 0;
    for (const [x, count] of around) {
      if (count - (x === ownLeft || x === ownRight ? 1 : 0) <= 0) continue;
      out.push(key1(T.docNeighbour, x));
      if (++n === MAX_NEIGHBOURS) break;
    }
  }
  if (m1 && m1.clusters.length > 1) out.push(key1(T.clusterM1, m1.clusters[1]!));
  if (p1 && p1.clusters.length > 1) out.push(key1(T.clusterP1, p1.clusters[1]!));
}

/**
 * What pass 1 said about each word elsewhere in the document: for each token, the majority pass-1
 * tag and type over the other occurrences of the same surface form (case-insensitive for
 * capitalised words, so headlines count), as codes (0 = never seen elsewhere).
 */
export interface DocLabels {
  tags: Int32Array;
  /** majority tag + 1 over other occurrences, 0 if none */
  docTag: Uint8Array;
  /** majority entity type + 2 over other occurrences (1 = only outside entities), 0 if none */
  docType: Uint8Array;
  /**
   * Bit t set when another occurrence lies inside a name of two or more words of type t: a person
   * is introduced by full name before a bare surname, a company or a place often is not.
   */
  docMulti: Uint8Array;
}

export function docLabels(doc: DocView, tags: Int32Array): DocLabels {
  const n = doc.words.length;
  // Per lower-cased form of words that start upper-case somewhere: counts per tag.
  const counts = new Map<number, Int32Array>();
  for (let i = 0; i < n; i++) {
    const w = doc.words[i]!;
    if (!w.hasLetter || !w.cap) continue;
    let c = counts.get(w.lower);
    if (!c) counts.set(w.lower, (c = new Int32Array(NUM_TAGS)));
    c[tags[i]!]!++;
  }
  const multi = new Map<number, Int32Array>();
  const multiType = (t: number): number => (t !== O && partOf(t) !== U ? typeOf(t) : -1);
  for (let i = 0; i < n; i++) {
    const t = multiType(tags[i]!);
    if (t < 0) continue;
    let c = multi.get(doc.words[i]!.lower);
    if (!c) multi.set(doc.words[i]!.lower, (c = new Int32Array(4)));
    c[t]!++;
  }
  const docTag = new Uint8Array(n);
  const docType = new Uint8Array(n);
  const docMulti = new Uint8Array(n);
  const typeCounts = new Int32Array(5);
  for (let i = 0; i < n; i++) {
    const w = doc.words[i]!;
    const m = multi.get(w.lower);
    if (m) {
      const own = multiType(tags[i]!);
      for (let t = 0; t < 4; t++) if (m[t]! - (t === own ? 1 : 0) > 0) docMulti[i]! |= 1 << t;
    }
    const c = counts.get(w.lower);
    if (!c) continue;
    const own = w.cap ? tags[i]! : -1;
    let bestTag = -1;
    let bestCount = 0;
    typeCounts.fill(0);
    for (let t = 0; t < NUM_TAGS; t++) {
      const v = c[t]! - (t === own ? 1 : 0);
      if (v <= 0) continue;
      if (v > bestCount) {
        bestCount = v;
        bestTag = t;
      }
      typeCounts[t === O ? 4 : typeOf(t)]! += v;
    }
    if (bestTag < 0) continue;
    docTag[i] = bestTag + 1;
    let bestType = -1;
    let bestTypeCount = 0;
    for (let t = 0; t < 4; t++) {
      if (typeCounts[t]! > bestTypeCount) {
        bestTypeCount = typeCounts[t]!;
        bestType = t;
      }
    }
    docType[i] = bestType < 0 ? 1 : bestType + 2;
  }
  return { tags, docTag, docType, docMulti };
}

/** Appends the pass-2-only feature keys of token i (sentence k) to `out`. */
export function pass2Features(doc: DocView, labels: DocLabels, k: number, i: number, out: number[]): void {
  const s = doc.sentences[k]!;
  const w = doc.words[i]!;
  const tags = labels.tags;
  out.push(key1(T.p1Tag, tags[i]!));
  out.push(key1(T.p1TagM1, i > s.first ? tags[i - 1]! : 99));
  out.push(key1(T.p1TagP1, i + 1 < s.last ? tags[i + 1]! : 99));
  const dt = labels.docTag[i]!;
  if (dt) {
    out.push(key2(T.docTag, dt, w.cap ? 1 : 0));
    out.push(key2(T.docPhrase, partOf(dt - 1), tags[i]!));
  }
  if (w.cap) out.push(key2(T.docMulti, labels.docMulti[i]!, tags[i]!));
  const ty = labels.docType[i]!;
  if (ty) {
    out.push(key2(T.docType, ty, tags[i]!));
    out.push(key2(T.docTypeShape, ty, w.shortShape));
  }
}
