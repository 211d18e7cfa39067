import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/services/import';
import { rendererText } from './import-helpers';

// "ı" (dotless i) is not in windows-1252, so the Western sample spells the name without it.
const WESTERN = 'Café Hajiyev – “quoted” — the minister’s résumé was reviewed in Zürich, naïvely.';
const FULL = 'Café Hajıyev – “quoted”';

describe('import charsets', () => {
  it('guesses windows-1252 for undeclared legacy text and says so', async () => {
    const bytes = iconv.encode(`${WESTERN}\n\nA second paragraph, déjà vu.`, 'windows-1252');
    const doc = await importDocument({ fileName: 'legacy.txt', bytes });
    expect(doc.text).toBe(`${WESTERN}\n\nA second paragraph, déjà vu.`);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toMatch(/read it as windows-1252, its best guess/);
  });

  it('reads a short undeclared windows-1252 line correctly', async () => {
    const bytes = iconv.encode('Café Hajiyev – “quoted”', 'windows-1252');
    const doc = await importDocument({ fileName: 'short.txt', bytes });
    expect(doc.text).toBe('Café Hajiyev – “quoted”');
  });

  it('reads UTF-16LE and UTF-16BE with a BOM, NUL bytes and all', async () => {
    const text = `${FULL}\n\nSecond paragraph.`;
    for (const enc of ['utf-16le', 'utf-16be']) {
      const bytes = iconv.encode(text, enc, { addBOM: true });
      expect(bytes.includes(0)).toBe(true);
      const doc = await importDocument({ fileName: `utf16-${enc}.txt`, bytes, title: 'UTF-16' });
      expect(doc.text, enc).toBe(text);
      expect(doc.warnings).toEqual([]);
    }
  });

  it('drops a UTF-8 BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FULL)]);
    const doc = await importDocument({ fileName: 'bom.txt', bytes });
    expect(doc.text).toBe(FULL);
  });

  it('follows <meta charset> in Shift_JIS HTML', async () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="Shift_JIS"><title>東京の会議</title></head>' +
      '<body><article><h1>東京の会議</h1><p>東京で会議が開かれました。アゼルバイジャンと中国の関係について話し合いました。</p></article></body></html>';
    const bytes = iconv.encode(html, 'Shift_JIS');
    const doc = await importDocument({ fileName: 'tokyo.html', bytes });
    expect(doc.title).toBe('東京の会議');
    expect(doc.text).toContain(
      '東京で会議が開かれました。アゼルバイジャンと中国の関係について話し合いました。',
    );
    expect(doc.warnings).toEqual([]);
    expect(doc.wordCount).toBeGreaterThan(5);
    expect(rendererText(doc.html)).toBe(doc.text);
  });

  it('follows an http-equiv Content-Type declaration', async () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>' +
      '<body><p>Привет из Баку — встреча министров.</p></body></html>';
    const doc = await importDocument({ fileName: 'ru.htm', bytes: iconv.encode(html, 'windows-1251') });
    expect(doc.text).toBe('Привет из Баку — встреча министров.');
    expect(doc.warnings.some((w) => /character set/.test(w))).toBe(false);
  });

  it('treats a latin1 declaration as windows-1252, as browsers do', async () => {
    const html = '<meta charset="iso-8859-1"><p>“Curly” quotes – and dashes.</p>';
    const doc = await importDocument({ fileName: 'latin.html', bytes: iconv.encode(html, 'windows-1252') });
    expect(doc.text).toBe('“Curly” quotes – and dashes.');
  });

  it('does not trust a UTF-8 declaration the bytes contradict', async () => {
    const html = `<meta charset="utf-8"><p>${WESTERN}</p>`;
    const doc = await importDocument({ fileName: 'liar.html', bytes: iconv.encode(html, 'windows-1252') });
    expect(doc.text).toBe(WESTERN);
    expect(doc.warnings.join(' ')).toMatch(/declares the character set “utf-8”.*read it as windows-1252/s);
  });

  it('guesses Shift_JIS for undeclared Japanese text', async () => {
    const text = '東京で会議が開かれました。アゼルバイジャンと中国の関係について話し合いました。';
    const doc = await importDocument({ fileName: 'ja.txt', bytes: iconv.encode(text, 'Shift_JIS') });
    expect(doc.text).toBe(text);
    expect(doc.warnings[0]).toMatch(/read it as (Shift_JIS|cp932)/i);
  });
});

describe('import charset guesses beyond Western text', () => {
  it('guesses windows-1251 for undeclared Russian text', async () => {
    const text = 'Привет, как дела? Это тестовое сообщение о встрече министров в Баку.';
    const doc = await importDocument({ fileName: 'ru.txt', bytes: iconv.encode(text, 'windows-1251') });
    expect(doc.text).toBe(text);
    expect(doc.warnings[0]).toMatch(/read it as windows-1251/i);
  });
});
