/**
 * EPUB import on books built here, zipped with the same library the importer reads them with.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/services/import';
import { expectImportError } from './import-helpers';

const CONTAINER = `<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`;

const opf = (spine: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:uuid:1234</dc:identifier>
    <dc:title>Letters from the Harbour</dc:title>
    <dc:creator>Ana Ruiz</dc:creator>
    <dc:creator>Piet Smit</dc:creator>
    <dc:publisher>Quayside Press</dc:publisher>
    <dc:date>2024-05-01</dc:date>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
    <item id="c2" href="text/two.xhtml" media-type="application/xhtml+xml"/>
    <item id="c3" href="text/three%20notes.xhtml" media-type="application/xhtml+xml"/>
    <item id="cover" href="images/cover.jpg" media-type="image/jpeg"/>
  </manifest>
  <spine>${spine.map((id) => `<itemref idref="${id}"/>`).join('')}<itemref idref="nav" linear="no"/></spine>
</package>`;

const chapter = (title: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${title}</title></head><body>${body}</body></html>`;

function book(extra: Zippable = {}, spine = ['c1', 'c2', 'c3']): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    'OEBPS/content.opf': strToU8(opf(spine)),
    'OEBPS/nav.xhtml': strToU8(chapter('Contents', '<nav><ol><li>One</li></ol></nav>')),
    'OEBPS/text/one.xhtml': strToU8(
      chapter(
        'One',
        '<h1>The First Crossing</h1><p>“We sailed at dawn,” said the harbour master, Tomas Berg.</p>',
      ),
    ),
    'OEBPS/text/two.xhtml': strToU8(
      chapter(
        'The Storm',
        '<p>The storm came on the second night.</p><img src="../images/cover.jpg" alt=""/>',
      ),
    ),
    'OEBPS/text/three notes.xhtml': strToU8(chapter('Notes', '<h2>Notes</h2><p>All names are real.</p>')),
    'OEBPS/images/cover.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
    ...extra,
  });
}

describe('importing an EPUB', () => {
  it('makes one article of the book, its chapters in spine order under their headings', async () => {
    const doc = await importDocument({ fileName: 'harbour.epub', bytes: book() });
    expect(doc.title).toBe('Letters from the Harbour');
    expect(doc.byline).toBe('Ana Ruiz and Piet Smit');
    expect(doc.siteName).toBe('Quayside Press');
    expect(doc.published).toBe('2024-05-01');
    expect(doc.text).toBe(
      [
        'The First Crossing',
        '“We sailed at dawn,” said the harbour master, Tomas Berg.',
        'The Storm',
        'The storm came on the second night.',
        'Notes',
        'All names are real.',
      ].join('\n\n'),
    );
    // the navigation document is linear="no": not a chapter
    expect(doc.text).not.toContain('Contents');
    expect(doc.html).toMatch(/^<section><h1>The First Crossing<\/h1>/);
    // the chapter's image comes from inside the book, as a data URL: nothing is fetched
    expect(doc.html).toContain('<img src="data:image/jpeg;base64,/9j/4A==" alt="">');
    expect(doc.warnings).toEqual([]);
  });

  it('sanitizes a hostile chapter as any page: no script, handler, javascript: link or remote load', async () => {
    const hostile = chapter(
      'One',
      '<h1 onclick="alert(1)">The First Crossing</h1><script>alert(2)</script>' +
        '<p style="background:url(https://evil.example/p.png)">“We sailed,” said <a href="javascript:alert(3)">Tomas Berg</a>.</p>' +
        '<iframe srcdoc="&lt;script&gt;alert(4)&lt;/script&gt;"></iframe><svg><script>alert(5)</script></svg>' +
        '<img src="https://evil.example/x.png" onerror="alert(6)"/><meta http-equiv="refresh" content="0;url=https://evil.example"/>',
    );
    const doc = await importDocument({
      fileName: 'hostile.epub',
      bytes: book({ 'OEBPS/text/one.xhtml': strToU8(hostile) }),
    });
    expect(doc.text).toContain('“We sailed,” said Tomas Berg.');
    expect(doc.html).not.toMatch(
      /<script|<iframe|<svg|<meta|onclick|onerror|javascript:|evil\.example|style=/i,
    );
  });

  it('follows the spine, not the manifest, for the order', async () => {
    const doc = await importDocument({ fileName: 'b.epub', bytes: book({}, ['c3', 'c1']) });
    expect(doc.text.split('\n\n')[0]).toBe('Notes');
    expect(doc.text).not.toContain('storm');
  });

  it('says when chapters the spine names are missing, and keeps the rest', async () => {
    const bytes = book({
      'OEBPS/content.opf': strToU8(opf(['c1', 'c2']).replace('text/two.xhtml', 'text/gone.xhtml')),
    });
    const doc = await importDocument({ fileName: 'b.epub', bytes });
    expect(doc.text).toContain('We sailed at dawn');
    expect(doc.warnings).toEqual([
      "1 of the book's 2 chapters were missing from the file and were left out.",
    ]);
  });

  it('reads a book whose fonts are obfuscated (that is not DRM)', async () => {
    const encryption = `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
      <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
      <enc:CipherData><enc:CipherReference URI="OEBPS/fonts/a.otf"/></enc:CipherData></enc:EncryptedData></encryption>`;
    const doc = await importDocument({
      fileName: 'fonts.epub',
      bytes: book({ 'META-INF/encryption.xml': strToU8(encryption) }),
    });
    expect(doc.title).toBe('Letters from the Harbour');
  });

  it('refuses a DRM-protected book, a file that is not a zip and a zip without a package, each saying why', async () => {
    const drm = `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
      <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
      <enc:CipherData><enc:CipherReference URI="OEBPS/text/one.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>`;
    await expectImportError(
      importDocument({ fileName: 'locked.epub', bytes: book({ 'META-INF/encryption.xml': strToU8(drm) }) }),
      'protected',
      /^“locked\.epub” is protected by DRM/,
    );
    await expectImportError(
      importDocument({
        fileName: 'adobe.epub',
        bytes: book({ 'META-INF/rights.xml': strToU8('<rights/>') }),
      }),
      'protected',
      /DRM/,
    );
    await expectImportError(
      importDocument({ fileName: 'fake.epub', bytes: strToU8('%PDF-1.7 not a book at all') }),
      'damaged',
      /^“fake\.epub” is not a readable EPUB: it is not a zip archive, or the archive is damaged\.$/,
    );
    await expectImportError(
      importDocument({ fileName: 'bare.epub', bytes: zipSync({ 'readme.txt': strToU8('hello') }) }),
      'damaged',
      /has no META-INF\/container\.xml/,
    );
    await expectImportError(
      importDocument({
        fileName: 'noopf.epub',
        bytes: zipSync({ 'META-INF/container.xml': strToU8(CONTAINER) }),
      }),
      'damaged',
      /the package file \(OPF\) its container names is missing/,
    );
  });
});
