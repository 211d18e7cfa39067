import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../common/model/analysis';
import type { Correction } from '../../common/model/annotation';
import { rowsOf } from '../../renderer/src/panels/kinds';

const TEXT = 'Ortiz said the plan works. "We cannot wait," Ortiz said. The council met.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const analysis: Analysis = {
  analyzerVersion: 't',
  entities: [
    { id: 'e2', name: 'City Council', type: 'organization', aliases: ['council'], mentionCount: 1 },
    { id: 'e1', name: 'Lena Ortiz', type: 'person', aliases: ['Ortiz'], mentionCount: 2 },
  ],
  mentions: [
    { ...at('Ortiz'), type: 'person', text: 'Ortiz', entityId: 'e1' },
    { ...at('council'), type: 'organization', text: 'council', entityId: 'e2' },
  ],
  quotes: [
    {
      ...at('We cannot wait,'),
      text: 'We cannot wait,',
      parts: [at('We cannot wait,')],
      speaker: null,
      speakerEntityId: 'e1',
      speakerName: 'Lena Ortiz',
      cue: null,
      speakerConfidence: 0.4,
      speakerSure: false,
    },
  ],
  reported: [],
  terms: [],
};
const target = (s: string) => ({
  quote: { type: 'TextQuoteSelector' as const, exact: s, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, ...at(s) },
});
const made = { created: '2026-12-01T10:00:00.000Z' };

describe('the Notes panel kinds', () => {
  it('lists quotations with their speaker, flagged to check when unsure, opening their card', () => {
    expect(rowsOf('quotations', analysis, [])).toEqual([
      {
        key: expect.any(String),
        label: '“We cannot wait,”',
        detail: 'Lena Ortiz (check)',
        target: { open: 'quote', span: at('We cannot wait,') },
      },
    ]);
  });

  it('lists entities in reading order, each at its first mention', () => {
    const rows = rowsOf('entities', analysis, []);
    expect(rows.map((r) => [r.label, r.detail])).toEqual([
      ['Lena Ortiz', 'person · 2 mentions'],
      ['City Council', 'organization · 1 mention'],
    ]);
    expect(rows[0]!.target).toEqual({ open: 'mention', span: at('Ortiz'), entityId: 'e1' });
  });

  it('words each correction, opening where it applies, or nowhere when the name is gone', () => {
    const corrections: Correction[] = [
      { id: 'c3', ...made, kind: 'reject-entity', entityName: 'Nobody', entityType: 'person' },
      { id: 'c2', ...made, kind: 'reject-quote', target: target('the plan works') },
      { id: 'c1', ...made, kind: 'merge-entities', fromName: 'council', intoName: 'City Council' },
    ];
    expect(
      rowsOf('corrections', analysis, corrections).map((r) => [r.label, r.target?.open ?? null]),
    ).toEqual([
      ['Not a quotation', 'passage'],
      ['council is City Council', 'mention'],
      ['Not an entity: Nobody', null],
    ]);
  });

  it('has no rows of its own for the reader’s highlights, nor before the analysis', () => {
    expect(rowsOf('highlights', analysis, [])).toEqual([]);
    expect(rowsOf('quotations', null, [])).toEqual([]);
  });
});
