/**
 * The two-pass sequence tagger at inference time: tokens -> pass-1 tags -> document-level labels ->
 * pass-2 tags -> token spans. Training (scripts/train-ner.ts) drives the same feature functions.
 */
import { tokenizeSentences, type Sentence, type Token } from '../tokenize';
import {
  docContext,
  docLabels,
  pass1Features,
  pass2Features,
  WordTable,
  type DocView,
  type Lexicon,
} from './features';
import { KeyIndex, WeightTable, type ModelData } from './model';
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
  const gaz = new KeyIndex(m.gazKeys);
  const clusters = new KeyIndex(m.clusterKeys);
  return {
    gazetteer: (h) => {
      const r = gaz.get(h);
      return r < 0 ? 0 : m.gazMasks[r]!;
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
  private readonly passes: WeightTable[];

  constructor(model: ModelData) {
    this.lexicon = lexiconOf(model);
    this.words = new WordTable(this.lexicon);
    this.passes = model.passes.map((p) => new WeightTable(p));
    if (this.passes.length === 0) throw new Error('NER model has no weights');
  }

  tag(text: string): TaggedText {
    const { tokens, sentences } = tokenizeSentences(text);
    const view: DocView = {
      words: tokens.map((t) => this.words.get(t.text)),
      sentences: sentences.map((s) => ({ first: s.first, last: s.last })),
    };
    const tags = this.tagView(view);
    const spans: TokenSpan[] = [];
    for (const s of view.sentences) {
      for (const sp of spansOf(tags.subarray(s.first, s.last))) {
        spans.push({ first: sp.first + s.first, last: sp.last + s.first, type: sp.type });
      }
    }
    return { tokens, sentences, tags, spans };
  }

  /** Tags of every token of a prepared document. */
  tagView(view: DocView): Int32Array {
    const n = view.words.length;
    const ctx = docContext(view, this.lexicon.gazetteer);
    const keys: number[] = [];
    const offsets = new Int32Array(n + 1);
    for (let k = 0; k < view.sentences.length; k++) {
      const s = view.sentences[k]!;
      for (let i = s.first; i < s.last; i++) {
        offsets[i] = keys.length;
        pass1Features(view, ctx, k, i, keys);
        offsets[i + 1] = keys.length;
      }
    }
    const first = this.passes[0]!;
    let tags = this.decode(view, first, (i, _k, emit, row) =>
      first.score(keys, offsets[i]!, offsets[i + 1]!, emit, row),
    );
    for (let p = 1; p < this.passes.length; p++) {
      const w = this.passes[p]!;
      const labels = docLabels(view, tags);
      const extra: number[] = [];
      tags = this.decode(view, w, (i, k, emit, row) => {
        w.score(keys, offsets[i]!, offsets[i + 1]!, emit, row);
        extra.length = 0;
        pass2Features(view, labels, k, i, extra);
        w.score(extra, 0, extra.length, emit, row);
      });
    }
    return tags;
  }

  private decode(
    view: DocView,
    w: WeightTable,
    score: (token: number, sentence: number, emit: Float64Array, row: number) => void,
  ): Int32Array {
    const tags = new Int32Array(view.words.length);
    let emit = new Float64Array(64 * NUM_TAGS);
    for (let k = 0; k < view.sentences.length; k++) {
      const s = view.sentences[k]!;
      const len = s.last - s.first;
      if (emit.length < len * NUM_TAGS) emit = new Float64Array(len * NUM_TAGS * 2);
      emit.fill(0, 0, len * NUM_TAGS);
      for (let i = s.first; i < s.last; i++) score(i, k, emit, i - s.first);
      viterbi(emit, len, w.trans, w.start, w.end, tags.subarray(s.first, s.last));
    }
    return tags;
  }
}
