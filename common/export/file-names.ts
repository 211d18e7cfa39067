/**
 * File names from titles that every system accepts and that Obsidian and Logseq can link to:
 * Windows' forbidden characters and reserved names, trailing dots and spaces, control characters,
 * a leading dot (hidden), and the characters that break a wiki link ([ ] # ^ |) all go; a name is
 * cut to whole characters well under the 255-byte limit. Names are compared case- and
 * normalization-blind, as macOS and Windows do, so two articles never share a file there.
 */

const MAX_NAME_CHARS = 80;
// Control characters are exactly what must go, so the pattern names them.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f[\]#^%{}]/gu;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The part of a title that can stand as a file name's stem ("Untitled" when nothing is left). */
export function safeStem(title: string): string {
  let stem = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  stem = stem.replace(/^[.\s]+/, '');
  const chars = [...stem];
  if (chars.length > MAX_NAME_CHARS) stem = chars.slice(0, MAX_NAME_CHARS).join('');
  stem = stem.replace(/[.\s]+$/, '');
  if (!stem) stem = 'Untitled';
  if (RESERVED.test(stem.split('.')[0]!)) stem = `${stem} (article)`;
  return stem;
}

/** How two names compare on a case-insensitive file system. */
export const nameKey = (name: string): string => name.normalize('NFC').toLowerCase();

/**
 * The name for an article's file: its title, or where that is taken by another file, the title
 * with the article's id after it, which no other article can have (null: even that is taken). The same inputs give the same
 * name on every export; the manifest then keeps it even when the title changes.
 */
export function fileNameFor(
  title: string,
  articleId: string,
  extension: string,
  taken: (name: string) => boolean,
): string | null {
  const stem = safeStem(title);
  const plain = `${stem}.${extension}`;
  if (!taken(plain)) return plain;
  const withId = `${stem} (${articleId.slice(0, 12)}).${extension}`;
  if (!taken(withId)) return withId;
  const withWholeId = `${stem} (${articleId}).${extension}`;
  return taken(withWholeId) ? null : withWholeId;
}
