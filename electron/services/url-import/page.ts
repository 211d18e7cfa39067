import { bomOf } from '../import/decode';
import { UrlImportError } from './errors';
import type { Fetched } from './fetch';
import { describeUrl } from './web-url';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** What a body that is not a web page is, told by its first bytes (a server's type can be wrong). */
function sniffOther(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (head.startsWith('%PDF-')) return 'a PDF document';
  if (/^\x89PNG|^GIF8|^\xff\xd8\xff|^RIFF....WEBP/s.test(head)) return 'an image';
  if (head.startsWith('PK\x03\x04')) return 'a zip archive (or an office document or e-book)';
  return null;
}

function describeType(mediaType: string): string {
  if (mediaType === 'application/pdf') return 'a PDF document';
  if (mediaType.startsWith('image/')) return 'an image';
  if (mediaType.startsWith('video/')) return 'a video';
  if (mediaType.startsWith('audio/')) return 'a sound file';
  if (mediaType === 'application/json') return 'JSON data';
  if (mediaType === 'text/plain') return 'plain text';
  if (mediaType.includes('xml')) return 'an XML document (a feed, perhaps)';
  return `“${mediaType}”`;
}

/**
 * Only web pages are imported from the web: the server's type must say HTML (or say nothing, with
 * bytes that read as HTML), and the bytes must not be a PDF or an image served under a wrong type.
 */
export function checkIsHtml(page: Fetched): void {
  const other = sniffOther(page.bytes);
  const declared = page.mediaType;
  const what =
    other ??
    (declared && !HTML_TYPES.has(declared)
      ? describeType(declared)
      : !declared &&
          !/^\s*</.test(new TextDecoder().decode(page.bytes.subarray(0, 512)).replace(/^\uFEFF/, ''))
        ? 'data of an unknown kind'
        : null);
  if (what)
    throw new UrlImportError(
      'not-html',
      `${describeUrl(page.url)} is ${what}, not a web page${
        what === 'a PDF document'
          ? '; Gloss does not read PDF documents'
          : ', so there is no article to import'
      }.`,
    );
}

/**
 * The page's bytes with the charset its server declared made visible to the importer: the
 * header outranks the page's own `<meta>` (as in a browser), so it is put before the page as one,
 * where the importer's prescan finds it first. A byte-order mark still wins, as it should.
 */
export function withDeclaredCharset(page: Fetched): Uint8Array {
  if (!page.charset || bomOf(page.bytes) || !/^[\w.:-]{1,40}$/.test(page.charset)) return page.bytes;
  const meta = new TextEncoder().encode(`<meta charset="${page.charset}">`);
  const out = new Uint8Array(meta.length + page.bytes.length);
  out.set(meta);
  out.set(page.bytes, meta.length);
  return out;
}

/** A file name for the importer's messages and format: "site.com story-title.html". */
export function pageFileName(href: string): string {
  const u = new URL(href);
  const last = safeDecode(u.pathname.split('/').filter(Boolean).pop() ?? '').replace(
    /\.(?:s?html?|php|aspx?|jsp)$/i,
    '',
  );
  const stem = `${u.hostname.replace(/^www\./, '')}${last ? ` ${last}` : ''}`.replace(/[\\/:*?"<>|]+/g, ' ');
  return `${stem.slice(0, 120)}.html`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
