/**
 * One definition of a word for the index and for the snippets: the index's terms and the words
 * marked in a snippet come from the same tokenizer, so a hit is always markable where it was found.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

const PLAIN = /^[a-z0-9]*$/i;

/** Lower case without accents: "Café" and "cafe" are one term. */
export function normalizeTerm(word: string): string {
  // most words are plain ASCII letters and digits, with nothing to decompose (this runs for every word)
  if (PLAIN.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Each word with its offsets in `text`. */
export function* tokensOf(text: string): Generator<Token> {
  for (const m of text.matchAll(WORD)) {
    yield { term: normalizeTerm(m[0]), start: m.index, end: m.index + m[0].length };
  }
}
