/**
 * Re-anchoring cases made from a real text: a version 2 produced by edits whose every character is
 * traced back to version 1, so the true place of each highlight in version 2 is known (its
 * characters that survived, if at least half did and they still lie together), or known gone.
 */

export type StructuralEdit =
  | 'none'
  | 'paragraph-moves'
  | 'lookalike-rewritten'
  | 'lookalike-removed'
  | 'punctuation-typos'
  | 'note-prepended';
export const STRUCTURAL_EDITS: StructuralEdit[] = [
  'none',
  'paragraph-moves',
  'lookalike-rewritten',
  'lookalike-removed',
  'punctuation-typos',
  'note-prepended',
];
export const WORD_EDIT_RATES = [0.01, 0.02, 0.05, 0.1];

export interface CaseHighlight {
  id: string;
  start: number;
  end: number;
}
export interface Truth {
  id: string;
  start: number | null;
  end: number | null;
}
export interface ReanchorCase {
  id: string;
  v1: string;
  v2: string;
  highlights: CaseHighlight[];
  /** Not read by `npm run reanchor`: where each highlight truly is in v2 (null: gone). */
  truth: Truth[];
  wordEditRate: number;
  edit: StructuralEdit;
}

/** mulberry32: small, seeded, and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One character of version 2 and the version-1 offset it came from (-1: new). */
interface Ch {
  c: string;
  from: number;
}

const fresh = (s: string): Ch[] => Array.from(s, (c) => ({ c, from: -1 }));
const BREAK = '\n\n';

function paragraphsOf(chars: Ch[]): Ch[][] {
  const out: Ch[][] = [[]];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i]!.c === '\n' && chars[i + 1]?.c === '\n') {
      out.push([]);
      i++;
    } else out[out.length - 1]!.push(chars[i]!);
  }
  return out.filter((p) => p.length > 0);
}

const joinParagraphs = (ps: Ch[][]): Ch[] => ps.flatMap((p, i) => (i === 0 ? p : [...fresh(BREAK), ...p]));

