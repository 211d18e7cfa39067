/**
 * The two-pass sequence tagger at inference time: tokens -> pass-1 tags -> document-level labels ->
 * pass-2 tags -> token spans. Training (scripts/train-ner.ts) drives the same feature functions.
 */
import { tokenizeSentences, type Sentence, type Token } from '../tokenize';
import {
  contextFeatures,
  docContext,
  docLabels,
  pass2Features,
  wordFeatures,
  WordTable,
  type DocView,
  type Lexicon,
  type WordInfo,
} from './features';
import { repairSpans } from './postprocess';
import { KeyFilter, KeyIndex, WeightTable, type ModelData } from './model';
import { NUM_TAGS, spansOf, viterbi } from './tags';

export interface TokenSpan {
  first: number;
  last: number;
  type: number;
}

export interface TaggedText {
  tokens: Token[];
  sentences: Sentence[];
  tags: Int32Array;
  spans: TokenSpan[];
}

export function lexiconOf(
  m: Pick<ModelData, 'gazKeys' | 'gazMasks' | 'clusterKeys' | 'clusterPaths'>,
): Lexicon {
  // The masks sit in the index's slots, so a listed phrase costs one probe and no second read.
  const gaz = new KeyIndex(m.gazKeys, m.gazMasks);
  const listed = new KeyFilter(m.gazKeys);
  const clusters = new KeyIndex(m.clusterKeys);
  return {
    gazetteer: (h) => {
      if (!listed.mayHave(h)) return 0;
      const mask = gaz.get(h);
      return mask < 0 ? 0 : mask;
    },
    cluster: (h) => {
      const r = clusters.get(h);
      return r < 0 ? 0 : m.clusterPaths[r]!;
    },
  };
}

export class Tagger {
  readonly lexicon: Lexicon;
  private readonly words: WordTable;
  private readonly weights: WeightTable;
  private readonly numPasses: number;
  /**
   * Per word, for lines in lower case and in capitals (which drop the case features): its word-only
   * features' summed scores, per pass. Most tokens of a text are words seen before, and these are a
   * third of a token's features, so each word's are looked up and added once. Weak, so the scores
   * go when the word table lets its words go.
   */
  private readonly wordScores = [
    new WeakMap<WordInfo, Float64Array>(),
    new WeakMap<WordInfo, Float64Array>(),
  ];
  private wordRows = new Int32Array(32);

  constructor(model: ModelData) {
    this.lexicon = lexiconOf(model);
    this.words = new WordTable(this.lexicon);
    if (model.passes.length === 0) throw new Error('NER model has no weights');
    this.weights = new WeightTable(model.passes);
    this.numPasses = model.passes.length;
  }

  tag(text: string): TaggedText {
    const { tokens, sentences } = tokenizeSentences(text);
    const view = documentView(tokens, sentences, this.words);
    const tags = this.tagView(view);
    const spans: TokenSpan[] = [];
    for (const s of view.sentences) {
      for (const sp of spansOf(tags.subarray(s.first, s.last))) {
        // A name never starts or ends with punctuation (an opening quote tagged B- in odd typography),
        // but for the bracket that closes one inside it: a club's town in a league table,
        // "Proleter ( Z )"
        let first = sp.first + s.first;
        let last = sp.last + s.first;
        const word = (i: number): boolean => view.words[i]!.hasLetter || view.words[i]!.hasDigit;
        while (first < last && !word(first)) first++;
        while (last > first && !word(last - 1) && !closesBracket(tokens, first, last)) last--;
        if (last > first) spans.push({ first, last, type: sp.type });
      }
    }
    return {
      tokens,
      sentences,
      tags,
      spans: repairSpans(spans, tokens, view.words, this.lexicon, view.sentences),
    };
  }

  /** Tags of every token of a prepared document. */
  tagView(view: DocView): Int32Array {
    const n = view.words.length;
    const ctx = docContext(view, this.lexicon.gazetteer);
    const keys: number[] = [];
    let rows = new Int32Array(n * 32 + 64);
    const offsets = new Int32Array(n + 1);
    const own = new Array<Float64Array>(n);
    let at = 0;
    for (let k = 0; k < view.sentences.length; k++) {
      const s = view.sentences[k]!;
      for (let i = s.first; i < s.last; i++) {
        own[i] = this.wordScoresOf(view.words[i]!, ctx.caps[k] === 1, keys);
        keys.length = 0;
        contextFeatures(view, ctx, k, i, keys);
        if (rows.length < at + keys.length) {
          const grown = new Int32Array((at + keys.length) * 2);
          grown.set(rows);
          rows = grown;
        }
        offsets[i] = at;
        at = this.weights.rows(keys, 0, keys.length, rows, at);
        offsets[i + 1] = at;
      }
    }
    const w = this.weights;
    const addOwn = (i: number, p: number, emit: Float64Array, row: number): void => {
      const o = own[i]!;
      for (let t = 0, a = row * NUM_TAGS, b = p * NUM_TAGS; t < NUM_TAGS; t++) emit[a + t]! += o[b + t]!;
    };
    let tags = this.decode(view, 0, (i, _k, emit, row) => {
      addOwn(i, 0, emit, row);
      w.score(0, rows, offsets[i]!, offsets[i + 1]!, emit, row);
    });
    const extraRows = new Int32Array(64);
    for (let p = 1; p < this.numPasses; p++) {
      const labels = docLabels(view, tags);
      tags = this.decode(view, p, (i, k, emit, row) => {
        addOwn(i, p, emit, row);
        w.score(p, rows, offsets[i]!, offsets[i + 1]!, emit, row);
        keys.length = 0;
        pass2Features(view, labels, k, i, keys);
        const m = w.rows(keys, 0, keys.length, extraRows, 0);
        w.score(p, extraRows, 0, m, emit, row);
      });
    }
    return tags;
  }

