import { describe, expect, it } from 'vitest';
import { ImportError, MAX_IMPORT_BYTES, importDocument } from '../../electron/services/import';
import { expectImportError, fixture } from './import-helpers';

// The first bytes of a real PNG: signature, then the IHDR chunk of a 1×1 image.
const PNG_HEADER = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);

describe('import refuses bad input with a clear message', () => {
  it('empty: zero bytes, a lone BOM, or only whitespace', async () => {
    await expectImportError(
      importDocument({ fileName: 'empty.txt', bytes: fixture('empty.txt') }),
      'empty',
      /^“empty\.txt” is empty: there is no text in it to read\.$/,
    );
    await expectImportError(
      importDocument({ fileName: 'bom.md', bytes: Buffer.from([0xef, 0xbb, 0xbf]) }),
      'empty',
      /is empty/,
    );
    await expectImportError(
      importDocument({ fileName: 'whitespace.txt', bytes: fixture('whitespace.txt') }),
      'empty',
      /“whitespace\.txt” is empty/,
    );
  });

  it('binary: a PNG under a .txt name, or control characters', async () => {
    await expectImportError(
      importDocument({ fileName: 'notes.txt', bytes: PNG_HEADER }),
      'binary',
      /^“notes\.txt” is not a text file \(it holds binary data, like an image or a program\)\. Gloss can open plain text \(\.txt\), Markdown \(\.md\), web pages \(\.html\) and e-books \(\.epub\)\.$/,
    );
    const controls = Buffer.from('text\x01\x02\x03\x04\x05\x06 more text', 'latin1');
    await expectImportError(
      importDocument({ fileName: 'odd', bytes: controls }),
      'binary',
      /not a text file/,
    );
  });

  it('too-large: over 50 MB, refused before decoding', async () => {
    // NUL bytes: anything that looked at the content first would call the file binary instead.
    const bytes = new Uint8Array(51 * 1024 * 1024);
    expect(bytes.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    await expectImportError(
      importDocument({ fileName: 'huge.txt', bytes }),
      'too-large',
      /^“huge\.txt” is 51 MB; Gloss opens files of up to 50 MB\.$/,
    );
  });

  it('unsupported: other document formats, by name or by content', async () => {
    await expectImportError(
      importDocument({ fileName: 'report.pdf', bytes: Buffer.from('%PDF-1.7\n') }),
      'unsupported',
      /^“report\.pdf” is a PDF document\. Gloss can open/,
    );
    await expectImportError(
      importDocument({ fileName: 'report.txt', bytes: Buffer.from('%PDF-1.4\n%âãÏÓ\n', 'latin1') }),
      'unsupported',
      /is a PDF document/,
    );
    await expectImportError(
      importDocument({ fileName: 'letter.docx', bytes: Buffer.from('PK\x03\x04stuff', 'latin1') }),
      'unsupported',
      /is a ZIP archive \(or a document packed in one/,
    );
    await expectImportError(
      importDocument({ fileName: 'photo.png', bytes: PNG_HEADER }),
      'unsupported',
      /^“photo\.png” is an image\./,
    );
    await expectImportError(
      importDocument({ fileName: 'memo.rtf', bytes: Buffer.from('{\\rtf1\\ansi Hello}') }),
      'unsupported',
      /word-processor document/,
    );
  });

  it('no-content: markup with nothing readable in it', async () => {
    const err = await expectImportError(
      importDocument({
        fileName: 'blank.html',
        bytes: Buffer.from('<html><body><script>x()</script><p> </p></body></html>'),
      }),
      'no-content',
      /^No readable text was found in “blank\.html”/,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('ImportError');
    await expectImportError(
      importDocument({ fileName: 'blank.md', bytes: Buffer.from('<!-- nothing -->\n\n<style>p{}</style>') }),
      'no-content',
      /No readable text/,
    );
  });

  it('ImportError carries its code', () => {
    const e = new ImportError('binary', 'Nope.');
    expect(e.code).toBe('binary');
    expect(e.message).toBe('Nope.');
  });
});
