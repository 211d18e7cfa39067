/**
 * The model file: a small binary format of our own, so the app reads it with no dependency and no
 * decompression step, in one pass over a Uint8Array.
 *
 * Layout (little-endian): "GNER", u32 format version, u32 header length, UTF-8 JSON header, then
 * 4-byte-aligned sections, each u32 byte length + bytes, in this order:
 *   gazetteer keys (u32), gazetteer masks (u32), cluster keys (u32), cluster paths (u32),
 *   then per pass: feature keys (u32, sorted), nonzero counts per key (u8), tag of each nonzero (u8),
 *   weight of each nonzero (i16, times header.scales[pass]), transitions, start and end (f32).
 * Weights are stored sparse (most features only ever moved a few tags) and quantised to 16 bits;
 * both cost nothing measurable in accuracy and make the file a fraction of the dense size.
 */
import { NUM_TAGS } from './tags';

export const MODEL_FORMAT_VERSION = 2;

export interface ModelHeader {
  format: 'gloss-ner';
  numTags: number;
  passes: number;
  scales: number[];
  /** Free-form training facts (data, seed, epochs, dev scores), shown by tools, never used to decode. */
  meta: Record<string, unknown>;
}

export interface PassWeights {
  keys: Uint32Array;
  counts: Uint8Array;
  tags: Uint8Array;
  values: Int16Array;
  scale: number;
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

export interface ModelData {
  header: ModelHeader;
  gazKeys: Uint32Array;
  gazMasks: Uint32Array;
  clusterKeys: Uint32Array;
  clusterPaths: Uint32Array;
  passes: PassWeights[];
}

const MAGIC = [0x47, 0x4e, 0x45, 0x52]; // "GNER"

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

export function encodeModel(m: ModelData): Uint8Array {
  if (!isLittleEndian()) throw new Error('model encoding needs a little-endian platform');
  const header = new TextEncoder().encode(JSON.stringify(m.header));
  const sections: ArrayBufferView[] = [m.gazKeys, m.gazMasks, m.clusterKeys, m.clusterPaths];
  for (const p of m.passes) sections.push(p.keys, p.counts, p.tags, p.values, p.trans, p.start, p.end);
  const pad = (x: number): number => (x + 3) & ~3;
  let size = 12 + pad(header.length);
  for (const s of sections) size += 4 + pad(s.byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(4, MODEL_FORMAT_VERSION, true);
  view.setUint32(8, header.length, true);
  out.set(header, 12);
  let pos = 12 + pad(header.length);
  for (const s of sections) {
    view.setUint32(pos, s.byteLength, true);
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), pos + 4);
    pos += 4 + pad(s.byteLength);
  }
  return out;
}

export function decodeModel(bytes: Uint8Array): ModelData {
  if (!isLittleEndian()) throw new Error('the entity model needs a little-endian platform');
  if (bytes.length < 12 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not a Gloss NER model');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== MODEL_FORMAT_VERSION && version !== 1)
    throw new Error(`unsupported NER model format ${version}`);
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as ModelHeader;
  if (header.format !== 'gloss-ner' || header.numTags !== NUM_TAGS) throw new Error('incompatible NER model');
  let pos = 12 + ((headerLength + 3) & ~3);
  // Copies, so every typed array is aligned whatever the input's offset.
  const next = (): ArrayBuffer => {
    if (pos + 4 > bytes.length) throw new Error('truncated NER model');
    const len = view.getUint32(pos, true);
    if (pos + 4 + len > bytes.length) throw new Error('truncated NER model');
    const buf = bytes.slice(pos + 4, pos + 4 + len).buffer;
    pos += 4 + ((len + 3) & ~3);
    return buf;
  };
  const gazKeys = new Uint32Array(next());
  // Format 1 kept the masks as u16 (at most 16 gazetteer classes).
  const gazMasks = version === 1 ? Uint32Array.from(new Uint16Array(next())) : new Uint32Array(next());
  const clusterKeys = new Uint32Array(next());
  const clusterPaths = new Uint32Array(next());
  const passes: PassWeights[] = [];
  for (let p = 0; p < header.passes; p++) {
    passes.push({
      keys: new Uint32Array(next()),
      counts: new Uint8Array(next()),
      tags: new Uint8Array(next()),
      values: new Int16Array(next()),
      scale: header.scales[p] ?? 1,
      trans: new Float32Array(next()),
      start: new Float32Array(next()),
      end: new Float32Array(next()),
    });
  }
  return { header, gazKeys, gazMasks, clusterKeys, clusterPaths, passes };
}

/**
 * Open-addressing map from u32 key to its index in a key array (or to the value given for it); -1
 * when absent. Each slot holds the key beside its value, so a probe reads one cache line: the tables
 * are megabytes, and the lookups of every feature of every token are most of what tagging spends on
 * memory.
 */
export class KeyIndex {
  /** Slot s: key at 2s, value + 1 at 2s + 1 (0 when empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** @param values per key, what `get` returns for it: non-negative and below 2^31 - 1 */
  constructor(keys: Uint32Array, values?: ArrayLike<number>) {
    let size = 16;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) {
      const v = values ? values[r]! : r;
      if (!(v >= 0 && v < 0x7fffffff)) throw new Error(`key index value out of range: ${v}`);
      let s = keys[r]! & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = keys[r]! | 0;
      this.slots[2 * s + 1] = v + 1;
    }
  }
  get(key: number): number {
    const k = key | 0;
    let s = key & this.mask;
    for (;;) {
      const r = this.slots[2 * s + 1]!;
      if (r === 0) return -1;
      if (this.slots[2 * s] === k) return r - 1;
      s = (s + 1) & this.mask;
    }
  }
}

