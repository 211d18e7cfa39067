import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, renderCsv } from '../../common/export/csv';
import { item, QUOTATIONS } from './export-fixture';

const hostile = (text: string, speakerName: string) => ({
  ...QUOTATIONS[0]!,
  text,
  parts: [{ start: QUOTATIONS[0]!.start, end: QUOTATIONS[0]!.start + text.length }],
  speakerName,
});

describe('CSV of quotations', () => {
  const csv = renderCsv([item()]);

  it('opens in Excel as UTF-8 (byte-order mark) and parses back under RFC 4180', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows: string[][] = parse(csv, { bom: true, relax_quotes: false });
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows.slice(1)).toEqual([
      [
        'Ana Ruiz',
        '“We will build it,”',
        'said',
        item().meta.title,
        '2026-02-28',
        'https://example.org/council',
        'sure',
        `gloss://open?article=council-a1b2c3&offset=${QUOTATIONS[0]!.start}`,
      ],
      [
        'Ana Ruiz',
        QUOTATIONS[1]!.text,
        '',
        item().meta.title,
        '2026-02-28',
        'https://example.org/council',
        'to check',
        `gloss://open?article=council-a1b2c3&offset=${QUOTATIONS[1]!.start}`,
      ],
    ]);
    // the record separator is CRLF; the line break inside the quotation stays in its field
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const quotations = [
      hostile('=HYPERLINK("http://evil","click")', '+Plus'),
      hostile('-2+3', '@SUM(A1)'),
      hostile('\tTab, "quoted", and\nnew line', 'Ruiz, Ana'),
      hostile('plain = not a formula', 'A -dash'),
    ];
    const rows: string[][] = parse(renderCsv([item({ quotations, published: null, url: null })]), {
      bom: true,
    });
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ["'+Plus", `'=HYPERLINK("http://evil","click")`],
      ["'@SUM(A1)", "'-2+3"],
      ['Ruiz, Ana', `'\tTab, "quoted", and\nnew line`],
      ['A -dash', 'plain = not a formula'],
    ]);
    // with no publication date, the date the article was added; a file has no web address
    expect(rows[1]![4]).toBe('2026-03-01');
    expect(rows[1]![5]).toBe('');
  });

  it('has only the header when there are no quotations', () => {
    expect(parse(renderCsv([item({ quotations: [] })]), { bom: true })).toEqual([[...CSV_HEADER]]);
  });
});
