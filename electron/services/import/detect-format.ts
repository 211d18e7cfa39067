import type { ArticleFormat } from '../../../common/model/article';
import { ImportError, SUPPORTED_FORMATS_SENTENCE } from './errors';

const TEXT_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** Formats people will try to open, named so the refusal says what the file is. */
const OTHER_EXTENSIONS: Readonly<Record<string, string>> = {
  pdf: 'a PDF document',
  doc: 'a word-processor document',
  docx: 'a word-processor document',
  odt: 'a word-processor document',
  rtf: 'a word-processor document',
  pages: 'a word-processor document',
  mobi: 'an e-book',
  azw: 'an e-book',
  azw3: 'an e-book',
  xls: 'a spreadsheet',
  xlsx: 'a spreadsheet',
  ods: 'a spreadsheet',
  ppt: 'a presentation',
  pptx: 'a presentation',
  odp: 'a presentation',
  key: 'a presentation',
  png: 'an image',
  jpg: 'an image',
  jpeg: 'an image',
  gif: 'an image',
  webp: 'an image',
  bmp: 'an image',
  tif: 'an image',
  tiff: 'an image',
  heic: 'an image',
  svg: 'an image',
  mp3: 'an audio file',
  m4a: 'an audio file',
  wav: 'an audio file',
  mp4: 'a video',
  mov: 'a video',
  mkv: 'a video',
  webm: 'a video',
  zip: 'an archive',
  gz: 'an archive',
  tgz: 'an archive',
  '7z': 'an archive',
  rar: 'an archive',
  tar: 'an archive',
  exe: 'a program',
  dmg: 'a disk image',
  iso: 'a disk image',
};

/** Document containers recognized by their first bytes, whatever the file is called. */
const MAGIC: readonly { prefix: readonly number[]; kind: string }[] = [
  { prefix: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'a PDF document' }, // %PDF-
  {
    prefix: [0x50, 0x4b, 0x03, 0x04],
    kind: 'a ZIP archive (or a document packed in one, like .docx or .epub)',
  },
  { prefix: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'a word-processor document (RTF)' }, // {\rtf
  { prefix: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'an old Microsoft Office document' },
];

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * The first few KB as characters, good enough to look for ASCII markup: UTF-16 by its BOM, anything
 * else byte for byte (every ASCII-compatible charset agrees on the characters we look for).
 */
export function headAsText(bytes: Uint8Array, max = 4096): string {
  const head = bytes.subarray(0, max);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  return new TextDecoder('latin1').decode(head);
}

const HTML_START =
  /^\s*(?:<!--[\s\S]*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6])[\s>/]/i;
const HTML_ANYWHERE = /<\/?(?:html|head|body)[\s>]/i;

const MARKDOWN_SIGNS: readonly RegExp[] = [
  /^#{1,6}[ \t]+\S/m, // ATX heading
  /^(?:```|~~~)/m, // fenced code
  /\[[^\]\n]+\]\([^)\s]+\)/, // inline link
  /^\S.*\n(?:=+|-+)[ \t]*$/m, // setext heading
  /^[ \t]*(?:[-*+]|\d+\.)[ \t]+\S.*\n[ \t]*(?:[-*+]|\d+\.)[ \t]+\S/m, // a list of two items or more
  /(?:\*\*|__)[^*_\n]+(?:\*\*|__)/, // strong emphasis
];

/** For files without a known extension: HTML if it starts like markup, Markdown if it looks marked up. */
export function sniffFormat(head: string): ArticleFormat {
  const text = head.replace(/^\uFEFF/, '');
  if (HTML_START.test(text) || HTML_ANYWHERE.test(text)) return 'html';
  const signs = MARKDOWN_SIGNS.filter((re) => re.test(text)).length;
  return signs >= 2 || /^#{1,6}[ \t]+\S/.test(text.trimStart()) ? 'md' : 'txt';
}

/**
 * Decides how a file is read. Known document formats other than ours are refused by name or by
 * their first bytes; a file whose name says nothing is judged by its content.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): ArticleFormat {
  for (const { prefix, kind } of MAGIC) {
    if (startsWith(bytes, prefix)) {
      throw new ImportError(
        'unsupported',
        `“${baseName(fileName)}” is ${kind}. ${SUPPORTED_FORMATS_SENTENCE}`,
      );
    }
  }
  return checkName(fileName) ?? sniffFormat(headAsText(bytes));
}

/**
 * What the name alone says: one of our formats, another known format (refused, so a file is
 * refused before it is read), or nothing (null: the content decides).
 */
export function checkName(fileName: string): ArticleFormat | null {
  const ext = extensionOf(fileName);
  const known = TEXT_EXTENSIONS[ext];
  if (known) return known;
  const other = OTHER_EXTENSIONS[ext];
  if (other) {
    throw new ImportError(
      'unsupported',
      `“${baseName(fileName)}” is ${other}. ${SUPPORTED_FORMATS_SENTENCE}`,
    );
  }
  return null;
}

export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}