  /** The summed scores of a word's word-only features, per pass (`keys` is scratch). */
  private wordScoresOf(word: WordInfo, caps: boolean, keys: number[]): Float64Array {
    const cache = this.wordScores[caps ? 1 : 0]!;
    let scores = cache.get(word);
    if (scores) return scores;
    keys.length = 0;
    wordFeatures(word, caps, keys);
    if (this.wordRows.length < keys.length) this.wordRows = new Int32Array(keys.length);
    const m = this.weights.rows(keys, 0, keys.length, this.wordRows, 0);
    scores = new Float64Array(this.numPasses * NUM_TAGS);
    for (let p = 0; p < this.numPasses; p++) this.weights.score(p, this.wordRows, 0, m, scores, p);
    cache.set(word, scores);
    return scores;
  }

  private decode(
    view: DocView,
    pass: number,
    score: (token: number, sentence: number, emit: Float64Array, row: number) => void,
  ): Int32Array {
    const { trans, start, end } = this.weights.passes[pass]!;
    const tags = new Int32Array(view.words.length);
    let emit = new Float64Array(64 * NUM_TAGS);
    for (let k = 0; k < view.sentences.length; k++) {
      const s = view.sentences[k]!;
      const len = s.last - s.first;
      if (emit.length < len * NUM_TAGS) emit = new Float64Array(len * NUM_TAGS * 2);
      emit.fill(0, 0, len * NUM_TAGS);
      for (let i = s.first; i < s.last; i++) score(i, k, emit, i - s.first);
      viterbi(emit, len, trans, start, end, tags.subarray(s.first, s.last));
    }
    return tags;
  }
}

/** Whether the span's last token closes a bracket opened inside the span. */
function closesBracket(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[last - 1]!.text !== ')') return false;
  let depth = 0;
  for (let i = first; i < last; i++) {
    if (tokens[i]!.text === '(') depth++;
    else if (tokens[i]!.text === ')') depth--;
  }
  return depth === 0 && tokens.slice(first, last - 1).some((t) => t.text === '(');
}

/**
 * A document's words for the tagger. A headline in title case ("Obama Power Plant Rules Face Key Test
 * In U.S. Court") is read as if in capitals: its case says no more about names than an all-caps
 * headline's, and all-caps headlines are what the training text has.
 */
export function documentView(
  tokens: readonly Token[],
  sentences: readonly { first: number; last: number }[],
  table: WordTable,
): DocView {
  const words = tokens.map((t) => table.get(normaliseToken(t.text)));
  for (const s of sentences) {
    if (!isTitleCase(tokens, words, s)) continue;
    for (let i = s.first; i < s.last; i++)
      words[i] = table.get(normaliseToken(tokens[i]!.text).toUpperCase());
  }
  return { words, sentences: sentences.map((s) => ({ first: s.first, last: s.last })) };
}

/**
 * Four or more capitalised words, not all in capitals, no lower-case word longer than "and", no
 * figure and no closing punctuation: running text that happens to be all names ends with a period,
 * and a table row ("66 Paul Goydos , Billy Mayfair") has figures; photo credits and bylines
 * ("REUTERS / Flavio lo Scalzo / File Photo") are what this catches most.
 */
function isTitleCase(
  tokens: readonly Token[],
  words: readonly WordInfo[],
  s: { first: number; last: number },
): boolean {
  let caps = 0;
  let allCaps = true;
  let end = s.last - 1;
  while (
    end >= s.first &&
    !words[end]!.hasLetter &&
    !words[end]!.hasDigit &&
    !/[.!?…]/u.test(tokens[end]!.text)
  )
    end--;
  if (end >= s.first && !words[end]!.hasLetter && !words[end]!.hasDigit) return false;
  for (let i = s.first; i < s.last; i++) {
    const w = words[i]!;
    if (w.hasDigit) return false;
    if (!w.hasLetter) continue;
    if (w.lowerStart && tokens[i]!.text.length > 3) return false;
    if (w.cap) caps++;
    if (!w.allCaps) allCaps = false;
  }
  return caps >= 4 && !allCaps;
}

/**
 * Typographic variants the training text (straight quotes, ASCII dashes) never shows, mapped to the
 * forms it does, so curly quotes and em dashes in real articles get the features they deserve.
 */
export function normaliseToken(t: string): string {
  if (t.length !== 1) return t.replace(/[’‘]/gu, "'");
  switch (t) {
    case '“':
    case '”':
    case '„':
    case '«':
    case '»':
      return '"';
    case '‘':
    case '’':
      return "'";
    case '—':
    case '–':
      return '-';
    case '…':
      return '...';
    default:
      return t;
  }
}
