/**
 * Tokens and sentences with UTF-16 offsets into the exact input text, shared by the entity recognizer
 * and the quotes finder. The token boundaries follow the Penn/CoNLL conventions the recognizer was
 * trained on ("Azerbaijan's" -> "Azerbaijan" + "'s", "don't" -> "do" + "n't", "U.S." and "Inc." keep
 * their period, "1,000" and "1996-08-22" stay whole, every other punctuation mark is its own token),
 * because any drift between this and the training tokenization costs accuracy.
 *
 * Stable API: `tokenize`, `splitSentences`, `tokenizeSentences`, `Token`, `Sentence`.
 */

export interface Token {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset one past the last character. */
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Indices into the token array the sentence was split from: `tokens.slice(first, last)`. */
  first: number;
  last: number;
}

/*
 * One sticky scan, alternatives in priority order:
 * - clitics written apart ("'s", "’re") so CoNLL-style pre-split text and running text agree;
 * - dotted initialisms ("U.S.", "e.g.") before words, so the trailing period stays on;
 * - numbers with inner separators ("1,000", "3.5", "1996-08-22", "2-1") not glued to letters;
 * - words: letters, marks and digits joined by inner hyphens, apostrophes, periods or ampersands
 *   ("pro-Western", "O'Neill", "News.Az", "AT&T", "COP29"), with one optional trailing period that
 *   `splitWord` keeps only for abbreviations;
 * - runs of dots or dashes ("...", "--"), then any other single non-space character.
 */
const TOKEN_RE =
  /['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)(?![\p{L}\p{N}])|(?:\p{L}\.){2,}(?![\p{L}\p{N}])|\d+(?:[.,:/-]\d+)*(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*(?:\.(?!\.))?|\.{2,}|-{2,}|\S/uy;

/** Abbreviations that keep their period (lower-cased, without it). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st mt ft jr sr inc corp co ltd ' +
    'plc bros dept univ assn jan feb mar apr aug sep sept oct nov dec no nos vs etc approx est ' +
    'ave blvd rd fig vol pp ed eds op cf al u.s a.m p.m'
  ).split(' '),
);

/** Abbreviations that keep their period only capitalised: "Sens. Warner and Rubio", not "sales reps." */
const TITLE_ABBREVIATIONS = new Set(['Sens', 'Reps']);

const CLITIC_RE = /^(.+?)(['’][sS]|[nN]['’][tT])$/u;

function pushWord(out: Token[], text: string, start: number, end: number): void {
  const word = text.slice(start, end);
  // A final period belongs to the word only for abbreviations and single-letter initials.
  if (word.length > 1 && word.endsWith('.')) {
    const bare = word.slice(0, -1);
    const lower = bare.toLowerCase();
    const keep =
      ABBREVIATIONS.has(lower) ||
      TITLE_ABBREVIATIONS.has(bare) ||
      /^\p{L}$/u.test(bare) ||
      /^(?:\p{L}\.)+\p{L}$/u.test(bare);
    if (!keep) {
      pushWord(out, text, start, end - 1);
      out.push({ start: end - 1, end, text: '.' });
      return;
    }
  }
  const m = CLITIC_RE.exec(word);
  if (m) {
    // "Azerbaijan's" -> "Azerbaijan" "'s"; "don't" -> "do" "n't" (Penn style, as in the training data).
    const split = start + m[1]!.length;
    out.push({ start, end: split, text: m[1]! });
    out.push({ start: split, end, text: word.slice(m[1]!.length) });
    return;
  }
  out.push({ start, end, text: word });
}

/** Splits text into tokens; whitespace separates, never joins, tokens. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast path over ASCII whitespace and the common Unicode spaces.
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 12 || c === 11) {
      i++;
      continue;
    }
    if (c > 127 && /\s/u.test(text[i]!)) {
      i++;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    // The last alternative matches any non-space character, so a match always exists here; the
    // guard only protects against a lone surrogate half.
    const end = m ? i + m[0].length : i + 1;
    const first = text.charCodeAt(i);
    const isWordStart = m !== null && /[\p{L}\p{N}]/u.test(String.fromCharCode(first));
    if (isWordStart) pushWord(out, text, i, end);
    else out.push({ start: i, end, text: text.slice(i, end) });
    i = end;
  }
  return out;
}

const CLOSERS = new Set([')', ']', '"', "'", '’', '”', '»']);
const ENDERS = new Set(['.', '!', '?', '...', '…']);

/** Capitalized words that open a sentence and never continue a name. */
const OPENERS = new Set([
  'The',
  'It',
  'He',
  'She',
  'They',
  'We',
  'This',
  'These',
  'Those',
  'There',
  'However',
]);

/**
 * Groups tokens into sentences. A line break always ends a sentence (headlines, bylines, table rows
 * and paragraphs are lines in the text the app reads). Otherwise a sentence ends after ".", "!", "?"
 * or "..." (plus closing quotes and brackets) when the next token does not begin in lower case, and
 * after an abbreviation's period only when a line break or a word that only opens sentences follows,
 * since "U.S. President" is far more common mid-sentence than at the end of one.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (last: number): void => {
    if (last > first) {
      out.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
    }
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    if (hasLineBreak(text, t.end, next.start)) {
      close(i + 1);
      continue;
    }
    // "during World War I. The company": an initial's or an abbreviation's period before a word
    // that only opens sentences ends one
    if (t.text.length > 1 && t.text.endsWith('.') && OPENERS.has(next.text)) {
      close(i + 1);
      continue;
    }
    if (!ENDERS.has(t.text)) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      CLOSERS.has(tokens[j]!.text) &&
      !hasLineBreak(text, tokens[j - 1]!.end, tokens[j]!.start)
    )
      j++;
    const after = tokens[j];
    if (!after) break;
    if (hasLineBreak(text, tokens[j - 1]!.end, after.start)) continue;
    const c = after.text[0]!;
    if (c.toLowerCase() === c && c.toUpperCase() !== c) continue;
    close(j);
    i = j - 1;
  }
  close(tokens.length);
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** `tokenize` and `splitSentences` in one call. */
export function tokenizeSentences(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens = tokenize(text);
  return { tokens, sentences: splitSentences(text, tokens) };
}
