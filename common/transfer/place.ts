/**
 * Placing an annotation made elsewhere on a Gloss article, by the app's own anchoring: its quote
 * with its context, its position only a hint. The target stored is the one anchored with, so the
 * reader finds it exactly as the import did: a sure match is re-described with Gloss's own context
 * (anchored); a doubtful one (changed words, a look-alike paragraph) is kept as given, to show as
 * moved for review; one that is nowhere is kept as given too, orphaned, to be re-attached by hand.
 */
import type { Anchorer } from '../anchoring/anchor';
import { describeRange } from '../anchoring/anchor';
import type { AnchorStatus, HighlightTarget } from '../model/annotation';
import type { ForeignAnnotation } from './foreign-annotations';

export interface Placed {
  target: HighlightTarget;
  status: AnchorStatus;
}

/** A count of code points from the start of `text` as a UTF-16 offset into it. */
function utf16Offset(text: string, codePoints: number): number {
  let i = 0;
  let n = 0;
  for (; n < codePoints && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  // Past the end (a hint from a longer page): as far again, so it still is a hint, not a match.
  return i + (codePoints - n);
}

export function placeQuote(
  anchorer: Anchorer,
  quote: NonNullable<ForeignAnnotation['quote']>,
  position: ForeignAnnotation['position'],
): Placed {
  const text = anchorer.text;
  const start = !position
    ? 0
    : position.units === 'utf16'
      ? position.start
      : utf16Offset(text, position.start);
  const given: HighlightTarget = {
    quote: { type: 'TextQuoteSelector', ...quote },
    // Without a hint, the start of the text: anchoring finds the words by their context anyway.
    position: { type: 'TextPositionSelector', start, end: start + quote.exact.length },
  };
  const found = anchorer.anchor(given);
  if (found.status === 'anchored')
    return { target: describeRange(text, found.start, found.end), status: 'anchored' };
  return { target: given, status: found.status };
}