/** Tokens of one paragraph: words and what lies between them. */
function tokens(p: Ch[]): { word: boolean; chars: Ch[] }[] {
  const out: { word: boolean; chars: Ch[] }[] = [];
  for (const ch of p) {
    const word = /[\p{L}\p{N}'’-]/u.test(ch.c);
    const lastTok = out[out.length - 1];
    if (lastTok && lastTok.word === word) lastTok.chars.push(ch);
    else out.push({ word, chars: [ch] });
  }
  return out;
}

/** Word edits at `rate`: a word replaced, deleted or inserted, or a letter mistyped. */
function editWords(p: Ch[], rate: number, vocab: string[], rand: () => number): Ch[] {
  const out: Ch[] = [];
  for (const t of tokens(p)) {
    if (!t.word || rand() >= rate) {
      out.push(...t.chars);
      continue;
    }
    const op = rand();
    const other = vocab[Math.floor(rand() * vocab.length)]!;
    if (op < 0.4) out.push(...fresh(other));
    else if (op < 0.6)
      out.push(...fresh('')); // deleted; the space around it stays
    else if (op < 0.8) out.push(...t.chars, ...fresh(' ' + other));
    else {
      const i = Math.floor(rand() * t.chars.length);
      out.push(...t.chars.map((ch, j) => (j === i ? { c: ch.c === 'e' ? 'a' : 'e', from: -1 } : ch)));
    }
  }
  return out;
}

const PUNCTUATION: [RegExp, string][] = [
  [/,/, ';'],
  [/’/, "'"],
  [/“/, '"'],
  [/”/, '"'],
  [/—/, '-'],
  [/\./, '!'],
];

/** Punctuation swapped (curly quotes straightened, a comma for a semicolon) and letters mistyped. */
function editPunctuation(p: Ch[], rand: () => number): Ch[] {
  return p.map((ch) => {
    for (const [re, to] of PUNCTUATION) if (re.test(ch.c) && rand() < 0.3) return { c: to, from: -1 };
    if (/\p{L}/u.test(ch.c) && rand() < 0.004) return { c: ch.c === 'e' ? 'a' : 'e', from: -1 };
    return ch;
  });
}

function structural(ps: Ch[][], edit: StructuralEdit, vocab: string[], rand: () => number): Ch[][] {
  const pick = () => Math.floor(rand() * ps.length);
  switch (edit) {
    case 'none':
      return ps;
    case 'punctuation-typos':
      return ps.map((p) => editPunctuation(p, rand));
    case 'note-prepended':
      return [fresh("Editor's note: this article was updated to correct an error and add reporting."), ...ps];
    case 'paragraph-moves': {
      const out = [...ps];
      for (let k = 0; k < 2 && out.length > 2; k++) {
        const [moved] = out.splice(pick() % out.length, 1);
        out.splice(Math.floor(rand() * (out.length + 1)), 0, moved!);
      }
      return out;
    }
    case 'lookalike-rewritten':
    case 'lookalike-removed': {
      if (ps.length < 5) return ps;
      // The longest paragraphs are where highlights fall; one of them gets a look-alike.
      const i = [...ps.keys()].sort((a, b) => ps[b]!.length - ps[a]!.length)[Math.floor(rand() * 3)]!;
      const original = ps[i]!;
      // A look-alike differs somewhere: an unchanged copy with its original gone is a move.
      let copy = fresh(original.map((c) => c.c).join(''));
      for (let tries = 0; tries < 20 && copy.every((c, k) => c.c === original[k]?.c); tries++)
        copy = editWords(fresh(original.map((c) => c.c).join('')), 0.05, vocab, rand);
      // A copy beside a removed original would be that paragraph edited in place, and nothing could
      // tell otherwise: the copy goes three paragraphs away or more.
      const far = [...ps.keys()].filter((j) => Math.abs(j - i) >= 3);
      if (far.length === 0) return ps;
      const at = far[Math.floor(rand() * far.length)]!;
      const out = ps.map((p, j) =>
        j === i ? (edit === 'lookalike-removed' ? null : editWords(p, 0.3, vocab, rand)) : p,
      );
      out.splice(at > i ? at + 1 : at, 0, copy);
      return out.filter((p): p is Ch[] => p !== null);
    }
  }
}

function highlightsOn(v1: string, count: number, rand: () => number): CaseHighlight[] {
  const words = Array.from(v1.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  const seen = new Map<string, number>();
  for (const w of words) seen.set(w.text, (seen.get(w.text) ?? 0) + 1);
  const repeatedNames = words.filter(
    (w) => /^\p{Lu}/u.test(w.text) && seen.get(w.text)! > 1 && w.text.length > 3,
  );
  const out: CaseHighlight[] = [];
  for (let k = 0; k < count; k++) {
    if (repeatedNames.length > 0 && rand() < 0.15) {
      const w = repeatedNames[Math.floor(rand() * repeatedNames.length)]!;
      out.push({ id: `h${k}`, start: w.start, end: w.end });
      continue;
    }
    const n = 1 + Math.floor(rand() * 40);
    const first = Math.floor(rand() * Math.max(1, words.length - n));
    const last = Math.min(words.length - 1, first + n - 1);
    out.push({ id: `h${k}`, start: words[first]!.start, end: words[last]!.end });
  }
  return out;
}

function truthOf(h: CaseHighlight, map: Int32Array): Truth {
  const at: number[] = [];
  for (let i = h.start; i < h.end; i++) if (map[i]! >= 0) at.push(map[i]!);
  const len = h.end - h.start;
  if (at.length < len / 2) return { id: h.id, start: null, end: null };
  const start = Math.min(...at);
  const end = Math.max(...at) + 1;
  // Its surviving characters scattered (a paragraph it crossed moved away): no one place is its.
  if (end - start > len * 1.5 + 20) return { id: h.id, start: null, end: null };
  return { id: h.id, start, end };
}

export function makeCase(
  id: string,
  v1: string,
  wordEditRate: number,
  edit: StructuralEdit,
  highlightCount: number,
  seed: number,
): ReanchorCase {
  const rand = rng(seed);
  const vocab = Array.from(new Set(v1.match(/\p{L}{3,}/gu) ?? ['word']));
  const highlights = highlightsOn(v1, highlightCount, rand);
  // Per UTF-16 unit, so a character outside the Basic Multilingual Plane keeps both its halves.
  const units: Ch[] = Array.from({ length: v1.length }, (_, i) => ({ c: v1[i]!, from: i }));
  const edited = structural(
    paragraphsOf(units).map((p) => editWords(p, wordEditRate, vocab, rand)),
    edit,
    vocab,
    rand,
  );
  const chars = joinParagraphs(edited);
  const map = new Int32Array(v1.length).fill(-1);
  chars.forEach((ch, i) => {
    if (ch.from >= 0) map[ch.from] = i;
  });
  const v2 = chars.map((c) => c.c).join('');
  return { id, v1, v2, highlights, truth: highlights.map((h) => truthOf(h, map)), wordEditRate, edit };
}
