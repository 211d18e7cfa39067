/**
 * The paragraphs of an article's plain text (blocks are joined by "\n\n", see dom-text.ts) and an
 * index of their words, so a highlight's stored context can be narrowed to the few paragraphs that
 * could hold it before any fuzzy matching runs. Approximate search over a whole 20,000-word text
 * with a paragraph-sized pattern costs hundreds of milliseconds; a word lookup costs microseconds.
 */

export const PARAGRAPH_BREAK = '\n\n';

export interface Span {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(s: string): Set<string> {
  return new Set(Array.from(s.toLowerCase().matchAll(WORD), (m) => m[0]));
}

/** Start of the paragraph holding `at` (just after the break before it, or 0). */
export function paragraphStart(text: string, at: number): number {
  const i = text.lastIndexOf(PARAGRAPH_BREAK, at - PARAGRAPH_BREAK.length);
  return i === -1 || at < PARAGRAPH_BREAK.length ? 0 : i + PARAGRAPH_BREAK.length;
}

/** End of the paragraph holding `at` (the break after it, or the text's end). */
export function paragraphEnd(text: string, at: number): number {
  const i = text.indexOf(PARAGRAPH_BREAK, at);
  return i === -1 ? text.length : i;
}

export class ParagraphIndex {
  readonly paragraphs: Span[] = [];
  /** For each word, the paragraphs it occurs in. */
  private readonly postings = new Map<string, number[]>();

  constructor(readonly text: string) {
    let start = 0;
    for (;;) {
      const end = paragraphEnd(text, start);
      this.paragraphs.push({ start, end });
      if (end >= text.length) break;
      start = end + PARAGRAPH_BREAK.length;
    }
    this.paragraphs.forEach((p, i) => {
      for (const w of wordsOf(text.slice(p.start, p.end))) {
        const list = this.postings.get(w);
        if (list) list.push(i);
        else this.postings.set(w, [i]);
      }
    });
  }

  /**
   * The paragraphs sharing the most of `passage`'s words, best first, weighting each word by how
   * rare it is in this text (a name counts, "the" barely does). Each is widened by the passage's
   * length both ways, so a passage across paragraph breaks fits inside wherever it starts.
   */
  candidates(passage: string, limit: number): Span[] {
    const words = wordsOf(passage);
    const score = new Map<number, number>();
    let whole = 0;
    for (const w of words) {
      const list = this.postings.get(w);
      const weight = 1 / (list?.length ?? 1);
      whole += weight;
      for (const p of list ?? []) score.set(p, (score.get(p) ?? 0) + weight);
    }
    if (whole === 0) return [];
    return [...score]
      .filter(([, s]) => s / whole >= MIN_WORD_SHARE)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([p]) => ({
        start: Math.max(0, this.paragraphs[p]!.start - passage.length),
        end: Math.min(this.text.length, this.paragraphs[p]!.end + passage.length),
      }));
  }
}

/** A paragraph sharing less than this of the passage's (weighted) words is not worth a search. */
const MIN_WORD_SHARE = 0.15;
