import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { JSDOM, VirtualConsole } from 'jsdom';
import { baseName } from './detect-format';
import { escapeHtml, parseHtmlDocument } from './dom';
import { cleanLine, type Draft } from './draft';
import { ImportError } from './errors';
import { joinNames } from './title-byline';

/**
 * An EPUB becomes ONE article: the whole book, its chapters in spine order, each a section under
 * its own heading. One article per book because a book is what the user chose to read: its
 * reading position, highlights, search hits and speakers belong together, and a chapter split
 * would scatter one book's people over dozens of library entries (and break quotes that run over
 * a chapter break). A chapter's heading stays in the text, so search and find still reach it.
 */

/** Fonts obfuscated this way are not DRM: every reader undoes it with the book's own identifier. */
const FONT_OBFUSCATION = ['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC'];
/** Only what the text needs is inflated: a zip's claimed sizes bound the work before it is done. */
const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
const TEXT_FILE = /\.(?:x?html?|xml|opf|ncx)$/i;
const IMAGE_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
};
/** A book's images travel inside the article as data URLs; a larger one is left out. */
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

function imageType(name: string): string | undefined {
  return IMAGE_TYPES[name.split('.').pop()?.toLowerCase() ?? ''];
}

function xml(fileName: string, text: string, what: string): Document {
  try {
    return new JSDOM(text, { contentType: 'application/xml', virtualConsole: new VirtualConsole() }).window
      .document;
  } catch {
    throw missing(fileName, `its ${what} is not well-formed XML`);
  }
}

/** Elements by local name, whatever namespace prefix the file uses (`dc:title`, `opf:item`). */
function byName(root: Document | Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName('*')).filter((e) => e.localName === name);
}

function resolvePath(base: string, href: string): string {
  const parts = [...base.split('/').slice(0, -1), ...decodeURIComponent(href.split('#')[0]!).split('/')];
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

function unzip(fileName: string, bytes: Uint8Array): Unzipped {
  let inflated = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        const image = imageType(f.name) !== undefined && f.originalSize <= MAX_IMAGE_BYTES;
        if (!TEXT_FILE.test(f.name) && !image) return false;
        inflated += f.originalSize;
        return inflated <= MAX_INFLATED_BYTES;
      },
    });
  } catch {
    throw new ImportError(
      'damaged',
      `“${baseName(fileName)}” is not a readable EPUB: it is not a zip archive, or the archive is damaged.`,
    );
  }
}

function checkNotProtected(fileName: string, files: Unzipped): void {
  const protectedBook = new ImportError(
    'protected',
    `“${baseName(fileName)}” is protected by DRM (copy protection), so Gloss cannot read its text. Open it in the app it was bought for, or import a copy without DRM.`,
  );
  if (files['META-INF/rights.xml']) throw protectedBook;
  const encryption = files['META-INF/encryption.xml'];
  if (!encryption) return;
  const methods = byName(xml(fileName, strFromU8(encryption), 'encryption.xml'), 'EncryptionMethod').map(
    (m) => m.getAttribute('Algorithm') ?? '',
  );
  if (methods.some((m) => !FONT_OBFUSCATION.includes(m))) throw protectedBook;
}

function missing(fileName: string, what: string): ImportError {
  return new ImportError('damaged', `“${baseName(fileName)}” is not a readable EPUB: ${what}.`);
}

interface Chapter {
  html: string;
  heading: string | null;
}

/** A chapter's body, its images (stored in the book) inlined so that they show with nothing fetched. */
function chapterOf(files: Unzipped, path: string): Chapter {
  const doc = parseHtmlDocument(strFromU8(files[path]!));
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const target = resolvePath(path, img.getAttribute('src') ?? '');
    const data = files[target];
    const type = imageType(target);
    if (data && type) img.setAttribute('src', `data:${type};base64,${Buffer.from(data).toString('base64')}`);
    else img.remove();
  }
  const heading = cleanLine(doc.querySelector('h1, h2, h3')?.textContent) ?? cleanLine(doc.title);
  return { html: doc.body?.innerHTML ?? '', heading };
}

export function fromEpub(
  fileName: string,
  bytes: Uint8Array,
  options: { title?: string | undefined },
): Draft {
  const files = unzip(fileName, bytes);
  checkNotProtected(fileName, files);
  const container = files['META-INF/container.xml'];
  if (!container) throw missing(fileName, 'it has no META-INF/container.xml');
  const opfPath = byName(xml(fileName, strFromU8(container), 'container.xml'), 'rootfile')[0]?.getAttribute(
    'full-path',
  );
  const opfBytes = opfPath ? files[opfPath] : undefined;
  if (!opfPath || !opfBytes) throw missing(fileName, 'the package file (OPF) its container names is missing');
  const opf = xml(fileName, strFromU8(opfBytes), 'package file (OPF)');
  const manifest = new Map(
    byName(opf, 'item').map((i) => [i.getAttribute('id') ?? '', i.getAttribute('href') ?? ''] as const),
  );
  const spine = byName(opf, 'itemref')
    .filter((r) => r.getAttribute('linear') !== 'no')
    .map((r) => manifest.get(r.getAttribute('idref') ?? ''))
    .filter((href): href is string => !!href)
    .map((href) => resolvePath(opfPath, href));
  const warnings: string[] = [];
  const chapters: Chapter[] = [];
  let lost = 0;
  for (const path of spine) {
    if (!files[path]) {
      lost++;
      continue;
    }
    chapters.push(chapterOf(files, path));
  }
  if (chapters.length === 0) throw missing(fileName, 'its table of contents (the spine) leads to no chapter');
  if (lost > 0)
    warnings.push(
      `${lost} of the book's ${spine.length} chapters were missing from the file and were left out.`,
    );
  const bookTitle = cleanLine(byName(opf, 'title')[0]?.textContent);
  const authors = byName(opf, 'creator')
    .map((c) => cleanLine(c.textContent))
    .filter((c): c is string => c !== null);
  // Each chapter is a section; one with no heading of its own gets none, rather than a made-up one.
  const bodyHtml = chapters
    .map((c) =>
      c.heading && !/<h[1-3][\s>]/i.test(c.html)
        ? `<section><h2>${escapeHtml(c.heading)}</h2>${c.html}</section>`
        : `<section>${c.html}</section>`,
    )
    .join('');
  return {
    format: 'html',
    title: cleanLine(options.title) ?? bookTitle,
    byline: joinNames(authors),
    siteName: cleanLine(byName(opf, 'publisher')[0]?.textContent),
    published: cleanLine(byName(opf, 'date')[0]?.textContent),
    bodyHtml,
    warnings,
  };
}
