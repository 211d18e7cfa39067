import type { ImportOutcome } from '../../../common/ipc/contract';
import type { ArticleMeta } from '../../../common/model/article';
import {
  collectImages,
  IMAGE_LIMITS,
  imageAssets,
  imagesWarning,
  type ImageLimits,
} from '../images/image-store';
import { webImageSource } from '../images/sources';
import type { Importer } from '../import/runner';
import { failedImport } from '../import-service';
import type { Library } from '../library';
import { fetchBounded } from './fetch';
import { checkIsHtml, pageFileName, withDeclaredCharset } from './page';
import { articleAt, trustedCanonical } from './known-pages';
import { checkWebUrl, resolvesPrivately } from './web-url';
import pkg from '../../../package.json' with { type: 'json' };

export const USER_AGENT = `Gloss/${pkg.version} (offline reader)`;

export interface UrlImportOptions {
  userAgent: string;
  /** For the page: all its redirects, headers and body. */
  timeoutMs: number;
  maxPageBytes: number;
  maxRedirects: number;
  /** For each image. */
  imageTimeoutMs: number;
  images: ImageLimits;
}

export const URL_IMPORT_OPTIONS: UrlImportOptions = {
  userAgent: USER_AGENT,
  timeoutMs: 30_000,
  maxPageBytes: 20 * 1024 * 1024,
  maxRedirects: 10,
  imageTimeoutMs: 20_000,
  images: IMAGE_LIMITS,
};

/**
 * A web page into the library: fetched here, in the main process, within limits (url-import/fetch),
 * read by the same importer as a saved page, its images downloaded and stored with it, so that the
 * article reads the same with the network off. A page already imported (same address, once
 * normalized, or same text) is opened instead. Whatever goes wrong, the library is left as it was
 * and the outcome says why.
 */
export class UrlImportService {
  constructor(
    private readonly importer: Importer,
    private readonly library: Library,
    private readonly options: UrlImportOptions = URL_IMPORT_OPTIONS,
  ) {}

  async importUrl(input: string): Promise<ImportOutcome> {
    const which = { path: input, fileName: input };
    try {
      return { ...which, ...(await this.fetchAndAdd(input)) };
    } catch (err) {
      return failedImport(which, err, 'The page could not be imported');
    }
  }

  private async fetchAndAdd(input: string) {
    const url = checkWebUrl(input);
    const known = this.findByUrl(url.href);
    if (known) return alreadyThere(known);

    const o = this.options;
    const page = await fetchBounded(url.href, {
      timeoutMs: o.timeoutMs,
      maxBytes: o.maxPageBytes,
      maxRedirects: o.maxRedirects,
      userAgent: o.userAgent,
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
    });
    checkIsHtml(page);
    const moved = this.findByUrl(page.url);
    if (moved) return alreadyThere(moved);

    const doc = await this.importer.import({
      fileName: pageFileName(page.url),
      bytes: withDeclaredCharset(page),
      baseUrl: page.url,
    });
    const address = trustedCanonical(doc.canonicalUrl, page.url) ?? page.url;
    const canonical = this.findByUrl(address);
    if (canonical) return alreadyThere(canonical);

    const source = webImageSource({
      userAgent: o.userAgent,
      timeoutMs: o.imageTimeoutMs,
      base: page.url,
      pageIsPrivate: await resolvesPrivately(new URL(page.url).hostname),
    });
    const images = await collectImages(doc, source, o.images);
    const { article, existed, updated } = this.library.add(
      { ...doc, url: address },
      pageFileName(address),
      new Date(),
      imageAssets(images),
    );
    if (existed) return alreadyThere(article);
    const warning = imagesWarning(
      images.failed,
      'not found, not an image Gloss keeps, too large, or on a private network',
    );
    return {
      ok: true as const,
      article,
      existed,
      message: updated
        ? `Updated “${article.title}” to the page’s new text; its highlights and notes were kept.`
        : `Imported “${article.title}” from ${new URL(address).hostname}${imagesSaved(images.saved)}.`,
      warnings: [...doc.warnings, ...(warning ? [warning] : [])],
    };
  }

  private findByUrl(href: string): ArticleMeta | null {
    return articleAt(this.library, href);
  }
}

const imagesSaved = (n: number): string =>
  n === 0 ? '' : `, with its ${n === 1 ? 'image' : `${n} images`} saved for reading offline`;

function alreadyThere(article: ArticleMeta) {
  return {
    ok: true as const,
    article,
    existed: true,
    message: `“${article.title}” is already in your library; it was opened instead.`,
    warnings: [],
  };
}
