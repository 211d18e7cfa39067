import { escapeHtml } from './dom';
import { cleanLine } from './draft';
import { joinNames } from './title-byline';

/**
 * An article a page renders by script: its text is only in the JSON state the page ships for its
 * scripts (`__NEXT_DATA__`, `window.__INITIAL_STATE__ = {…}`). Nothing is run: the JSON is parsed
 * as data and searched for the object that holds the most body text.
 */
export interface ScriptArticle {
  headline: string | null;
  byline: string | null;
  published: string | null;
  /** The body as HTML paragraphs (escaped text, or the state's own HTML, sanitized later like any page). */
  bodyHtml: string;
  words: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const BODY_KEYS = ['body', 'articleBody', 'content', 'blocks', 'paragraphs', 'text', 'html', 'bodyHtml'];
const HEADLINE_KEYS = ['headline', 'title'];
const BYLINE_KEYS = ['byline', 'author', 'authors'];
const DATE_KEYS = ['publishedAt', 'datePublished', 'published', 'publishDate', 'firstPublished'];
const ASSIGNED_STATE = /^\s*(?:window\.)?__[A-Z_]+__\s*=\s*(\{[\s\S]*\})\s*;?\s*$/;
const MAX_STATE_CHARS = 5_000_000;

function words(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length;
}

function stateTexts(doc: Document): string[] {
  const out: string[] = [];
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    const text = s.textContent ?? '';
    if (text.length > MAX_STATE_CHARS || type === 'application/ld+json') continue;
    if (type === 'application/json') out.push(text);
    else if (type === '' || type.includes('javascript')) {
      const m = ASSIGNED_STATE.exec(text);
      if (m) out.push(m[1]!);
    }
  }
  return out;
}

/** A body value as paragraphs: a string (HTML or text), or a list of strings or blocks with text. */
function paragraphsOf(v: Json): string[] | null {
  if (typeof v === 'string') {
    if (/<p[\s>]/i.test(v)) return [v];
    const paras = v.split(/\n\s*\n|\n/).map((p) => p.trim());
    return paras.filter(Boolean).map((p) => `<p>${escapeHtml(p)}</p>`);
  }
  if (!Array.isArray(v)) return null;
  const out: string[] = [];
  for (const item of v) {
    if (typeof item === 'string') out.push(`<p>${escapeHtml(item)}</p>`);
    else if (item && typeof item === 'object' && !Array.isArray(item)) {
      const html = item['html'];
      const text = item['text'] ?? item['content'];
      if (typeof html === 'string') out.push(html);
      else if (typeof text === 'string') out.push(`<p>${escapeHtml(text)}</p>`);
    }
  }
  return out.length ? out : null;
}

function firstString(o: { [key: string]: Json }, keys: string[]): string | null {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && cleanLine(v)) return cleanLine(v);
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v['name'] === 'string')
      return cleanLine(v['name']);
    if (Array.isArray(v)) {
      const names = v
        .map((x) =>
          typeof x === 'string' ? x : x && typeof x === 'object' && !Array.isArray(x) ? x['name'] : null,
        )
        .filter((x): x is string => typeof x === 'string');
      if (names.length) return joinNames(names);
    }
  }
  return null;
}

export function scriptArticle(doc: Document): ScriptArticle | null {
  let best: ScriptArticle | null = null;
  for (const text of stateTexts(doc)) {
    let json: Json;
    try {
      json = JSON.parse(text) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [json];
    let visited = 0;
    while (stack.length && visited++ < 100_000) {
      const v = stack.pop()!;
      if (!v || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        stack.push(...v);
        continue;
      }
      for (const key of BODY_KEYS) {
        const paras = v[key] === undefined ? null : paragraphsOf(v[key]);
        if (!paras) continue;
        const bodyHtml = paras.join('');
        const n = words(bodyHtml.replace(/<[^>]*>/g, ' '));
        if (n > (best?.words ?? 0))
          best = {
            headline: firstString(v, HEADLINE_KEYS),
            byline: firstString(v, BYLINE_KEYS),
            published: firstString(v, DATE_KEYS),
            bodyHtml,
            words: n,
          };
      }
      stack.push(...Object.values(v));
    }
  }
  return best;
}
