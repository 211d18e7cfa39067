/**
 * BILOU tags over the four CoNLL types and first-order Viterbi decoding with the tag grammar as hard
 * constraints: an I or L must continue a B or I of the same type, so the decoder can never emit a
 * broken span, whatever the weights say.
 */
import type { EntityType } from '../../model/analysis';

export const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'misc'];
export const TYPE_CODES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const NUM_TAGS = 1 + 4 * TYPES.length;

export const O = 0;
export const B = 1;
export const I = 2;
export const L = 3;
export const U = 4;

/** Tag index of `part` (B, I, L or U) for type index `type`. */
export function tagOf(type: number, part: number): number {
  return 1 + type * 4 + (part - 1);
}
/** B, I, L, U or O of a tag index. */
export function partOf(tag: number): number {
  return tag === O ? O : ((tag - 1) % 4) + 1;
}
/** Type index of a non-O tag, -1 for O. */
export function typeOf(tag: number): number {
  return tag === O ? -1 : Math.floor((tag - 1) / 4);
}

export function tagName(tag: number): string {
  return tag === O ? 'O' : `${'BILU'[partOf(tag) - 1]}-${TYPE_CODES[typeOf(tag)]}`;
}

export function allowedTransition(prev: number, cur: number): boolean {
  const pp = partOf(prev);
  const cp = partOf(cur);
  const inside = pp === B || pp === I;
  if (inside) return (cp === I || cp === L) && typeOf(prev) === typeOf(cur);
  return cp === O || cp === B || cp === U;
}
export function allowedStart(cur: number): boolean {
  const cp = partOf(cur);
  return cp === O || cp === B || cp === U;
}
export function allowedEnd(prev: number): boolean {
  const pp = partOf(prev);
  return pp === O || pp === L || pp === U;
}

/** Row-major NUM_TAGS x NUM_TAGS: 1 where prev -> cur is grammatical. */
export const TRANSITION_MASK: Uint8Array = (() => {
  const m = new Uint8Array(NUM_TAGS * NUM_TAGS);
  for (let p = 0; p < NUM_TAGS; p++)
    for (let c = 0; c < NUM_TAGS; c++) m[p * NUM_TAGS + c] = allowedTransition(p, c) ? 1 : 0;
  return m;
})();

/** For each tag, the tags allowed before it: walking these skips the ungrammatical pairs. */
const ALLOWED_PREV: Int32Array[] = Array.from({ length: NUM_TAGS }, (_, c) =>
  Int32Array.from(Array.from({ length: NUM_TAGS }, (_, p) => p).filter((p) => allowedTransition(p, c))),
);

let scoreBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

/**
 * Best grammatical tag sequence.
 * @param emit n x NUM_TAGS scores, row-major
 * @param trans NUM_TAGS x NUM_TAGS transition scores (prev, cur)
 * @param start, end per-tag scores for the first and last position
 */
export function viterbi(
  emit: Float64Array | Float32Array,
  n: number,
  trans: Float64Array | Float32Array,
  start: Float64Array | Float32Array,
  end: Float64Array | Float32Array,
  out: Int32Array = new Int32Array(n),
): Int32Array {
  if (n === 0) return out;
  const T = NUM_TAGS;
  // Scratch buffers are reused across calls: decoding is synchronous, so sharing is safe.
  if (scoreBuf.length < n * T) {
    scoreBuf = new Float64Array(n * T * 2);
    backBuf = new Int32Array(n * T * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let c = 0; c < T; c++) score[c] = allowedStart(c) ? start[c]! + emit[c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const prevBase = base - T;
    for (let c = 0; c < T; c++) {
      const prevs = ALLOWED_PREV[c]!;
      let best = -Infinity;
      let arg = 0;
      for (let q = 0; q < prevs.length; q++) {
        const p = prevs[q]!;
        const s = score[prevBase + p]! + trans[p * T + c]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + c] = best + emit[base + c]!;
      back[base + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * T;
  for (let c = 0; c < T; c++) {
    if (!allowedEnd(c)) continue;
    const s = score[lastBase + c]! + end[c]!;
    if (s > best) {
      best = s;
      arg = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
  return out;
}

/** Token spans [first, last) with their type index, from a grammatical tag sequence. */
export function spansOf(
  tags: ArrayLike<number>,
  n: number = tags.length,
): { first: number; last: number; type: number }[] {
  const out: { first: number; last: number; type: number }[] = [];
  let open = -1;
  for (let i = 0; i < n; i++) {
    const t = tags[i]!;
    const p = partOf(t);
    if (p === U) out.push({ first: i, last: i + 1, type: typeOf(t) });
    else if (p === B) open = i;
    else if (p === L && open >= 0) {
      out.push({ first: open, last: i + 1, type: typeOf(t) });
      open = -1;
    }
  }
  return out;
}

/** BILOU tags for spans over n tokens. */
export function tagsOf(
  spans: readonly { first: number; last: number; type: number }[],
  n: number,
): Int32Array {
  const tags = new Int32Array(n);
  for (const s of spans) {
    if (s.last - s.first === 1) tags[s.first] = tagOf(s.type, U);
    else {
      tags[s.first] = tagOf(s.type, B);
      for (let i = s.first + 1; i < s.last - 1; i++) tags[i] = tagOf(s.type, I);
      tags[s.last - 1] = tagOf(s.type, L);
    }
  }
  return tags;
}
