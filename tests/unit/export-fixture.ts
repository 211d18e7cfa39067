/** An article with every kind of thing an export writes, hostile text included, built by hand. */
import type { Said } from '../../common/analysis/speakers';
import { describeRange } from '../../common/anchoring/anchor';
import type { ExportHighlight, ExportItem } from '../../common/export/item';
import type { HighlightColor } from '../../common/model/annotation';

export const TEXT = [
  'The council met on Sunday. *Costs* [doubled] #again, and 1. nobody = happy.',
  '- A dash starts this paragraph 😀 with an emoji before it.',
  '“We will build it,” Mayor Ana Ruiz said. “=HYPERLINK(\'x\'), "quoted", and',
  'a new line.” A resident said it was a ^mistake.',
].join('\n\n');

const at = (exact: string) => {
  const i = TEXT.indexOf(exact);
  if (i < 0) throw new Error(`not in the text: ${exact}`);
  return i;
};

function highlight(
  id: string,
  exact: string,
  color: HighlightColor,
  note = '',
  tags: string[] = [],
): ExportHighlight {
  const start = at(exact);
  return {
    id,
    target: describeRange(TEXT, start, start + exact.length),
    color,
    note,
    tags,
    created: '2026-03-01T10:00:00.000Z',
    modified: '2026-03-02T10:00:00.000Z',
    start,
    end: start + exact.length,
    found: true,
  };
}

function said(exact: string, speakerName: string | null, sure: boolean, cue: string | null): Said {
  const start = at(exact);
  const c = cue ? TEXT.indexOf(cue, start) : -1;
  return {
    start,
    end: start + exact.length,
    text: exact,
    parts: [{ start, end: start + exact.length }],
    speaker: null,
    speakerEntityId: null,
    speakerName,
    cue: c >= 0 ? { start: c, end: c + cue!.length } : null,
    speakerConfidence: speakerName ? (sure ? 0.9 : 0.4) : null,
    speakerSure: sure,
    reported: false,
  };
}

export const HIGHLIGHTS = [
  highlight('h_One-1', '*Costs* [doubled] #again', 'yellow', '**Bold** note\n\n- one\n- two', [
    'budget',
    'city hall',
  ]),
  highlight('h_Two-2', 'A dash starts this paragraph 😀 with an emoji', 'green', '', ['2026']),
  highlight(
    'hThree3',
    'The council met on Sunday. *Costs*',
    'pink',
    'A note with a [link](http://x) and ==marks==',
  ),
  highlight('h4', '😀 with an emoji before it.\n\n“We will build it,”', 'blue'),
];

export const QUOTATIONS: Said[] = [
  said('“We will build it,”', 'Ana Ruiz', true, 'said'),
  said('“=HYPERLINK(\'x\'), "quoted", and\n\na new line.”', 'Ana Ruiz', false, null),
];

export function item(over: Partial<ExportItem> = {}): ExportItem {
  return {
    meta: {
      id: 'council-a1b2c3',
      title: 'Council: costs/“doubled” <again>? | CON',
      byline: 'Jo Writer',
      siteName: 'The Daily',
      sourceName: 'council.html',
      format: 'html',
      importedAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-03T09:00:00.000Z',
      contentHash: 'a'.repeat(64),
      wordCount: 60,
      excerpt: '',
      url: 'https://example.org/council',
    },
    url: 'https://example.org/council',
    published: '2026-02-28T00:00:00.000Z',
    text: TEXT,
    tags: ['local politics', 'budget'],
    articleNote: 'My article note.',
    highlights: HIGHLIGHTS,
    quotations: QUOTATIONS,
    ...over,
  };
}
