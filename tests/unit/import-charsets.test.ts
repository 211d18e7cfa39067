/**
 * Legacy charsets as they are really written: the bytes here are windows-1252's own for curly
 * quotes, the apostrophe, the ellipsis and the euro sign (0x93 0x94 0x92 0x85 0x80), which Node 20's
 * TextDecoder('windows-1252') turns into C1 control characters.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/services/import';
import { decodeBytes } from '../../electron/services/import/decode';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
// “It’s here…” costs €5
const QUOTED = [
  0x93,
  ...ascii('It'),
  0x92,
  ...ascii('s here'),
  0x85,
  0x94,
  ...ascii(' costs '),
  0x80,
  ...ascii('5'),
];
const QUOTED_TEXT = '“It’s here…” costs €5';
const page = (charset: string | null, body: number[]) =>
  Uint8Array.from([
    ...ascii(
      `<!DOCTYPE html><html><head>${charset ? `<meta charset="${charset}">` : ''}<title>T</title></head><body><p>`,
    ),
    ...body,
    ...ascii('</p></body></html>'),
  ]);

describe('legacy charsets, decoded the way browsers do', () => {
  for (const declared of ['windows-1252', 'iso-8859-1', 'ISO-8859-1', 'us-ascii', 'latin1']) {
    it(`reads windows-1252's 0x80–0x9F as punctuation when the page says ${declared}`, () => {
      const { text, charset } = decodeBytes(page(declared, QUOTED), { html: true });
      expect(charset).toBe('windows-1252');
      expect(text).toContain(QUOTED_TEXT);
      expect(text).not.toMatch(/[\u0080-\u009f]/);
    });
  }

  it('reads the same bytes in an undeclared text file, with a warning that it guessed', async () => {
    const doc = await importDocument({
      fileName: 'note.txt',
      bytes: Uint8Array.from([
        ...ascii('Headline Of The Day Here\n\n'),
        ...QUOTED,
        ...ascii(' and more words.'),
      ]),
    });
    expect(doc.text).toBe(`${QUOTED_TEXT} and more words.`);
    expect(doc.warnings.join(' ')).toMatch(/windows-1252/);
  });

  it('follows GB2312 and GBK declarations as GB18030, and GB18030 itself', () => {
    const chinese = '北京会议讨论了丝绸之路的未来。';
    for (const declared of ['gb2312', 'GBK', 'gb18030']) {
      const bytes = Uint8Array.from([
        ...ascii(`<meta charset="${declared}"><p>`),
        ...iconv.encode(chinese, 'gb18030'),
      ]);
      expect(decodeBytes(bytes, { html: true }).text, declared).toContain(chinese);
    }
  });

  it('follows a KOI8-R declaration in http-equiv form', async () => {
    const russian = 'Министр сказал: "Мы готовы к переговорам".';
    const bytes = Uint8Array.from([
      ...ascii(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>',
      ),
      ...iconv.encode(russian, 'koi8-r'),
      ...ascii('</p></body></html>'),
    ]);
    const doc = await importDocument({ fileName: 'ru.html', bytes });
    expect(doc.text).toBe(russian);
    expect(doc.warnings).toEqual([]);
  });

  it('follows Shift_JIS by any of its names', () => {
    const japanese = '東京で会議が開かれました。';
    for (const declared of ['shift_jis', 'x-sjis', 'windows-31j', 'cp932']) {
      const bytes = Uint8Array.from([
        ...ascii(`<meta charset="${declared}"><p>`),
        ...iconv.encode(japanese, 'Shift_JIS'),
      ]);
      expect(decodeBytes(bytes, { html: true }).text, declared).toContain(japanese);
    }
  });

  it('lets a byte-order mark win over what the page declares', () => {
    const utf8 = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<meta charset="windows-1252"><p>“Ça va” — €</p>'),
    ]);
    const r8 = decodeBytes(utf8, { html: true });
    expect(r8.charset).toBe('utf-8');
    expect(r8.text).toContain('“Ça va” — €');
    const utf16 = iconv.encode('<meta charset="koi8-r"><p>Привет “мир”</p>', 'utf-16le', { addBOM: true });
    expect(decodeBytes(utf16, { html: true }).text).toContain('Привет “мир”');
  });

  it('imports the saved windows-1252 page of the evaluation set with its quotes and accents', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const bytes = readFileSync(path.resolve(__dirname, '../fixtures/import/pages/windows-1252.html'));
    expect(bytes.includes(0x93)).toBe(true);
    const doc = await importDocument({ fileName: 'cafe.html', bytes });
    expect(doc.title).toBe('A café closes after 30 years on Rue Mercier');
    expect(doc.text).toContain(
      '“I’ve served three generations of the same families,” Ferreira said on Wednesday…',
    );
    expect(doc.text).toContain('€4,800');
  });
});
