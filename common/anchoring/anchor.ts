/**
 * Anchoring the user's highlights to an article's plain text, after the W3C selectors: the
 * position is tried first and checked against the quote; when the text has changed, the quote is
 * searched for, and its context decides between several occurrences. A highlight whose quote is
 * gone, or whose context cannot tell two occurrences apart, is orphaned rather than moved onto
 * look-alike text. (Fuzzy matching of an edited quote is a later issue.)
 */
import type { AnchorStatus, HighlightTarget } from '../model/annotation';

export const CONTEXT_CHARS = 32;

export function describeRange(text: string, start: number, end: number): HighlightTarget {
  if (!(start >= 0 && end > start && end <= text.length)) {
    throw new RangeError(`range ${start}-${end} is outside a text of ${text.length} characters`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

export interface Anchor {
  start: number;
  end: number;
  status: AnchorStatus;
}

/** Length of the common suffix of `a` and the text ending at `end`. */
function prefixAgreement(text: string, end: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && end - n - 1 >= 0 && text[end - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

function suffixAgreement(text: string, start: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && start + n < text.length && text[start + n] === suffix[n]) n++;
  return n;
}

export function anchorTarget(
  text: string,
  target: HighlightTarget,
): Anchor | { start: null; end: null; status: 'orphaned' } {
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  if (end <= text.length && text.slice(start, end) === exact) return { start, end, status: 'exact' };

  const candidates: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) candidates.push(i);
  if (candidates.length === 0) return { start: null, end: null, status: 'orphaned' };

  // Score each occurrence by how much of the stored context still surrounds it.
  const scored = candidates
    .map((at) => ({
      at,
      context: prefixAgreement(text, at, prefix) + suffixAgreement(text, at + exact.length, suffix),
      distance: Math.abs(at - start),
    }))
    .sort((a, b) => b.context - a.context || a.distance - b.distance);
  const best = scored[0]!;
  const runnerUp = scored[1];
  const wholeContext = prefix.length + suffix.length;
  // A unique occurrence is safe to follow; among several, only a context that singles one out is.
  const decisive =
    candidates.length === 1
      ? best.context > 0 || wholeContext === 0 || exact.length >= 8
      : best.context > (runnerUp?.context ?? -1) && best.context >= Math.min(wholeContext, 8);
  if (!decisive) return { start: null, end: null, status: 'orphaned' };
  return { start: best.at, end: best.at + exact.length, status: 'relocated' };
}
