/**
 * What Gloss's re-anchoring is measured against, on the same stored selectors:
 *
 * - exact: the quote searched for verbatim, its context choosing among occurrences (Gloss's
 *   anchoring before fuzzy matching; a match is always shown as sure);
 * - hypothesis: Hypothesis's matchQuote (client/src/annotator/anchoring/match-quote.ts): the quote
 *   matched approximately anywhere with up to half its length in errors, each match scored by
 *   quote, 32 characters of prefix and suffix and position (weights 50/20/20/2), the best taken at
 *   any score.
 */
import search from 'approx-string-match';
import type { HighlightTarget } from '../../common/model/annotation';

export interface Placed {
  state: 'anchored' | 'moved' | 'orphaned';
  start: number | null;
  end: number | null;
}

const ORPHANED: Placed = { state: 'orphaned', start: null, end: null };
const CONTEXT = 32;

function agreeBefore(text: string, end: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && end - n - 1 >= 0 && text[end - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

function agreeAfter(text: string, start: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && start + n < text.length && text[start + n] === suffix[n]) n++;
  return n;
}

export function exactAnchor(text: string, target: HighlightTarget): Placed {
  const { exact } = target.quote;
  const prefix = target.quote.prefix.slice(-CONTEXT);
  const suffix = target.quote.suffix.slice(0, CONTEXT);
  const { start, end } = target.position;
  if (end <= text.length && text.slice(start, end) === exact) return { state: 'anchored', start, end };
  const candidates: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) candidates.push(i);
  if (candidates.length === 0) return ORPHANED;
  const scored = candidates
    .map((at) => ({
      at,
      context: agreeBefore(text, at, prefix) + agreeAfter(text, at + exact.length, suffix),
      distance: Math.abs(at - start),
    }))
    .sort((a, b) => b.context - a.context || a.distance - b.distance);
  const best = scored[0]!;
  const runnerUp = scored[1];
  const decisive =
    candidates.length === 1
      ? best.context > 0 || prefix.length + suffix.length === 0 || exact.length >= 8
      : best.context > (runnerUp?.context ?? -1) &&
        best.context >= Math.min(prefix.length + suffix.length, 8);
  return decisive ? { state: 'anchored', start: best.at, end: best.at + exact.length } : ORPHANED;
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const m = search(text, str, str.length)[0];
  return m ? 1 - m.errors / str.length : 0;
}

export function hypothesisAnchor(text: string, target: HighlightTarget): Placed {
  const quote = target.quote.exact;
  const prefix = target.quote.prefix.slice(-CONTEXT);
  const suffix = target.quote.suffix.slice(0, CONTEXT);
  const hint = target.position.start;
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const matches = search(text, quote, maxErrors);
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = prefix
      ? textMatchScore(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix)
      : 1;
    const suffixScore = suffix ? textMatchScore(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const posScore = 1 - Math.abs(m.start - hint) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best ? { state: 'anchored', start: best.start, end: best.end } : ORPHANED;
}
