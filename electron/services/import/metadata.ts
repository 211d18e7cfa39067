import { cleanLine } from './draft';

/** What a page says about itself, each field from the most reliable place that has it. */
export interface PageMeta {
  /** The headline as the page's metadata gives it (still with a site name, if it put one there). */
  headline: string | null;
  /** The document's `<title>`. */
  docTitle: string | null;
  authors: string[];
  published: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** The article body from structured data (JSON-LD `articleBody`), for pages that render it by script. */
  articleBody: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|Report|LiveBlogPosting|Posting)$/;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return cleanLine(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v['name'] ?? v['@value'] ?? v['url']);
  return null;
}

function names(v: Json | undefined): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list.map((x) => (isObject(x) ? str(x['name']) : str(x))).filter((x): x is string => x !== null);
}

/** Every object in a JSON-LD value, `@graph`s and arrays flattened, depth-first. */
function* objectsIn(v: Json, depth = 0): Generator<JsonObject> {
  if (depth > 6) return;
  if (Array.isArray(v)) for (const x of v) yield* objectsIn(x, depth + 1);
  else if (isObject(v)) {
    yield v;
    if (Array.isArray(v['@graph'])) yield* objectsIn(v['@graph'], depth + 1);
  }
}

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
  } catch {
    return undefined;
  }
}

function jsonLdArticle(doc: Document): { article: JsonObject | null; site: string | null } {
  let article: JsonObject | null = null;
  let site: string | null = null;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const json = parseJson(script.textContent ?? '');
    if (json === undefined) continue;
    for (const o of objectsIn(json)) {
      const t = types(o);
      if (!article && t.some((x) => ARTICLE_TYPE.test(x))) article = o;
      if (!site && t.includes('WebSite')) site = str(o['name']);
    }
  }
  return { article, site };
}

/**
 * The page's `<meta property|name|itemprop="key" content>` values by key, read in one pass: the
 * first of several keys that has a value, or every value of one.
 */
function metaIndex(doc: Document) {
  const byKey = new Map<string, string[]>();
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const k = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const v = cleanLine(m.getAttribute('content'));
    if (k && v) byKey.set(k, [...(byKey.get(k) ?? []), v]);
  }
  const all = (key: string): string[] => byKey.get(key) ?? [];
  const first = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = all(k)[0];
      if (v) return v;
    }
    return null;
  };
  return { all, first };
}

const URL_LIKE = /^(?:https?:)?\/\//i;

/** "Moyo, Tendai" (how citation_author writes a name) → "Tendai Moyo". */
function citationName(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  return m ? `${m[2]!.trim()} ${m[1]!.trim()}` : name;
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

export function readMetadata(doc: Document): PageMeta {
  const { article, site } = jsonLdArticle(doc);
  const metas = metaIndex(doc);
  const ld = article ?? {};
  const publisher = isObject(ld['publisher']) ? str(ld['publisher']['name']) : str(ld['publisher']);
  const ldAuthors = names(ld['author'] ?? ld['creator']);
  const metaAuthors = [
    ...metas.all('author'),
    ...metas.all('article:author'),
    ...metas.all('parsely-author'),
    ...metas.all('dc.creator'),
  ].filter((a) => !URL_LIKE.test(a));
  const citationAuthors = metas.all('citation_author').map(citationName);
  const canonical =
    doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ??
    metas.first('og:url') ??
    str(ld['url']) ??
    (isObject(ld['mainEntityOfPage']) ? str(ld['mainEntityOfPage']['@id']) : str(ld['mainEntityOfPage']));
  return {
    headline:
      str(ld['headline']) ??
      metas.first('citation_title') ??
      metas.first('og:title', 'twitter:title', 'dc.title', 'parsely-title') ??
      str(ld['name']),
    docTitle: cleanLine(doc.title),
    authors: ldAuthors.length
      ? ldAuthors
      : citationAuthors.length
        ? citationAuthors
        : metaAuthors.slice(0, 1),
    published: normalizeDate(
      str(ld['datePublished']) ??
        metas.first(
          'article:published_time',
          'citation_publication_date',
          'citation_date',
          'dc.date',
          'date',
          'pubdate',
          'publish-date',
          'parsely-pub-date',
        ) ??
        str(ld['dateCreated']),
    ),
    siteName:
      metas.first('og:site_name') ??
      publisher ??
      site ??
      metas.first('citation_journal_title', 'application-name', 'twitter:site:name'),
    canonicalUrl: absoluteUrl(canonical, doc.baseURI === 'about:blank' ? null : doc.baseURI),
    articleBody: typeof ld['articleBody'] === 'string' ? ld['articleBody'] : null,
  };
}

/** "2025/03/02" (citation style) → "2025-03-02"; an ISO date or date-time is kept as written. */
export function normalizeDate(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v);
  if (slashed) return `${slashed[1]}-${slashed[2]!.padStart(2, '0')}-${slashed[3]!.padStart(2, '0')}`;
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