/**
 * A one-hash Bloom filter over u32 keys, about eight bits per key: most gazetteer lookups are of
 * phrases it does not list (a word and the next seven, at every word), and ruling those out in a
 * table a sixteenth of the index's size spares a probe into megabytes. Keys are hashes already mixed
 * by `finish`, and it reads their top bits where the index reads the bottom ones.
 */
export class KeyFilter {
  private readonly bits: Int32Array;
  private readonly shift: number;
  constructor(keys: Uint32Array) {
    let log = 10;
    while (1 << log < keys.length * 8 && log < 30) log++;
    this.bits = new Int32Array(1 << (log - 5));
    this.shift = 32 - log;
    for (const k of keys) {
      const b = k >>> this.shift;
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
  }
  /** False when `key` is surely absent. */
  mayHave(key: number): boolean {
    const b = key >>> this.shift;
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

/**
 * All passes' weights under one key index, so each feature key is looked up once per token and the
 * later passes reuse the row: the hash probes, not the arithmetic, are what scoring spends its time on.
 *
 * A row is one run of 32-bit words holding every pass's nonzeros, and the index maps a key straight
 * to where its run starts: scoring a feature then reads one or two cache lines, where an offset
 * table, a tag array and a weight array per pass cost a miss each. Per pass the run has a header,
 * the mask of tags with a nonzero weight and their count above bit 24, then the weights in tag
 * order. Each tag has at most one weight per row, so reading them by tag adds them to the scores
 * in the same order as before, and the sums come out the same to the bit.
 */
export class WeightTable {
  private readonly index: KeyIndex;
  /** The rows' headers, read as integers; the same words as `weights`. */
  private readonly headers: Int32Array;
  private readonly weights: Float32Array;
  readonly passes: { trans: Float32Array; start: Float32Array; end: Float32Array }[];

  constructor(ps: PassWeights[]) {
    if (NUM_TAGS > 24) throw new Error('a weight row header holds at most 24 tags');
    const all = new Set<number>();
    for (const p of ps) for (const k of p.keys) all.add(k);
    const keys = Uint32Array.from(all);
    const rowOf = new Map<number, number>();
    keys.forEach((k, r) => rowOf.set(k, r));
    // Each pass's nonzeros by shared row: where they start in the pass's arrays, and how many.
    const srcStart = ps.map(() => new Int32Array(keys.length).fill(-1));
    const srcCount = ps.map(() => new Uint8Array(keys.length));
    let words = 0;
    ps.forEach((p, q) => {
      for (let r = 0, j = 0; r < p.keys.length; j += p.counts[r]!, r++) {
        const row = rowOf.get(p.keys[r]!)!;
        srcStart[q]![row] = j;
        srcCount[q]![row] = p.counts[r]!;
        words += p.counts[r]!;
      }
    });
    words += keys.length * ps.length;
    const buffer = new ArrayBuffer(words * 4);
    this.headers = new Int32Array(buffer);
    this.weights = new Float32Array(buffer);
    const starts = new Int32Array(keys.length);
    /** One row's weights of one pass, by tag, before they are laid out. */
    const byTag = new Float32Array(NUM_TAGS);
    let at = 0;
    for (let r = 0; r < keys.length; r++) {
      starts[r] = at;
      ps.forEach((p, q) => {
        const from = srcStart[q]![r]!;
        const count = srcCount[q]![r]!;
        const header = at++;
        let mask = 0;
        for (let j = from; j < from + count; j++) {
          const tag = p.tags[j]!;
          if (mask & (1 << tag)) throw new Error('NER model row with a tag twice');
          mask |= 1 << tag;
          byTag[tag] = p.values[j]! * p.scale;
        }
        this.headers[header] = mask | (count << 24);
        // Weights go in tag order, lowest bit first, whatever order the model file lists them in.
        for (let m = mask; m !== 0; m &= m - 1) this.weights[at++] = byTag[31 - Math.clz32(m & -m)]!;
      });
    }
    this.index = new KeyIndex(keys, starts);
    this.passes = ps.map((p) => ({ trans: p.trans, start: p.start, end: p.end }));
  }

  /** Appends the rows of known keys among `keys` to `rows`; returns the new length. */
  rows(keys: ArrayLike<number>, from: number, to: number, rows: Int32Array, at: number): number {
    for (let f = from; f < to; f++) {
      const r = this.index.get(keys[f]!);
      if (r >= 0) rows[at++] = r;
    }
    return at;
  }

  /** Adds pass `pass`'s weights of `rows[from..to)` to `emit[row*NUM_TAGS ..]`. */
  score(pass: number, rows: Int32Array, from: number, to: number, emit: Float64Array, row: number): void {
    const base = row * NUM_TAGS;
    const headers = this.headers;
    const weights = this.weights;
    for (let f = from; f < to; f++) {
      let at = rows[f]!;
      for (let q = 0; q < pass; q++) at += 1 + (headers[at]! >>> 24);
      let mask = headers[at++]! & 0xffffff;
      while (mask !== 0) {
        const tag = 31 - Math.clz32(mask & -mask);
        emit[base + tag]! += weights[at++]!;
        mask &= mask - 1;
      }
    }
  }
}
