import iconv from 'iconv-lite';
import { chardet } from 'jschardet';
import { baseName } from './detect-format';
import { ImportError, MAX_IMPORT_BYTES, SUPPORTED_FORMATS_SENTENCE } from './errors';

const SNIFF_BYTES = 8 * 1024;
const META_PRESCAN_BYTES = 4 * 1024;

export type Bom = 'utf-8' | 'utf-16le' | 'utf-16be';

export function bomOf(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/** Checked first, so that an enormous file is never scanned or decoded. */
export function checkSize(fileName: string, byteCount: number): void {
  if (byteCount > MAX_IMPORT_BYTES) {
    throw new ImportError(
      'too-large',
      `“${baseName(fileName)}” is ${megabytes(byteCount)} MB; Gloss opens files of up to ${megabytes(MAX_IMPORT_BYTES)} MB.`,
    );
  }
}

function bomLength(bom: Bom | null): number {
  return bom === 'utf-8' ? 3 : bom ? 2 : 0;
}

export function emptyFileError(fileName: string): ImportError {
  return new ImportError('empty', `“${baseName(fileName)}” is empty: there is no text in it to read.`);
}

/** Zero bytes, or nothing but a byte-order mark. (Whitespace-only is caught once decoded.) */
export function checkNotEmpty(fileName: string, bytes: Uint8Array): void {
  if (bytes.length <= bomLength(bomOf(bytes))) throw emptyFileError(fileName);
}

export function checkNotBinary(fileName: string, bytes: Uint8Array): void {
  const bom = bomOf(bytes);
  // UTF-16 text is full of NUL bytes; with a BOM it is declared, so it is not mistaken for binary.
  if (bom === 'utf-16le' || bom === 'utf-16be') return;
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES))) {
    throw new ImportError(
      'binary',
      `“${baseName(fileName)}” is not a text file (it holds binary data, like an image or a program). ${SUPPORTED_FORMATS_SENTENCE}`,
    );
  }
}

/** A NUL, or more than a few control characters per hundred bytes, is not text in any encoding we read. */
export function looksBinary(head: Uint8Array): boolean {
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR are text; ESC is how ISO-2022 text switches character sets.
    if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) ||
      b === 0x7f
    ) {
      controls++;
    }
  }
  return controls > Math.max(2, head.length * 0.02);
}

export interface Decoded {
  text: string;
  /** The charset the bytes were read as (a WHATWG or iconv-lite name). */
  charset: string;
  warnings: string[];
}

/**
 * WHATWG treats these labels as windows-1252 (browsers always have): the 0x80–0x9F range of
 * real-world "latin1" files holds curly quotes and dashes, not C1 controls.
 */
const AS_WINDOWS_1252 = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'l1',
  'us-ascii',
  'ascii',
  'cp1252',
]);

/**
 * Labels the WHATWG Encoding standard reads as a larger charset than their name says (GB2312 pages
 * are decoded as GB18030, ISO-8859-9 as windows-1254), or that iconv-lite spells otherwise. Every
 * legacy charset is decoded by iconv-lite, never by TextDecoder: Node 20's TextDecoder turns
 * windows-1252's 0x80–0x9F (curly quotes, dashes, €) into C1 control characters.
 */
const WHATWG_ALIASES: Readonly<Record<string, string>> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  chinese: 'gb18030',
  csgb2312: 'gb18030',
  'iso-ir-58': 'gb18030',
  koi: 'koi8-r',
  koi8: 'koi8-r',
  koi8_r: 'koi8-r',
  cskoi8r: 'koi8-r',
  'koi8-ru': 'koi8-u',
  'euc-kr': 'cp949',
  'ks_c_5601-1987': 'cp949',
  'ks_c_5601-1989': 'cp949',
  'iso-ir-149': 'cp949',
  korean: 'cp949',
  'iso-8859-9': 'windows-1254',
  'iso8859-9': 'windows-1254',
  latin5: 'windows-1254',
  'tis-620': 'windows-874',
  'iso-8859-11': 'windows-874',
  'big5-hkscs': 'big5hkscs',
  big5: 'big5hkscs',
  'x-mac-roman': 'macintosh',
  mac: 'macintosh',
  'x-sjis': 'Shift_JIS',
  sjis: 'Shift_JIS',
  'shift-jis': 'Shift_JIS',
  ms_kanji: 'Shift_JIS',
  cp932: 'Shift_JIS',
  'windows-31j': 'Shift_JIS',
  'x-euc-jp': 'euc-jp',
};

function canonicalCharset(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (AS_WINDOWS_1252.has(l)) return 'windows-1252';
  const alias = WHATWG_ALIASES[l];
  if (alias && iconv.encodingExists(alias)) return alias;
  return iconv.encodingExists(l) ? l : null;
}

/**
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KB,
 * read as ASCII the way a browser's prescan does.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_PRESCAN_BYTES));
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of withoutComments.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = match[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns bytes into text: a BOM wins; then, for HTML, the charset the page declares; then UTF-8 if
 * the bytes are valid UTF-8 (which plain ASCII is); else the detector's best guess, said aloud.
 */
export function decodeBytes(bytes: Uint8Array, options: { html: boolean }): Decoded {
  const warnings: string[] = [];
  const bom = bomOf(bytes);
  let charset: string | null = null;
  let body = bytes;
  if (bom) {
    charset = bom;
    body = bytes.subarray(bomLength(bom));
  } else if (options.html) {
    const declared = declaredHtmlCharset(bytes);
    const canonical = declared ? canonicalCharset(declared) : null;
    // A page cannot be UTF-16 without a BOM if its prescan could be read as ASCII (WHATWG rule).
    if (canonical && !/^utf-?16/i.test(canonical) && !(canonical === 'utf-8' && !validUtf8(bytes))) {
      charset = canonical;
    } else if (declared) {
      warnings.push(`The page declares the character set “${declared}”, which does not fit its content.`);
    }
  }
  if (!charset && validUtf8(bytes)) charset = 'utf-8';
  if (!charset) {
    charset = guessCharset(bytes);
    warnings.push(
      `The file does not say which character set it uses; Gloss read it as ${charset}, its best guess. If some letters look wrong, save the file as UTF-8 and open it again.`,
    );
  }
  const text = decodeWith(body, charset).replace(/^\uFEFF/, '');
  return { text: stripControls(text), charset, warnings };
}

/**
 * Below this the detector is mostly telling single-byte Western code pages apart by noise (it
 * takes French for Czech), and windows-1252, the most common legacy charset and the browsers'
 * default, is the better bet. Cyrillic, Greek or CJK text is recognized far more confidently.
 */
const MIN_GUESS_CONFIDENCE = 0.3;

function guessCharset(bytes: Uint8Array): string {
  // Only encodings a browser would also accept: the DOS and Mac code pages the detector knows
  // win on short Western text far more often than they are right.
  const guess = chardet.detect(bytes.subarray(0, 256 * 1024), {
    encodingEra: chardet.EncodingEra.MODERN_WEB,
  });
  const name =
    guess.encoding && guess.confidence >= MIN_GUESS_CONFIDENCE ? canonicalCharset(guess.encoding) : null;
  return name && name !== 'utf-8' ? name : 'windows-1252';
}

/**
 * C0 controls other than tab, line feed, form feed and carriage return have no business in an
 * article, and the HTML parser would drop or replace some of them when the body is parsed again,
 * so the text we keep would not match the text the renderer sees.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const STRAY_CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

function stripControls(text: string): string {
  return text.replace(STRAY_CONTROLS, '');
}
