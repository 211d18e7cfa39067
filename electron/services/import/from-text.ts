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

export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim().length > 0);
}

/**
 * Plain text keeps its paragraphs (blank-line separated) and its line breaks inside them. The title
 * comes from the caller, else a headline-like first line, which then leaves the body so the reader
 * does not show it twice.
 */
export function fromText(text: string, options: { title?: string | undefined }): Draft {
  const paragraphs = splitParagraphs(text);
  let title = cleanLine(options.title);
  const first = paragraphs[0];
  if (first !== undefined && paragraphs.length > 1) {
    if (title === null && looksLikeHeadline(first)) {
      title = cleanLine(first);
      paragraphs.shift();
    } else if (title !== null && cleanLine(first) === title) {
      paragraphs.shift();
    }
  }
  const bodyHtml = paragraphs.map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`).join('');
  return { format: 'txt', title, byline: null, siteName: null, bodyHtml, warnings: [] };
}
