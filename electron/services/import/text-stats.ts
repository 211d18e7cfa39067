const EXCERPT_CHARS = 200;

let segmenter: Intl.Segmenter | null = null;

/** Words as ICU sees them, so that Japanese or Chinese text, written without spaces, counts too. */
export function countWords(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) count++;
  return count;
}

/** The opening of the text on one line, cut at a word boundary near 200 characters. */
export function makeExcerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
