import { cleanLine } from './draft';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What sites put between a headline and their name: "Headline - Site", "Site | Headline". */
const SEPARATOR = /\s+[|\-–—:·•»/\\]{1,2}\s+/;

function same(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(a) === norm(b);
}

/**
 * The headline without the site's name (or a section's) before or after it. Only a part that is
 * the site's name, or that the page's own heading shows is not the headline, is cut: a headline
 * with a colon of its own ("Drought or deluge: How the valley…") keeps every word.
 */
export function cleanTitle(
  raw: string | null,
  opts: { siteName: string | null; headings: readonly string[]; pageText?: string },
): string | null {
  const title = cleanLine(raw);
  if (!title) return null;
  for (const h of opts.headings) if (same(h, title)) return cleanLine(h);
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  // The page's heading is one run of the parts: that run is the headline.
  for (const h of opts.headings) {
    if (h.length >= 10 && title.includes(h)) return cleanLine(h);
  }
  const shown = parts.find((p) => opts.headings.some((h) => same(h, p)));
  if (shown) return cleanLine(shown);
  const site = opts.siteName;
  // Without a known site name, a short end part the page shows elsewhere (its masthead, its
  // copyright line) is the site's name; a headline's own words are not repeated like that.
  const named = (p: string) =>
    site === null &&
    new RegExp(`^${escapeRe(p)}\\s+[|\\-–—·•»]|[|\\-–—·•»]\\s+${escapeRe(p)}$`).test(title) &&
    p.split(/\s+/).length <= 4 &&
    /^\p{Lu}/u.test(p) &&
    (opts.pageText?.split(p).length ?? 0) > 1;
  const isSite = (p: string) =>
    site !== null ? same(p, site) || same(p, site.replace(/\.\w+$/, '')) : named(p);
  let kept = parts.slice();
  if (kept.length > 1 && isSite(kept[kept.length - 1]!)) kept = kept.slice(0, -1);
  else if (kept.length > 1 && isSite(kept[0]!)) kept = kept.slice(1);
  if (kept.length === parts.length) return title;
  // What is left may still end with a section ("| Politics |"): the longest part is the headline.
  if (kept.length > 1) {
    const separators = title.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
    if (separators.every((s) => /[|·•»]/.test(s)))
      return kept.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return cleanLine(
    title.slice(
      title.indexOf(kept[0]!),
      title.lastIndexOf(kept[kept.length - 1]!) + kept[kept.length - 1]!.length,
    ),
  );
}

const BY = /^\s*(?:by|par|von|por|di|written by|posted by|words by|story by)\s*[:]?\s+/i;
const AFTER_NAMES =
  /(?:\s+|\s*[|•·,]\s*)(?:updated|published|posted|last updated|on)\b.*$|\s+\d{1,2}[:.]\d{2}.*$|\s*[|•·]\s*.*$/i;
const ROLE =
  /\s+(?:political|chief|senior|staff|foreign|economics|business|health|education|science|sports|city|legal|diplomatic|deputy)?\s*(?:correspondent|editor|reporter|writer|columnist|staff writer|contributor)\b.*$/i;

function titleCaseName(name: string): string {
  const names = name.replace(/\b(?:and|und|et|y)\b/g, '');
  if (names !== names.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase())
    .replace(/\bAnd\b/g, 'and');
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string | null {
  const list = [...new Set(names.map((n) => cleanLine(n)).filter((n): n is string => n !== null))];
  if (list.length === 0) return null;
  if (list.length === 1) return list[0]!;
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** "By MARIA LOPEZ and TOM CHEN | Updated 3:45 p.m." → "Maria Lopez and Tom Chen". */
export function cleanByline(raw: string | null): string | null {
  let line = cleanLine(raw);
  if (!line || /^(?:https?:)?\/\//i.test(line)) return null;
  line = line.replace(BY, '').replace(AFTER_NAMES, '').replace(ROLE, '').trim();
  line = line.replace(/\s*,\s*$/, '');
  if (!line || line.length > 120 || !/\p{L}/u.test(line)) return null;
  return titleCaseName(line);
}

/** The site's name as a page's `<title>` gives it beside the headline, for a page that names it nowhere else. */
export function siteFromTitle(docTitle: string | null, headline: string | null): string | null {
  if (!docTitle || !headline || docTitle === headline || !docTitle.includes(headline)) return null;
  const rest = docTitle
    .replace(headline, ' ')
    .replace(/^[\s|\-–—:·•»/\\]+|[\s|\-–—:·•»/\\]+$/g, '')
    .trim();
  return rest && rest.split(/\s+/).length <= 4 && !SEPARATOR.test(rest) ? rest : null;
}
