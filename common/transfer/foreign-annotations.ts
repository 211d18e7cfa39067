/**
 * Annotations made elsewhere, read into one shape: W3C Web Annotation JSON-LD (an
 * AnnotationCollection, an AnnotationPage, a list of Annotations or one) and Hypothesis's JSON
 * (the client's export, `{export_date, annotations: [...]}`, or the API's `{rows: [...]}`). Only
 * what Gloss can use is read: the page's address, the quote and position selectors, notes, tags and
 * times. Anything else in the file is ignored; a record that cannot be read at all is counted, with
 * the reason, never silently passed over.
 */
import { HIGHLIGHT_COLORS, MAX_NOTE_CHARS, type HighlightColor } from '../model/annotation';
import { MAX_TAGS } from '../model/library';

export const MAX_FOREIGN_ANNOTATIONS = 100_000;
const MAX_EXACT_CHARS = 200_000;
const MAX_CONTEXT_CHARS = 1000;

export type ForeignKind = 'w3c' | 'hypothesis';

export interface ForeignAnnotation {
  /** Its id in the file (or its place there): what makes importing it again change nothing. */
  ref: string;
  /** The annotated page's address as written, or null. */
  source: string | null;
  /** The page's title where the file gives one, to name it in the summary. */
  title: string | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  /**
   * A hint only: offsets into another rendition of the page, in code points as the W3C model
   * counts them, or in UTF-16 units as Hypothesis (a browser's DOM) does.
   */
  position: { start: number; end: number; units: 'code-points' | 'utf16' } | null;
  note: string;
  tags: string[];
  color: HighlightColor | null;
  created: string | null;
  modified: string | null;
  /** Hypothesis: the annotation this one replies to. */
  replyTo: string | null;
}

