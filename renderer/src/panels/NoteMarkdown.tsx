import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';

/**
 * A note as the Markdown it is written in. Sanitized to text formatting only: no links (the panel's
 * rows are buttons of their own, and the app opens nothing from a note), no images, no raw HTML
 * beyond these tags.
 */
const ALLOWED_TAGS = [
  'p',
  'br',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
];

export function noteHtml(note: string): string {
  const html = marked.parse(note, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: [] });
}

export function NoteMarkdown({ note }: { note: string }) {
  const html = useMemo(() => noteHtml(note), [note]);
  return (
    <div className="note-markdown" data-testid="note-markdown" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
