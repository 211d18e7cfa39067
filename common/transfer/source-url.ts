/**
 * Which article an annotation made elsewhere belongs to, by its page's address. Two addresses are
 * the same page when they differ only in scheme (http or https), a leading "www.", letter case of
 * the host, a trailing slash, the fragment, the order of the query or tracking parameters.
 */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref_src|cmpid)$/i;

export function normalizeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const params = [...url.searchParams.entries()]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const pathname = url.pathname.replace(/\/+$/, '') || '';
  return `${host}${port}${pathname}${query}`;
}

/**
 * The Gloss article an address names directly: a `gloss://open?article=ID` link, or the
 * `urn:gloss:article:ID` an export uses for an article with no web address.
 */
export function glossArticleId(raw: string): string | null {
  const urn = /^urn:(?:x-)?gloss:article:([a-z0-9][a-z0-9-]{0,63})$/i.exec(raw.trim());
  if (urn) return urn[1]!.toLowerCase();
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'gloss:') return null;
    const id = url.searchParams.get('article');
    return id && /^[a-z0-9][a-z0-9-]{0,63}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}
