/**
 * Text from the article set into Markdown so that it reads as it was written: the characters
 * Markdown, Obsidian (==, %%, ^, $) or Logseq ([[ ]], {{ }}) would take as syntax are escaped, and a
 * line that would start a list or heading is defused. Tags become what each app accepts as a tag.
 */

const SYNTAX = /[\\`*_[\]<>#|~=$%^{}]/g;
/** A leading - or + (a list, or with more a rule or heading underline), or "1." and "1)". */
const LINE_START = /^(\s*)(?:([-+])|(\d+)([.)]))/;

export function escapeText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(SYNTAX, '\\$&')
        .replace(LINE_START, (_m, space: string, mark?: string, digits?: string, end?: string) =>
          mark ? `${space}\\${mark}` : `${space}${digits}\\${end}`,
        ),
    )
    .join('\n');
}

/** An Obsidian tag: letters, digits, _ - / only, and not all digits. */
export function obsidianTag(tag: string): string {
  const t =
    tag
      .trim()
      .replace(/[^\p{L}\p{N}_\-/]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'tag';
  return /^\d+$/.test(t) ? `_${t}` : t;
}

/** A Logseq tag reference: a plain word, or a bracketed page name where it holds spaces. */
export const logseqTag = (tag: string): string =>
  /^[\p{L}\p{N}_\-/]+$/u.test(tag) ? `#${tag}` : `#[[${tag.replace(/[[\]]/g, '')}]]`;

/** A YAML scalar: a JSON string is a valid double-quoted YAML scalar. */
export const yamlString = (s: string): string => JSON.stringify(s);