export interface ForeignRead {
  kind: ForeignKind;
  annotations: ForeignAnnotation[];
  /** Records that could not be read, each with why. */
  unreadable: { ref: string; why: string }[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const types = (o: Obj): string[] =>
  list(o.type ?? o['@type']).filter((t): t is string => typeof t === 'string');

/** Which of the two the parsed JSON is, or null for neither. */
export function foreignKind(json: unknown): ForeignKind | null {
  if (isObj(json) && (Array.isArray(json.annotations) || Array.isArray(json.rows))) return 'hypothesis';
  const first = Array.isArray(json) ? json[0] : json;
  if (!isObj(first)) return null;
  const t = types(first);
  if (t.some((x) => ['Annotation', 'AnnotationCollection', 'AnnotationPage'].includes(x))) return 'w3c';
  if ('@context' in first) return 'w3c';
  if ('uri' in first && Array.isArray(first.target)) return 'hypothesis';
  return null;
}

/** A tag as the library keeps them: trimmed, no comma or line break, 1 to 60 characters. */
function cleanTags(raw: unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of raw) {
    if (typeof r !== 'string') continue;
    const t = r
      .replace(/[,\s]+/g, ' ')
      .trim()
      .slice(0, 60)
      .trim();
    if (t && !seen.has(t.toLocaleLowerCase()) && out.length < MAX_TAGS) {
      seen.add(t.toLocaleLowerCase());
      out.push(t);
    }
  }
  return out;
}

interface Selectors {
  quote: ForeignAnnotation['quote'];
  position: ForeignAnnotation['position'];
}

function readSelectors(raw: unknown, units: 'code-points' | 'utf16'): Selectors {
  let quote: ForeignAnnotation['quote'] = null;
  let position: ForeignAnnotation['position'] = null;
  for (const s of list(raw)) {
    if (!isObj(s)) continue;
    const t = types(s);
    if (t.includes('TextQuoteSelector') && !quote) {
      const exact = str(s.exact);
      if (exact && exact.length <= MAX_EXACT_CHARS)
        quote = {
          exact,
          // Only the context nearest the quote is worth keeping.
          prefix: (str(s.prefix) ?? '').slice(-MAX_CONTEXT_CHARS),
          suffix: (str(s.suffix) ?? '').slice(0, MAX_CONTEXT_CHARS),
        };
    } else if (t.includes('TextPositionSelector') && !position) {
      const { start, end } = s;
      if (Number.isSafeInteger(start) && Number.isSafeInteger(end) && (start as number) >= 0)
        if ((end as number) > (start as number) && (end as number) <= 1_000_000_000)
          position = { start: start as number, end: end as number, units };
    }
  }
  return { quote, position };
}

const colorOf = (v: unknown): HighlightColor | null =>
  typeof v === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(v) ? (v as HighlightColor) : null;

/** Why an annotation is more than Gloss keeps, or null: a quote or a note past the model's limits. */
function tooLong(note: string, target: unknown): string | null {
  if (note.length > MAX_NOTE_CHARS)
    return `its note is longer than ${MAX_NOTE_CHARS.toLocaleString('en')} characters`;
  const exact = isObj(target)
    ? list(target.selector).find(
        (s) => isObj(s) && typeof s.exact === 'string' && s.exact.length > MAX_EXACT_CHARS,
      )
    : undefined;
  return exact ? `its quote is longer than ${MAX_EXACT_CHARS.toLocaleString('en')} characters` : null;
}

function readW3c(a: unknown, at: number): ForeignAnnotation | { ref: string; why: string } {
  const ref = isObj(a) ? (str(a.id) ?? str(a['@id']) ?? `#${at + 1}`) : `#${at + 1}`;
  if (!isObj(a)) return { ref, why: 'it is not an annotation object' };
  const target = list(a.target).find((t) => isObj(t) || typeof t === 'string');
  if (target === undefined) return { ref, why: 'it has no target' };
  const source = typeof target === 'string' ? target : (str(target.source) ?? str(target.id) ?? null);
  const { quote, position } = isObj(target)
    ? readSelectors(target.selector, 'code-points')
    : { quote: null, position: null };
  const notes: string[] = [];
  const tags: unknown[] = [];
  // Gloss's own export names the color as the target's style class (W3C §4.4).
  let color = isObj(target) ? colorOf(target.styleClass) : null;
  if (typeof a.bodyValue === 'string') notes.push(a.bodyValue);
  const motivations = list(a.motivation);
  for (const b of list(a.body)) {
    if (typeof b === 'string') continue; // a link to a body elsewhere: nothing to read here
    if (!isObj(b)) continue;
    const value = str(b.value);
    const purpose = list(b.purpose);
    if (value === null) continue;
    if (purpose.includes('tagging') || (!purpose.length && motivations.includes('tagging'))) tags.push(value);
    else if (purpose.includes('highlighting') || purpose.includes('classifying')) color ??= colorOf(value);
    else notes.push(value);
  }
  const note = notes.join('\n\n');
  const long = tooLong(note, target);
  if (long) return { ref, why: long };
  return {
    ref,
    source,
    title: null,
    quote,
    position,
    note,
    tags: cleanTags(tags),
    color,
    created: str(a.created),
    modified: str(a.modified) ?? str(a.created),
    replyTo: null,
  };
}

function readHypothesis(a: unknown, at: number): ForeignAnnotation | { ref: string; why: string } {
  const ref = isObj(a) ? (str(a.id) ?? `#${at + 1}`) : `#${at + 1}`;
  if (!isObj(a)) return { ref, why: 'it is not an annotation object' };
  const target = list(a.target).find(isObj);
  const source = str(a.uri) ?? (target ? str(target.source) : null);
  const { quote, position } = target
    ? readSelectors(target.selector, 'utf16')
    : { quote: null, position: null };
  const note = str(a.text) ?? '';
  const long = tooLong(note, target);
  if (long) return { ref, why: long };
  const references = list(a.references).filter((r): r is string => typeof r === 'string');
  const doc = isObj(a.document) ? a.document : {};
  return {
    ref,
    source,
    title: str(list(doc.title)[0]),
    quote,
    position,
    note,
    tags: cleanTags(list(a.tags)),
    color: null,
    created: str(a.created),
    modified: str(a.updated) ?? str(a.created),
    replyTo: references.at(-1) ?? null,
  };
}

/** The annotations of a W3C collection, page or list. */
function w3cItems(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObj(json)) return [];
  const t = types(json);
  if (t.includes('AnnotationCollection')) {
    if (Array.isArray(json.items)) return json.items;
    // Pages embedded one after another (`first`, then each page's `next`).
    const out: unknown[] = [];
    let page: unknown = json.first;
    for (let n = 0; isObj(page) && n < 10_000; n++, page = page.next) out.push(...list(page.items));
    return out;
  }
  if (t.includes('AnnotationPage')) return list(json.items);
  return [json];
}

export function readForeign(json: unknown): ForeignRead | null {
  const kind = foreignKind(json);
  if (!kind) return null;
  const items =
    kind === 'w3c'
      ? w3cItems(json)
      : Array.isArray(json)
        ? json
        : list((json as Obj).annotations ?? (json as Obj).rows);
  const annotations: ForeignAnnotation[] = [];
  const unreadable: { ref: string; why: string }[] = [];
  items.slice(0, MAX_FOREIGN_ANNOTATIONS).forEach((item, at) => {
    const read = kind === 'w3c' ? readW3c(item, at) : readHypothesis(item, at);
    if ('why' in read) unreadable.push(read);
    else annotations.push(read);
  });
  if (items.length > MAX_FOREIGN_ANNOTATIONS)
    unreadable.push({
      ref: `#${MAX_FOREIGN_ANNOTATIONS + 1}…`,
      why: `only the first ${MAX_FOREIGN_ANNOTATIONS.toLocaleString('en')} annotations of a file are read`,
    });
  return { kind, annotations, unreadable };
}
