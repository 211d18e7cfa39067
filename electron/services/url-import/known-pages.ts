import type { ArticleMeta } from '../../../common/model/article';
import type { Library } from '../library';
import { normalizeUrl } from './web-url';

/**
 * A page's own canonical address, when it can stand for this one page: a web address, and not
 * the site's home page (some sites name it as every article's canonical, which would make all
 * their articles one). Resolved against where the page came from, when that is known.
 */
export function trustedCanonical(canonical: string | null | undefined, fetched?: string): string | null {
  if (!canonical) return null;
  let c: URL;
  try {
    c = new URL(canonical, fetched);
  } catch {
    return null;
  }
  if (c.protocol !== 'http:' && c.protocol !== 'https:') return null;
  const fetchedIsHome = fetched !== undefined && new URL(fetched).pathname === '/';
  if (c.pathname === '/' && !c.search && !fetchedIsHome) return null;
  return c.href;
}

/** The article imported from this page, if any: the same address once normalized. */
export function articleAt(library: Library, href: string): ArticleMeta | null {
  const key = normalizeUrl(href);
  if (!key) return null;
  return library.list().find((a) => a.url && normalizeUrl(a.url) === key) ?? null;
}
