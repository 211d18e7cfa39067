/**
 * The user's highlights as a W3C Web Annotation collection (JSON-LD, https://www.w3.org/TR/annotation-model/),
 * which Hypothesis-style tools and annotation servers read. One AnnotationCollection with its one
 * AnnotationPage embedded as `first` (§5: a client may be given the first page inline), each
 * highlight an Annotation:
 *
 * - motivation `highlighting`; a note is a TextualBody with purpose `commenting` (its Markdown
 *   kept, format text/markdown), each tag a TextualBody with purpose `tagging` (§3.3.5);
 * - the target a SpecificResource on the article, selected by a TextQuoteSelector (exact, prefix,
 *   suffix) and a TextPositionSelector, whose start and end count Unicode code points as §4.2.2
 *   requires (Gloss's own offsets count UTF-16 units; they differ past the Basic Multilingual Plane);
 * - the color as the target's styleClass, defined by the annotation's CSS stylesheet (§4.4);
 * - `via`: the gloss:// link that opens the passage in Gloss.
 *
 * The target's source is the page's address, or `urn:gloss:article:<id>` for an article that came
 * from a file; ids are `urn:uuid:` derived from Gloss's ids, so they stay put across exports.
 */
import type { HighlightColor } from '../model/annotation';
import { glossLink, type ExportItem } from './item';
import { stableUuid } from './stable-id';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const GLOSS_HOME = 'https://github.com/gloss-reader/gloss';

const CSS: Record<HighlightColor, string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#ddd6fe',
  orange: '#fed7aa',
};

export const articleUrn = (articleId: string): string => `urn:gloss:article:${articleId}`;

/** A UTF-16 offset into `text` as a count of code points. */
function codePoints(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // the second half of a surrogate pair is part of the character before it
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800)) n++;
  }
  return n;
}

function annotations(item: ExportItem): Record<string, unknown>[] {
  return item.highlights.map((h) => {
    const body = [
      ...(h.note.trim()
        ? [{ type: 'TextualBody', value: h.note, format: 'text/markdown', purpose: 'commenting' }]
        : []),
      ...(h.tags ?? []).map((t) => ({ type: 'TextualBody', value: t, purpose: 'tagging' })),
    ];
    const { quote } = h.target;
    // Positions in the current text; one not found in it has only its quote, which is the truth.
    const position = h.found
      ? [
          {
            type: 'TextPositionSelector',
            start: codePoints(item.text, h.start),
            end: codePoints(item.text, h.end),
          },
        ]
      : [];
    return {
      id: `urn:uuid:${stableUuid(`${item.meta.id}/${h.id}`)}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: h.created,
      modified: h.modified,
      ...(body.length ? { body } : {}),
      target: {
        type: 'SpecificResource',
        source: item.url ?? articleUrn(item.meta.id),
        styleClass: h.color,
        selector: [
          { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
          ...position,
        ],
      },
      stylesheet: { type: 'CssStylesheet', value: `.${h.color} { background-color: ${CSS[h.color]}; }` },
      via: glossLink(item.meta.id, h.start),
    };
  });
}

/**
 * The collection for the exported articles; `label` names what was exported. No export date in it,
 * so exporting an unchanged library gives the same bytes (and the file is left alone).
 */
export function renderW3c(items: readonly ExportItem[], label: string): string {
  const all = items.flatMap(annotations);
  const scope = items.map((i) => i.meta.id).join(',');
  const collection = {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${stableUuid(`collection:${scope}`)}`,
    type: 'AnnotationCollection',
    label,
    generator: { id: GLOSS_HOME, type: 'Software', name: 'Gloss', homepage: GLOSS_HOME },
    total: all.length,
    first: {
      id: `urn:uuid:${stableUuid(`page:${scope}`)}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: all,
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
