/**
 * Which highlights a filter lets through: by color, by having a note, by tag, and by words in the
 * highlight, its note or its tags. One predicate for the Notes panel (one article, in the renderer)
 * and the review view (the whole library, in the main process), so both filter the same way.
 */
import { z } from 'zod';
import { highlightColorSchema, type Highlight } from './annotation';
import { tagSchema } from './library';

export const highlightFilterSchema = z
  .object({
    /** Empty: every color. */
    colors: z.array(highlightColorSchema).max(6),
    withNote: z.boolean(),
    /** Null: any tag or none. */
    tag: tagSchema.nullable(),
    words: z.string().max(500),
  })
  .strict();
export type HighlightFilter = z.infer<typeof highlightFilterSchema>;

export const NO_FILTER: HighlightFilter = { colors: [], withNote: false, tag: null, words: '' };

export const isFiltering = (f: HighlightFilter): boolean =>
  f.colors.length > 0 || f.withNote || f.tag !== null || f.words.trim() !== '';

/** Case and accents aside, so "etude" finds "Étude". */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

type Filterable = Pick<Highlight, 'color' | 'note' | 'tags'>;

/**
 * A predicate for the filter. `quoteOf` gives a highlight's words for the words filter; null
 * leaves the words out, for a caller that finds them another way (the review view asks the
 * library's search index).
 */
export function highlightMatcher<H extends Filterable>(
  f: HighlightFilter,
  quoteOf: ((h: H) => string) | null,
): (h: H) => boolean {
  const words = quoteOf ? fold(f.words).split(/\s+/).filter(Boolean) : [];
  return (h) => {
    if (f.colors.length > 0 && !f.colors.includes(h.color)) return false;
    if (f.withNote && h.note.trim() === '') return false;
    if (f.tag !== null && !(h.tags ?? []).includes(f.tag)) return false;
    if (words.length === 0 || !quoteOf) return true;
    const hay = fold(`${quoteOf(h)} ${h.note} ${(h.tags ?? []).join(' ')}`);
    return words.every((w) => hay.includes(w));
  };
}
