import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeFileSync } from 'atomically';
import { parseFragment } from '../import/dom';
import type { ArticleAssets } from '../library';
import { PENDING_IMAGE_SRC } from '../import/sanitize';
import { imageFileName, imagesDir, imageUrl } from './paths';
import { sniffImage } from './sniff';

export interface ImageLimits {
  /** One image larger than this is not saved (the download stops there). */
  perImageBytes: number;
  /** All of an article's images together; those past it are not saved. */
  totalBytes: number;
  /** An article showing more images than this keeps the first ones. */
  maxImages: number;
  /** Downloads at once: enough to be quick, few enough not to hammer one site. */
  concurrency: number;
  /** No image is begun past this long after the first: a slow site cannot hold an import for long. */
  totalMs: number;
}

export const IMAGE_LIMITS: ImageLimits = {
  perImageBytes: 15 * 1024 * 1024,
  totalBytes: 100 * 1024 * 1024,
  maxImages: 200,
  concurrency: 4,
  totalMs: 60_000,
};

/**
 * The bytes behind one image source, or null when there are none to have (not found, not an
 * image, on a network it may not reach). A source may also throw; that counts the same.
 */
export type ImageSource = (src: string, maxBytes: number) => Promise<Uint8Array | null>;

export interface CollectedImages {
  /** The article's HTML for its id: each saved image served from the article's store, the rest gone. */
  htmlFor(articleId: string): string;
  /** File name (content hash and type) → bytes, each once however often the article shows it. */
  files: Map<string, Uint8Array>;
  /** Images shown by the article that were saved, and that were not (and were taken out). */
  saved: number;
  failed: number;
}

/**
 * Reads every image an imported article shows (those the sanitizer held aside, by their number in
 * `imageSources`, and embedded ones) from `source` (a few at a time, each source once),
 * keeps those whose bytes really are a raster image Gloss stores, within the limits, and takes the
 * others out of the HTML, so the article never points anywhere but at its own folder. An embedded
 * `data:` image is stored too, so that every image is served the same way.
 */
export async function collectImages(
  doc: { html: string; imageSources: readonly string[] },
  source: ImageSource,
  limits: ImageLimits = IMAGE_LIMITS,
): Promise<CollectedImages> {
  // Most articles show no image: nothing to parse on the main process for them.
  if (!doc.html.includes('<img')) return { htmlFor: () => doc.html, files: new Map(), saved: 0, failed: 0 };
  const root = parseFragment(doc.html);
  const imgs = Array.from(root.querySelectorAll('img'));
  const srcOf = (img: Element): string => {
    const pending = img.getAttribute(PENDING_IMAGE_SRC);
    return (pending === null ? img.getAttribute('src') : doc.imageSources[Number(pending)])?.trim() ?? '';
  };
  const bySrc = new Map<string, string | null>();
  const wanted = [...new Set(imgs.map(srcOf))].filter((src) => src !== '');
  const files = new Map<string, Uint8Array>();
  let total = 0;

  const fetchOne = async (src: string): Promise<string | null> => {
    const bytes = await (
      src.startsWith('data:') ? decodeDataUrl(src) : source(src, limits.perImageBytes)
    ).catch(() => null);
    if (!bytes || bytes.length === 0 || bytes.length > limits.perImageBytes) return null;
    const ext = sniffImage(bytes);
    if (!ext) return null;
    const name = imageFileName(createHash('sha256').update(bytes).digest('hex'), ext);
    if (!files.has(name)) {
      if (total + bytes.length > limits.totalBytes) return null;
      total += bytes.length;
      files.set(name, bytes);
    }
    return name;
  };

  const queue = wanted.slice(0, limits.maxImages);
  const until = Date.now() + limits.totalMs;
  const workers = Array.from({ length: Math.min(limits.concurrency, queue.length) }, async () => {
    for (let src = queue.shift(); src !== undefined && Date.now() < until; src = queue.shift())
      bySrc.set(src, await fetchOne(src));
  });
  await Promise.all(workers);

  let saved = 0;
  let failed = 0;
  const placed: { img: Element; name: string }[] = [];
  for (const img of imgs) {
    const name = bySrc.get(srcOf(img)) ?? null;
    img.removeAttribute(PENDING_IMAGE_SRC);
    if (name) {
      placed.push({ img, name });
      saved++;
    } else {
      img.remove();
      failed++;
    }
  }
  return {
    htmlFor(articleId) {
      for (const { img, name } of placed) img.setAttribute('src', imageUrl(articleId, name));
      return root.innerHTML;
    },
    files,
    saved,
    failed,
  };
}

/** Writes an article's images into its folder (each atomically; one already there is the same bytes). */
export function writeImages(articleDir: string, files: ReadonlyMap<string, Uint8Array>): void {
  if (files.size === 0) return;
  const dir = imagesDir(articleDir);
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of files) {
    const file = path.join(dir, name);
    if (!existsSync(file)) writeFileSync(file, bytes, { fsync: true });
  }
}

/** The images as what the library writes into the article's folder once its id is known. */
export function imageAssets(images: CollectedImages): ArticleAssets {
  return {
    write: (articleDir, articleId) => {
      writeImages(articleDir, images.files);
      return images.htmlFor(articleId);
    },
  };
}

/** A source with no images: for imports that bring none of their own (the sample, a bare text). */
export const NO_IMAGES: ImageSource = async () => null;

async function decodeDataUrl(src: string): Promise<Uint8Array | null> {
  const match = /^data:image\/[a-z0-9.+-]+((?:;[^,;]*)*?)(;base64)?,(.*)$/is.exec(src);
  if (!match) return null;
  const data = match[3]!;
  return match[2] ? Buffer.from(data, 'base64') : Buffer.from(decodeURIComponent(data), 'latin1');
}

/** The sentence an import's message gets when some of its images could not be kept. */
export function imagesWarning(failed: number, why: string): string | null {
  if (failed === 0) return null;
  return `${failed} ${failed === 1 ? 'image' : 'images'} of this article could not be saved (${why}) and ${failed === 1 ? 'is' : 'are'} left out.`;
}
