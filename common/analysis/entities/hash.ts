/**
 * 32-bit hashing for feature keys. Features are never materialised as strings: word hashes are
 * computed once per distinct word and combined numerically, which is what keeps feature extraction
 * cheap enough for the throughput bar. Training and inference share these functions, so a change
 * here invalidates the committed model.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One MurmurHash3 round: folds `k` into the running hash `h`. */
export function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser, so keys that differ in one input bit spread over the whole table. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function key1(template: number, a: number): number {
  return finish(mix(mix(0x2545f491, template), a));
}

export function key2(template: number, a: number, b: number): number {
  return finish(mix(mix(mix(0x2545f491, template), a), b));
}

export function key3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(mix(0x2545f491, template), a), b), c));
}

/** Hash of a token sequence (its lower-cased word hashes), used for gazetteer phrases. */
export function phraseStep(h: number, wordHash: number): number {
  return mix(h, wordHash);
}
export const PHRASE_SEED = 0x3c6ef372;
