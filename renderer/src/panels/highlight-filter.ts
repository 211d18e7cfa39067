/**
 * Which of the article's highlights the Notes panel shows: by color, by whether they carry a note,
 * by tag, and by words in their text, note or tags. Every filter narrows; none set shows everything.
 */
import type { HighlightColor } from '../../../common/model/annotation';
import type { PlacedHighlight } from '../state/session/placed';

export interface HighlightFilter {
  /** Empty: every color. */
  colors: readonly HighlightColor[];
  withNote: boolean;
  /** Null: any tag or none. */
  tag: string | null;
  words: string;
}

export const NO_FILTER: HighlightFilter = { colors: [], withNote: false, tag: null, words: '' };

export const isFiltering = (f: HighlightFilter): boolean =>
  f.colors.length > 0 || f.withNote || f.tag !== null || f.words.trim() !== '';

/** Every tag in use, each once, in alphabetical order. */
export const tagsIn = (placed: readonly PlacedHighlight[]): string[] =>
  [...new Set(placed.flatMap((p) => p.highlight.tags ?? []))].sort((a, b) => a.localeCompare(b));

/** Case and accents aside, so "etude" finds "Étude". */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function filterHighlights(placed: readonly PlacedHighlight[], f: HighlightFilter): PlacedHighlight[] {
  const words = fold(f.words).split(/\s+/).filter(Boolean);
  return placed.filter(({ highlight: h }) => {
    if (f.colors.length > 0 && !f.colors.includes(h.color)) return false;
    if (f.withNote && h.note.trim() === '') return false;
    if (f.tag !== null && !(h.tags ?? []).includes(f.tag)) return false;
    const hay = fold(`${h.target.quote.exact} ${h.note} ${(h.tags ?? []).join(' ')}`);
    return words.every((w) => hay.includes(w));
  });
}

export const toggleColor = (f: HighlightFilter, c: HighlightColor): HighlightFilter => ({
  ...f,
  colors: f.colors.includes(c) ? f.colors.filter((x) => x !== c) : [...f.colors, c],
});
