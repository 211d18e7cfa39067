import type { SearchSnippet } from '../../../common/model/search';
import { tokensOf, type Token } from '../../../common/text/terms';

const CONTEXT_BEFORE = 60;
export const SNIPPET_CHARS = 200;

/**
 * Every word of `text` that is one of `terms` (normalized), in order; with `within`, only those up
 * to that many characters past the first (all a snippet shows), so a long text is not read whole.
 */
export function matchesIn(text: string, terms: ReadonlySet<string>, within = Infinity): Token[] {
  const found: Token[] = [];
  for (const t of tokensOf(text)) {
    if (found.length > 0 && t.start > found[0]!.start + within) break;
    if (terms.has(t.term)) found.push(t);
  }
  return found;
}

/**
 * A stretch of `text` around its first match, cut at word boundaries, with every match inside it
 * marked; the whole text (up to its length) when nothing matches.
 */
export function snippetOf(text: string, matches: readonly Token[]): SearchSnippet {
  const first = matches[0];
  let start = first ? Math.max(0, first.start - CONTEXT_BEFORE) : 0;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && first && space < first.start) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > (first?.end ?? start)) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const body = text.slice(start, end).replace(/\s/g, ' ');
  const marks: [number, number][] = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => [m.start - start + lead.length, m.end - start + lead.length]);
  return { text: lead + body + tail, marks };
}
