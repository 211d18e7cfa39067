/**
 * Anchoring the user's highlights to an article's plain text, after the W3C selectors. A highlight
 * stores its exact text, its context (at least 32 characters each side, out to its paragraph's
 * ends within 300) and its position. To find it again in a changed text:
 *
 * 1. the position, when the same words and near context are still there;
 * 2. its paragraph: the few paragraphs sharing its context's words, then the stored context
 *    matched approximately inside each (approx-string-match, Myers' algorithm) — another good
 *    match elsewhere is a look-alike;
 * 3. the quote matched approximately inside the best paragraph, near where the context puts it.
 *
 * It is *anchored* only when its exact words are found in the one paragraph that matches its
 * context, in place or in a paragraph that moved unchanged; *moved* (the reader reviews it, old and
 * new text side by side) when the words changed, or the paragraph has a look-alike, or it turned up
 * far away in a changed paragraph; *orphaned* when nothing close enough is found. Hypothesis takes
 * the best fuzzy match at any score, and so moves a note to a look-alike paragraph without a word;
 * here a doubtful match is never shown as a sure one.
 */
import search from 'approx-string-match';
import type { AnchorStatus, HighlightTarget } from '../model/annotation';
import { PARAGRAPH_BREAK, ParagraphIndex, paragraphEnd, paragraphStart } from './paragraphs';

export const CONTEXT_CHARS = 32;
export const PARAGRAPH_CONTEXT_CHARS = 300;

/** Context whose edit distance from the stored one is above this share is another passage. */
const MAX_WINDOW_ERROR_RATE = 0.4;
/** Two exact quotes whose near context differs by less than this cannot be told apart. */
const LOOKALIKE_MARGIN = 0.2;
/**
 * A changed paragraph found further than this from the old place may be a copy whose original is
 * gone: a prepended note or edits around it shift a paragraph by less.
 */
const IN_PLACE_CHARS = 120;
const IN_PLACE_SHARE = 0.02;
/** A quote changed by more than this share is not the same passage (a 10-letter word: 2 letters). */
const MAX_QUOTE_ERROR_RATE = 0.25;
/** Near context (32 characters each side) at least this similar to the stored one. */
const MIN_NEAR_CONTEXT = 0.7;
/** How many candidate paragraphs are searched: a look-alike needs two; more guards repetition. */
const CANDIDATE_PARAGRAPHS = 4;

export type Anchor =
  | { status: Exclude<AnchorStatus, 'orphaned'>; start: number; end: number }
  | { status: 'orphaned'; start: null; end: null };

const ORPHANED: Anchor = { status: 'orphaned', start: null, end: null };

/** Moves an offset off the second half of a surrogate pair, so context never splits a character. */
function whole(text: string, at: number, towardStart: boolean): number {
  const c = text.charCodeAt(at);
  if (at > 0 && at < text.length && c >= 0xdc00 && c <= 0xdfff) return towardStart ? at - 1 : at + 1;
  return at;
}

