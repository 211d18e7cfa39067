import { normalizeTerm, tokenize } from '../../../common/text/terms';
import { escapeHtml } from './dom';
import { cleanLine, type Draft } from './draft';

const MAX_HEADLINE_CHARS = 140;

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const TRAILING_CLOSERS = /[\s"'”’»)\]]+$/;
const SENTENCE_END = /[.!?…,;:]$/;

/** Words of four letters or more that headline style capitalizes ("Plan", not "to"). */
const LONG_WORD = /\p{L}{4,}/gu;

/**
 * Headline style: nearly every long word capitalized, as in "A Curious Plan to Fight Climate
 * Change: Buy Mines, Sell Coal." A sentence capitalizes its first word and its names only.
 */
function titleCased(line: string): boolean {
  const words = line.match(LONG_WORD) ?? [];
  if (words.length < 3) return false;
  const capitalized = words.filter((w) => w[0] !== w[0]!.toLocaleLowerCase()).length;
  return capitalized / words.length >= 0.8;
}

/**
 * A first paragraph reads as a headline if it is one short line that does not end like a sentence,
 * or ends with a full stop but is written in headline style. A quotation ending in `.”` is a
 * sentence; "Leaders meet in Baku" is a headline.
 */
export function looksLikeHeadline(paragraph: string): boolean {
  if (paragraph.includes('\n')) return false;
  const line = paragraph.trim();
  if (line.length === 0 || line.length > MAX_HEADLINE_CHARS) return false;
  if (!/\p{L}/u.test(line)) return false;
  const bare = line.replace(TRAILING_CLOSERS, '');
  if (!SENTENCE_END.test(bare)) return true;
  return bare.endsWith('.') && !/^["“‘'«]/.test(line) && titleCased(line);
}

/** A name's or a line's words as the search index has them: lower case, accents gone. */
const slugWords = (s: string): string[] => tokenize(s).map(normalizeTerm);

/**
 * Whether a file is named after its first line, as saved articles are:
 * "politico_2016-09-15_trump-s-favorite-tv-doctor-has-a.txt" for "Trump's favorite TV doctor has a
 * basketful of critics." A source and a date before the words are passed over; the last word may
 * be cut short. Such a line is the headline, however it is capitalized and punctuated.
 */
export function namedAfter(fileName: string, line: string, following = ''): boolean {
  if (line.includes('\n') || line.trim().length > MAX_HEADLINE_CHARS || /^["“‘'«]/.test(line.trim()))
    return false;
  const stem = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]+$/, '');
  let slug = slugWords(stem);
  const date = slug.findIndex(
    (w, i) => /^\d{4}$/.test(w) && /^\d{1,2}$/.test(slug[i + 1] ?? '') && /^\d{1,2}$/.test(slug[i + 2] ?? ''),
  );
  if (date >= 0 && date <= 2) slug = slug.slice(date + 3);
  // Slugs often leave numbers out ("every-minutes-a-veteran" for "Every 72 minutes, a veteran").
  const bare = (ws: string[]) => ws.map((w) => w.replace(/^\d+/, '')).filter(Boolean);
  slug = bare(slug);
  if (slug.length < 3) return false;
  // The slug may run on into the deck under the headline.
  const words = bare(slugWords(`${line} ${following}`));
  return slug.every((w, i) => words[i] === w || (i === slug.length - 1 && words[i]?.startsWith(w) === true));
}

export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim().length > 0);
}

/**
 * Plain text keeps its paragraphs (blank-line separated) and its line breaks inside them. The title
 * comes from the caller, else a headline-like first line or the one the file is named after, which
 * then leaves the body so the reader does not show it twice.
 */
export function fromText(
  text: string,
  options: { title?: string | undefined; fileName?: string | undefined },
): Draft {
  const paragraphs = splitParagraphs(text);
  let title = cleanLine(options.title);
  const first = paragraphs[0];
  if (first !== undefined && paragraphs.length > 1) {
    // A headline over a deck ("Candidates vie for vets' support;\nTrump and Clinton point out…"):
    // the line the file is named after is the title, the deck stays the first paragraph.
    const [line, ...deck] = first.split('\n');
    const named = options.fileName !== undefined && namedAfter(options.fileName, line!, deck.join(' '));
    if (title === null && (looksLikeHeadline(first) || named)) {
      title = cleanLine(deck.length ? line!.replace(/[\s;:,]+$/, '') : first);
      if (deck.length) paragraphs[0] = deck.join('\n');
      else paragraphs.shift();
    } else if (title !== null && cleanLine(first) === title) {
      paragraphs.shift();
    }
  }
  const bodyHtml = paragraphs.map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`).join('');
  return { format: 'txt', title, byline: null, siteName: null, bodyHtml, warnings: [] };
}
