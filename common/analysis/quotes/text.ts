/**
 * A small tokenizer for the quotation finder: words and punctuation with offsets, sentence and
 * paragraph numbers. It is deliberately independent of the entity recognizer's tokenizer so speaker
 * finding never changes when the recognizer does.
 */

import { readsAsCue } from './lexicon';

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Sentence index over the whole text. */
  sent: number;
  /** Paragraph index over the whole text. */
  para: number;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** A letter or digit word (not punctuation). */
  word: boolean;
  /** A reporting verb read as a verb where it stands (see readsAsCue). */
  cue: boolean;
}

// `''` is one token: the quotation mark of the New York Times archive (see marks.ts)
const TOKEN_RE = /''|[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*|\S/gu;

/** A token that is a hyphen or a dash standing alone: a dateline's or a signature's ("– Jane Doe"). */
export function isDash(t: Tok | undefined): boolean {
  return t !== undefined && /^[-–—]$/.test(t.text);
}

/**
 * The name on a signature line after a quoted stretch whose tokens end before `after`: the stretch
 * closes its paragraph and the next one opens with a dash and a capital ("…”¶– Bernie Sanders.", as
 * fact checks, letters and quotes of the day attribute). Its token range, up to the first comma.
 */
export function signatureAfter(toks: readonly Tok[], after: number): [number, number] | null {
  const para = toks[after - 1]?.para;
  let e = after;
  while (e < toks.length && toks[e]!.para === para && !toks[e]!.word) e++;
  const sig = toks[e];
  if (!sig || sig.para === para || !isDash(sig) || !toks[e + 1]?.cap) return null;
  let z = e + 1;
  while (z < toks.length && toks[z]!.para === sig.para && toks[z]!.text !== ',' && z < e + 12) z++;
  // a line set between two dashes is a subheading ("– An immigrant himself –.")
  for (let k = e + 1; k < toks.length && toks[k]!.para === sig.para; k++) if (isDash(toks[k]!)) return null;
  return [e + 1, z];
}

/** A token that is a double quotation mark. */
export function isDoubleMark(t: string): boolean {
  return t === "''" || /^["“”„«»]$/.test(t);
}

/** Abbreviations after which a period does not end the sentence. */
const ABBREV = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'sens',
  'gov',
  'govs',
  'rep',
  'reps',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'st',
  'jr',
  'sr',
  'inc',
  'co',
  'corp',
  'ltd',
  'vs',
  'v',
  'no',
  'prof',
  'rev',
  'hon',
  'pres',
  'sec',
  'adm',
  'maj',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'u.k',
  'd.c',
  'a.m',
  'p.m',
  'e.g',
  'i.e',
  'etc',
  'ft',
  'mt',
]);

/** A word that a period after it does not end the sentence with: "Mr.", "U.S.", the initial in "James B. Cunningham". */
function isAbbrev(word: string): boolean {
  const lower = word.toLowerCase();
  return ABBREV.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(lower) || /^\p{Lu}$/u.test(word);
}

/** Longer than any sentence in PolNeAR's 31,000 (the longest has 221 tokens). */
const MAX_SENTENCE_TOKENS = 250;

const CLOSING = new Set(['"', '”', '’', "'", "''", ')', ']', '»']);

export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let sent = 0;
  let para = 0;
  let lastEnd = 0;
  let pendingBreak = false;
  let sentFirst = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const t = m[0];
    const gap = start > lastEnd ? text.slice(lastEnd, start) : '';
    if (gap.includes('\n') && toks.length) {
      para++;
      sent++;
      pendingBreak = false;
    } else if (pendingBreak) {
      const spaced = gap !== '' && /\s/.test(gap);
      if (!spaced && CLOSING.has(t)) {
        // closing marks after the period stay in the sentence they end
      } else {
        if (spaced && /^[\p{Lu}\p{N}"“‘'(«„[]/u.test(t)) sent++;
        pendingBreak = false;
      }
    }
    // Text without sentence punctuation (a broken import, a long list) would make one endless
    // sentence, and the speaker search scans sentences: cut at a length no real sentence reaches.
    if (toks.length && toks[toks.length - 1]!.sent !== sent) sentFirst = toks.length;
    else if (toks.length - sentFirst >= MAX_SENTENCE_TOKENS) {
      sent++;
      sentFirst = toks.length;
      pendingBreak = false;
    }
    // ASCII first: the Unicode property regexes are the slow path
    const c0 = t.charCodeAt(0);
    const word =
      c0 < 128
        ? (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)
        : /[\p{L}\p{N}]/u.test(t[0]!);
    const lower = t.toLowerCase();
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(t);
    const last = toks[toks.length - 1];
    const insideSentence = last !== undefined && last.sent === sent && (last.word || /[,;]/.test(last.text));
    toks.push({
      start,
      end: start + t.length,
      text: t,
      lower,
      sent,
      para,
      cap,
      word,
      cue: word ? readsAsCue(lower, cap, insideSentence) : attributionDash(text, t, last, start + t.length),
    });
    if (t === '.' || t === '!' || t === '?' || t === '…') {
      const prev = toks[toks.length - 2];
      const abbrev =
        t === '.' && prev !== undefined && prev.end === start && prev.word && isAbbrev(prev.text);
      if (!abbrev) pendingBreak = true;
    }
    lastEnd = start + t.length;
  }
  return toks;
}

/**
 * A dash between a closing quotation mark and a name that ends the line reports the quotation as a
 * verb would: `“…” ― Esther Tapia` in a column of readers' voices, `“…” — Jane Doe (@jdoe)` under an
 * embedded post.
 */
function attributionDash(text: string, t: string, last: Tok | undefined, end: number): boolean {
  if (!/^[―—–]$/.test(t) || !last || !isDoubleMark(last.text) || last.text === '“' || last.text === '„')
    return false;
  return ATTRIBUTION_NAME.test(text.slice(end, end + 80));
}
const ATTRIBUTION_NAME =
  /^[ \u00a0]*\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,3}[ \u00a0]*(?:\n|$|,|\()/u;

/**
 * Token i ends its sentence: a stop that is not an abbreviation's period ("Mr." in "Mr. Trump said."
 * is not one), read from the sentence numbers the tokenizer gave.
 */
export function endsSentence(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || !/^[.!?…]$/.test(t.text)) return false;
  let j = i + 1;
  while (j < toks.length && CLOSING.has(toks[j]!.text)) j++;
  return j >= toks.length || toks[j]!.sent !== t.sent;
}

/** Index of the first token (or any span, sorted by start) starting at or after `offset` (binary search). */
export function tokenAt(toks: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
