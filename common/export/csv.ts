/**
 * The articles' quotations as CSV, for people compiling who said what in a spreadsheet: RFC 4180
 * (every field quoted, quotes doubled, CRLF between records, line breaks kept inside fields), UTF-8
 * with a byte-order mark, without which Excel reads the file as the system's code page and
 * garbles every accented name.
 *
 * A cell starting with = + - @ (or a tab or carriage return) is what Excel, LibreOffice and Google
 * Sheets run as a formula, and an imported page's quotation is text anyone could have written
 * (`=HYPERLINK(...)`, a DDE call): such a cell gets a leading apostrophe, which the spreadsheets
 * take as "this is text" (the OWASP advice). The cost is a visible ' before a quotation that really
 * begins with a dash, in tools that are not spreadsheets.
 */
import { quotedText, toCheck } from '../analysis/speakers';
import { cueText, day, glossLink, type ExportItem } from './item';

/** `date`: when published where the page says, else when added; `URL`: the page's, if it had one. */
export const CSV_HEADER = [
  'speaker',
  'quotation',
  'cue',
  'article',
  'date',
  'URL',
  'status',
  'Gloss link',
] as const;
const BOM = '\uFEFF';

const defused = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
const field = (cell: string): string => `"${defused(cell).replace(/"/g, '""')}"`;

/** The rows of the CSV (after the header), one per quotation, before quoting: what a parser reads back. */
export function quotationRows(items: readonly ExportItem[]): string[][] {
  return items.flatMap((item) =>
    (item.quotations ?? []).map((q) => [
      q.speakerName ?? '',
      quotedText(q),
      cueText(item.text, q),
      item.meta.title,
      day(item.published ?? item.meta.importedAt),
      item.url ?? '',
      toCheck(q) ? 'to check' : q.speakerName ? 'sure' : 'no speaker',
      glossLink(item.meta.id, q.start),
    ]),
  );
}

export function renderCsv(items: readonly ExportItem[]): string {
  const rows = [[...CSV_HEADER], ...quotationRows(items)];
  return BOM + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