export function describeRange(text: string, start: number, end: number): HighlightTarget {
  if (!(start >= 0 && end > start && end <= text.length)) {
    throw new RangeError(`range ${start}-${end} is outside a text of ${text.length} characters`);
  }
  // Out to the paragraph's ends (what narrows the search to it), at least CONTEXT_CHARS even past a
  // break (a one-line paragraph says little alone), at most PARAGRAPH_CONTEXT_CHARS.
  const from = Math.max(
    0,
    start - PARAGRAPH_CONTEXT_CHARS,
    Math.min(start - CONTEXT_CHARS, paragraphStart(text, start)),
  );
  const to = Math.min(
    text.length,
    end + PARAGRAPH_CONTEXT_CHARS,
    Math.max(end + CONTEXT_CHARS, paragraphEnd(text, end)),
  );
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(whole(text, from, true), start),
      suffix: text.slice(end, whole(text, to, false)),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** 1 for `pattern` found unchanged in `haystack`, down to 0 for nothing alike. */
function similarity(haystack: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  const best = search(haystack, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}

/** The stored context within the highlight's own paragraph(s), and where the quote sits in it. */
function paragraphWindow(prefix: string, exact: string, suffix: string) {
  const before = prefix.lastIndexOf(PARAGRAPH_BREAK);
  const after = suffix.indexOf(PARAGRAPH_BREAK);
  const head = before === -1 ? prefix : prefix.slice(before + PARAGRAPH_BREAK.length);
  const tail = after === -1 ? suffix : suffix.slice(0, after);
  return { text: head + exact + tail, quoteAt: head.length, head, tail };
}

interface Found {
  start: number;
  end: number;
  errors: number;
}

export class Anchorer {
  private index: ParagraphIndex | null = null;
  /**
   * By target object: a session keeps a highlight's target object through note and color edits,
   * so the fuzzy search for it runs once per text, not on every keystroke.
   */
  private readonly memo = new WeakMap<HighlightTarget, Anchor>();

  constructor(readonly text: string) {}

  anchor(target: HighlightTarget): Anchor {
    let a = this.memo.get(target);
    if (!a) this.memo.set(target, (a = this.place(target)));
    return a;
  }

  /** The one cheap case, fit for any thread: its words and near context still at its position. */
  unchanged(target: HighlightTarget): Anchor | null {
    const { exact, prefix, suffix } = target.quote;
    const { start } = target.position;
    const same =
      this.text.startsWith(exact, start) &&
      this.nearContextUnchanged(start, start + exact.length, prefix, suffix);
    return same ? { status: 'anchored', start, end: start + exact.length } : null;
  }

  private place(target: HighlightTarget): Anchor {
    const same = this.unchanged(target);
    if (same) return same;
    const { exact, prefix, suffix } = target.quote;
    const { start } = target.position;
    const text = this.text;

    const window = paragraphWindow(prefix, exact, suffix);
    this.index ??= new ParagraphIndex(text);
    const windows = this.matchWindows(window.text);
    if (windows.length === 0) return this.elsewhere(target);
    // Any second paragraph as close as an edited version of this one is a look-alike: which of the
    // two holds the note is the reader's call. The one nearest the old place is offered first, as
    // the original usually stays where it was and the copy is what was added.
    const lookalike = windows.length > 1;
    const found = windows
      .map((w) => ({ w, quote: this.matchQuote(exact, w.start + window.quoteAt, w.errors) }))
      .filter((f): f is { w: Found; quote: Found } => f.quote !== null)
      .sort((a, b) => (lookalike ? Math.abs(a.quote.start - start) - Math.abs(b.quote.start - start) : 0))[0];
    if (!found) return ORPHANED;
    const { w, quote } = found;
    // Context within its own paragraph: what lay across a break moves away with any paragraph move.
    const near = this.nearContext(quote.start, quote.end, window.head, window.tail);
    // A changed paragraph found far from where the highlight was may be a copy whose original is
    // gone: only an unchanged one, or one near the old place, is sure enough to show as before.
    const inPlace =
      w.errors === 0 ||
      Math.abs(quote.start - start) <= Math.max(IN_PLACE_CHARS, text.length * IN_PLACE_SHARE);
    const sure = quote.errors === 0 && !lookalike && near >= MIN_NEAR_CONTEXT && inPlace;
    return { status: sure ? 'anchored' : 'moved', start: quote.start, end: quote.end };
  }

  /**
   * The stored paragraph matched approximately in each candidate region, best first, one per
   * region (regions overlapping an earlier match dropped, so a look-alike is another paragraph).
   */
  private matchWindows(window: string): Found[] {
    const maxErrors = Math.floor(window.length * MAX_WINDOW_ERROR_RATE);
    const found: Found[] = [];
    for (const region of this.index!.candidates(window, CANDIDATE_PARAGRAPHS)) {
      const hit = search(this.text.slice(region.start, region.end), window, maxErrors)[0];
      if (!hit) continue;
      const f = { start: region.start + hit.start, end: region.start + hit.end, errors: hit.errors };
      if (!found.some((g) => g.start < f.end && f.start < g.end)) found.push(f);
    }
    return found.sort((a, b) => a.errors - b.errors);
  }

  /**
   * The quote near `expected`: the window's own edits bound how far it can have shifted. Of equally
   * good matches (a name twice in a paragraph) the nearest wins.
   */
  private matchQuote(exact: string, expected: number, windowErrors: number): Found | null {
    const slack = windowErrors + 16;
    const from = Math.max(0, expected - slack);
    const region = this.text.slice(from, expected + exact.length + slack);
    const hits = search(region, exact, Math.floor(exact.length * MAX_QUOTE_ERROR_RATE));
    let best: Found | null = null;
    for (const h of hits) {
      const f = { start: from + h.start, end: from + h.end, errors: h.errors };
      if (!best || Math.abs(f.start - expected) < Math.abs(best.start - expected)) best = f;
    }
    return best;
  }

  /**
   * No paragraph like the stored one is left: the exact words elsewhere, with near context that
   * still fits and no second such place, are offered for review; otherwise the highlight is lost.
   */
  private elsewhere(target: HighlightTarget): Anchor {
    const { exact, prefix, suffix } = target.quote;
    const scored: { at: number; near: number }[] = [];
    for (let at = this.text.indexOf(exact); at !== -1; at = this.text.indexOf(exact, at + 1)) {
      scored.push({ at, near: this.nearContext(at, at + exact.length, prefix, suffix) });
      if (scored.length > 50) return ORPHANED;
    }
    scored.sort((a, b) => b.near - a.near);
    const [best, second] = scored;
    if (!best || best.near < 0.8 || (second && second.near >= best.near - LOOKALIKE_MARGIN)) return ORPHANED;
    return { status: 'moved', start: best.at, end: best.at + exact.length };
  }

  private nearContextUnchanged(start: number, end: number, prefix: string, suffix: string): boolean {
    const p = prefix.slice(-CONTEXT_CHARS);
    const s = suffix.slice(0, CONTEXT_CHARS);
    return this.text.slice(start - p.length, start) === p && this.text.slice(end, end + s.length) === s;
  }

  /** How much of the 32 characters either side still surround [start, end), 0 to 1. */
  private nearContext(start: number, end: number, prefix: string, suffix: string): number {
    const p = prefix.slice(-CONTEXT_CHARS);
    const s = suffix.slice(0, CONTEXT_CHARS);
    if (p.length + s.length === 0) return 1;
    const before = similarity(this.text.slice(Math.max(0, start - p.length - 8), start), p);
    const after = similarity(this.text.slice(end, end + s.length + 8), s);
    return (before * p.length + after * s.length) / (p.length + s.length);
  }
}

let last: Anchorer | null = null;

/** One anchorer per text: the paragraph index is built once for all of an article's highlights. */
export function anchorerFor(text: string): Anchorer {
  if (last?.text !== text) last = new Anchorer(text);
  return last;
}

export function anchorTarget(text: string, target: HighlightTarget): Anchor {
  return anchorerFor(text).anchor(target);
}
