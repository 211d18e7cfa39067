/** Who said what, grouped for People & quotes and named for the margin's chips. */
export {
  bySpeaker,
  quotedText,
  saidInOrder,
  toCheck,
  type Said,
  type Speaker,
} from '../../../common/analysis/speakers';

/** Surnames are how news text refers back to people; the full name is in the tooltip and the card. */
export function shortName(name: string): string {
  const words = name.split(/\s+/);
  return words.length > 1 && /^\p{Lu}/u.test(words.at(-1)!) ? words.at(-1)! : name;
}

export function initials(name: string): string {
  const all = name.split(/\s+/).filter((w) => w);
  // a description ("a Lopez campaign official") by its own words, not its article's "A"
  const words = /^\p{Lu}/u.test(name)
    ? all.filter((w) => /^\p{Lu}/u.test(w))
    : all.filter((w) => !ARTICLES.has(w));
  return (
    words.length > 1 ? words[0]![0]! + words.at(-1)![0]! : (words[0] ?? name).slice(0, 2)
  ).toUpperCase();
}

const ARTICLES = new Set(['a', 'an', 'the', 'one']);
