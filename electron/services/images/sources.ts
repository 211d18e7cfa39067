import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fetchBounded } from '../url-import/fetch';
import { resolvesPrivately } from '../url-import/web-url';
import type { ImageSource } from './image-store';

export interface WebImageOptions {
  userAgent: string;
  timeoutMs: number;
  /** The page's address, against which a source it left relative is read. */
  base: string;
  /** Whether the page itself was on a private network: only then may its images be. */
  pageIsPrivate: boolean;
  /** Whether an address is on a private network (tests name which are). */
  isPrivate?: ((url: URL) => Promise<boolean>) | undefined;
}

const ACCEPT_IMAGES = 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1';

/**
 * Images of a page fetched from the web, with the same limits a page has (each redirect checked,
 * a deadline, the size counted as it arrives). A server may name a wrong type for an image; what
 * it names must at least be an image or nothing, and the bytes decide in the end.
 */
export function webImageSource(options: WebImageOptions): ImageSource {
  return async (src, maxBytes) => {
    const url = new URL(src, options.base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const isPrivate = options.isPrivate ?? ((u: URL) => resolvesPrivately(u.hostname));
    const got = await fetchBounded(url.href, {
      timeoutMs: options.timeoutMs,
      maxBytes,
      maxRedirects: 5,
      userAgent: options.userAgent,
      accept: ACCEPT_IMAGES,
      // Every hop: a public image must not redirect into the user's network either.
      checkHop: async (hop) => {
        if (!options.pageIsPrivate && (await isPrivate(hop))) throw new Error('private address');
      },
    });
    if (got.mediaType && !/^image\/|^application\/octet-stream$|^binary\//.test(got.mediaType)) return null;
    return got.bytes;
  };
}

/**
 * Images saved beside an imported web page ("Page_files/…"): a source relative to the page, or a
 * file: URL, read only when it lies inside the page's own folder, so that a page cannot copy other
 * files of the computer into the library. Sources on the web are not fetched for a file: opening a
 * file sends nothing anywhere.
 */
export function besideFileSource(htmlFile: string): ImageSource {
  const folder = path.dirname(path.resolve(htmlFile));
  const base = pathToFileURL(path.resolve(htmlFile));
  return async (src, maxBytes) => {
    let url: URL;
    try {
      url = new URL(src, base);
    } catch {
      return null;
    }
    if (url.protocol !== 'file:') return null;
    const file = await realpath(fileURLToPath(url)).catch(() => null);
    const root = await realpath(folder).catch(() => folder);
    if (!file || !file.startsWith(root + path.sep)) return null;
    const info = await stat(file);
    if (!info.isFile() || info.size > maxBytes) return null;
    return readFile(file);
  };
}
