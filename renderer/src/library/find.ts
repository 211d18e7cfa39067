/**
 * Finding in the open article, case- and accent-blind: "cafe" finds "Café". Each character is
 * folded on its own, so offsets in the folded text are offsets in the article's text.
 */
import type { Span } from '../../../common/model/analysis';
import { normalizeTerm, tokensOf } from '../../../common/text/terms';

function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = normalizeTerm(ch);
    // A character that folds to more or fewer UTF-16 units keeps its own lower case.
    out += f.length === ch.length ? f : ch.length === ch.toLowerCase().length ? ch.toLowerCase() : ch;
  }
  return out;
}

/** Every place the phrase occurs, in order. */
export function findPhrase(text: string, query: string, max = 10_000): Span[] {
  const q = fold(query.trim().replace(/\s+/g, ' '));
  if (!q) return [];
  const hay = fold(text.replace(/\s/g, ' '));
  const spans: Span[] = [];
  for (let i = hay.indexOf(q); i >= 0 && spans.length < max; i = hay.indexOf(q, i + q.length))
    spans.push({ start: i, end: i + q.length });
  return spans;
}

/**
 * The words of a library search, marked wherever they occur (the last word as a prefix, as the
 * search took it): what a search result opens the article with.
 */
export function findWords(text: string, query: string, max = 10_000): Span[] {
  const terms = [...tokensOf(query)].map((t) => t.term);
  const last = terms.pop();
  if (last === undefined) return [];
  const whole = new Set(terms);
  const spans: Span[] = [];
  for (const t of tokensOf(text)) {
    if (whole.has(t.term) || t.term.startsWith(last)) spans.push({ start: t.start, end: t.end });
    if (spans.length >= max) break;
  }
  return spans;
}

/** The index of the first span at or after `offset` (wrapping to the first). */
export function nearest(spans: readonly Span[], offset: number): number {
  const i = spans.findIndex((s) => s.end > offset);
  return i < 0 ? 0 : i;
}
