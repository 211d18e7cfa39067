import { statSync } from 'node:fs';
import path from 'node:path';
import MiniSearch, { type AsPlainObject, type SearchOptions, type SearchResult } from 'minisearch';
import { z } from 'zod';
import type { ArticleAnnotations } from '../../../common/model/annotation';
import type { Article, ArticleMeta } from '../../../common/model/article';
import { SEARCH_LIST_LIMIT, type SearchHit, type SearchQuery } from '../../../common/model/search';
import type { NoticeBoard } from '../notices';
import { annotationStamp } from '../aggregate/stamp';
import { quarantineFile, readJson, writeJsonAtomic } from '../storage/json-file';
import { documentsOf, fieldOf, INDEXED_FIELDS, STORED_FIELDS, type SearchDocument } from './documents';
import { matchesIn, SNIPPET_CHARS, snippetOf } from './snippet';
import { normalizeTerm, tokenize } from '../../../common/text/terms';

/** Where the index reads articles and annotations from: the library and annotation services. */
export interface SearchSource {
  list(): ArticleMeta[];
  /** Changes whenever the list may have (an article added, changed or removed). */
  revision(): number;
  article(id: string): Article;
  annotations(id: string): ArticleAnnotations;
  /** The article's folder, whose annotation files' times tell what changed while the index was not saved. */
  articleDir(id: string): string;
}

const VERSION = 4;
const SAVE_AFTER_MS = 3000;
const DEFAULT_LIMIT = 20;

const manifestSchema = z.object({
  version: z.literal(VERSION),
  /** Written with the index too: a manifest and an index of different saves are not used together. */
  generation: z.number(),
  /**
   * Per article: the text version and the annotation files' time it was indexed at, and the ids of
   * its documents (MiniSearch discards by id and cannot list an article's).
   */
  articles: z.record(
    z.string(),
    z.object({
      hash: z.string(),
      stamp: z.number(),
      docs: z.array(z.string()),
      highlights: z.number(),
      notes: z.number(),
    }),
  ),
});
type Manifest = z.infer<typeof manifestSchema>;
const indexFileSchema = z.object({ generation: z.number(), index: z.record(z.string(), z.unknown()) });
type Counts = { highlights: number; notes: number };

function countsOf(annotations: ArticleAnnotations): Counts {
  return {
    highlights: annotations.highlights.length,
    notes:
      annotations.highlights.filter((h) => h.note.trim()).length + (annotations.articleNote.trim() ? 1 : 0),
  };
}

const SEARCH_OPTIONS = {
  // The last word is being typed: a prefix, from 2 letters (one letter would expand to a
  // twentieth of the vocabulary, and finds little anyone typed it for).
  prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 2,
  combineWith: 'AND',
  boost: { title: 3 },
} as const;
/**
 * Longer words forgive a typo. Searching every word's neighbours is what made a query slow (a
 * common 6-letter word has dozens), so the search asks for them only when the words as typed
 * find fewer results than it shows.
 */
const FUZZY = { fuzzy: (term: string) => (term.length > 5 ? 0.15 : false) } as const;

/** Article texts kept for snippets: the next search usually shows the same articles again. */
const TEXTS_KEPT = 300;

const options = {
  fields: [...INDEXED_FIELDS],
  storeFields: [...STORED_FIELDS],
  // The stored quote and note are the document's own text and note, under names of their own.
  extractField: (doc: SearchDocument, field: string): string | number | null | undefined =>
    field === 'quote'
      ? doc.highlightId
        ? doc.text
        : undefined
      : field === 'noteText'
        ? doc.title
          ? undefined
          : doc.note || undefined
        : (doc as unknown as Record<string, string | number | null | undefined>)[field],
  tokenize,
  processTerm: normalizeTerm,
};

/**
 * Full-text search over the library with MiniSearch: article titles and text, highlights, notes.
 * Kept in step incrementally (an article whose text version changed is re-indexed, one removed is
 * discarded, one whose annotations were touched is re-indexed before the next search), persisted
 * under library/search/ and rebuilt from the articles when missing or damaged.
 */
export class SearchService {
  private mini: MiniSearch<SearchDocument> | null = null;
  private manifest: Manifest = { version: VERSION, generation: 0, articles: {} };
  private manifestRead = false;
  /** Counts of articles touched or new since they were indexed, read from their annotations. */
  private readonly fresh = new Map<string, Counts>();
  private readonly touched = new Set<string>();
  private readonly texts = new Map<string, string>();
  private saveTimer: NodeJS.Timeout | null = null;
  private unsaved = false;
  /** How the index came to be this session: for the bench and the tests. */
  loadedFrom: 'disk' | 'rebuilt' | null = null;

  private damageTold = false;
  /** The library revision last listed, and the titles of that list. */
  private listedAt: number | null = null;
  private titles = new Map<string, string>();

  constructor(
    private readonly userDataDir: string,
    private readonly source: SearchSource,
    private readonly notices: NoticeBoard,
    private readonly saveAfterMs = SAVE_AFTER_MS,
  ) {}

  /**
   * The index (large, read on the first search) and its manifest (small: what is indexed, and the
   * counts the library view shows without loading the index), each naming the save they are of.
   */
  get file(): string {
    return path.join(this.userDataDir, 'library', 'search', 'index.json');
  }

  private get manifestFile(): string {
    return path.join(this.userDataDir, 'library', 'search', 'manifest.json');
  }

  /** Tells the index an article's highlights or notes changed; re-indexed before the next search. */
  touch(articleId: string): void {
    this.touched.add(articleId);
    this.fresh.delete(articleId);
  }

  search(query: SearchQuery): SearchHit[] {
    const { mini, titles } = this.current();
    if (tokenize(query.query).length === 0) return [];
    const only = query.articleIds ? new Set(query.articleIds) : null;
    const fields = query.fields ? new Set(query.fields) : null;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const options = {
      ...SEARCH_OPTIONS,
      ...(only ? { filter: (r: SearchResult) => only.has(r['articleId'] as string) } : {}),
    };
    const results = this.results(mini, query.query, options, limit);
    const hits: SearchHit[] = [];
    for (const r of results) {
      if (hits.length >= limit) break;
      const hit = this.hitOf(r, titles);
      if (hit && (!fields || fields.has(hit.field))) hits.push(hit);
    }
    return hits;
  }

  /**
   * Every article the query finds, in its title, text, highlights or notes, best first: what a
   * researcher exports after a search. The same words and fallback as the results list, unlimited.
   */
  articlesFound(query: string): string[] {
    const { mini, titles } = this.current();
    if (tokenize(query).length === 0) return [];
    const ids = new Set<string>();
    for (const r of this.results(mini, query, SEARCH_OPTIONS, SEARCH_LIST_LIMIT)) {
      const id = r['articleId'] as string;
      if (titles.has(id)) ids.add(id);
    }
    return [...ids];
  }

  /** Exact matches, or fuzzy ones too when the exact are fewer than a list shows. */
  private results(
    mini: MiniSearch<SearchDocument>,
    query: string,
    options: SearchOptions,
    enough: number,
  ): SearchResult[] {
    const results = mini.search(query, options);
    return results.length < enough ? mini.search(query, { ...options, ...FUZZY }) : results;
  }

  /**
   * Every highlight the words find (in its text, note or tags), as `articleId/highlightId` with its
   * score, best first: the review view filters and ranks its own rows by it, so no snippet is made
   * and no article text read.
   */
  highlightScores(words: string): Map<string, number> {
    const { mini } = this.current();
    const out = new Map<string, number>();
    if (tokenize(words).length === 0) return out;
    const results = mini.search(words, {
      ...SEARCH_OPTIONS,
      ...FUZZY,
      filter: (r) => r['highlightId'] != null,
    });
    for (const r of results) out.set(`${r['articleId'] as string}/${r['highlightId'] as string}`, r.score);
    return out;
  }

  private hitOf(r: SearchResult, titles: ReadonlyMap<string, string>): SearchHit | null {
    const articleId = r['articleId'] as string;
    const highlightId = (r['highlightId'] as string | null) ?? null;
    const title = titles.get(articleId);
    if (title === undefined) return null;
    const terms = new Set(Object.keys(r.match));
    const matchedIn = new Set(Object.values(r.match).flat());
    const indexField = highlightId
      ? matchedIn.has('note')
        ? 'note'
        : 'text'
      : matchedIn.has('text')
        ? 'text'
        : matchedIn.has('note')
          ? 'note'
          : 'title';
    const field = fieldOf(indexField, highlightId);
    const base = { articleId, highlightId, field, title, score: r.score };
    if (field === 'title') {
      return { ...base, snippet: snippetOf(title, matchesIn(title, terms)), match: null };
    }
    if (field === 'text') {
      const text = this.textOf(articleId);
      const found = matchesIn(text, terms, SNIPPET_CHARS);
      const first = found[0];
      return {
        ...base,
        snippet: snippetOf(text, found),
        match: first ? { start: first.start, end: first.end } : null,
      };
    }
    const stored = (k: string) => (r[k] as string | undefined) ?? '';
    if (field === 'articleNote') {
      const note = stored('noteText');
      return { ...base, snippet: snippetOf(note, matchesIn(note, terms)), match: null };
    }
    const shown = field === 'note' ? stored('noteText') : stored('quote');
    return {
      ...base,
      snippet: snippetOf(shown, matchesIn(shown, terms)),
      match: { start: r['start'] as number, end: r['end'] as number },
    };
  }

  /** The article's text, from the few kept or read (and kept, the oldest let go). */
  private textOf(id: string): string {
    const kept = this.texts.get(id);
    if (kept !== undefined) {
      this.texts.delete(id);
      this.texts.set(id, kept);
      return kept;
    }
    const { text } = this.source.article(id);
    this.texts.set(id, text);
    if (this.texts.size > TEXTS_KEPT) this.texts.delete(this.texts.keys().next().value!);
    return text;
  }

  /**
   * The index, brought up to date with the library and the touched articles, and each article's
   * title. The library is listed (10,000 entries copied and sorted) only when it changed since.
   */
  private current(): { mini: MiniSearch<SearchDocument>; titles: ReadonlyMap<string, string> } {
    const mini = this.mini ?? this.load();
    const revision = this.source.revision();
    if (revision !== this.listedAt) {
      const listed = this.source.list();
      this.titles = new Map(listed.map((a) => [a.id, a.title]));
      for (const id of Object.keys(this.manifest.articles)) if (!this.titles.has(id)) this.discard(mini, id);
      for (const a of listed) {
        const known = this.manifest.articles[a.id];
        if (!known || known.hash !== a.contentHash || this.touched.has(a.id)) this.reindex(mini, a.id);
      }
      this.listedAt = revision;
    } else for (const id of this.touched) if (this.titles.has(id)) this.reindex(mini, id);
    this.touched.clear();
    return { mini, titles: this.titles };
  }

  private readManifest(): void {
    if (this.manifestRead) return;
    this.manifestRead = true;
    const read = readJson(this.manifestFile, manifestSchema);
    if (read.kind === 'damaged') this.setAside(this.manifestFile);
    if (read.kind !== 'ok') return;
    this.manifest = read.value;
    // Annotations changed while the index was not saved (a crash, a quit inside the delay).
    for (const [id, { stamp }] of Object.entries(this.manifest.articles))
      if (this.stampOf(id) !== stamp) this.touched.add(id);
  }

  private load(): MiniSearch<SearchDocument> {
    this.readManifest();
    const read = readJson(this.file, indexFileSchema);
    if (read.kind === 'ok' && read.value.generation === this.manifest.generation) {
      try {
        this.mini = MiniSearch.loadJS<SearchDocument>(read.value.index as AsPlainObject, options);
        this.loadedFrom = 'disk';
        return this.mini;
      } catch {
        // an index MiniSearch will not load is damaged: rebuilt below from the articles
        this.setAside(this.file);
      }
    }
    // An index of another save than its manifest (a crash between the two writes) is only stale.
    if (read.kind === 'damaged') this.setAside(this.file);
    this.mini = new MiniSearch<SearchDocument>(options);
    this.manifest = { version: VERSION, generation: 0, articles: {} };
    this.loadedFrom = 'rebuilt';
    this.unsaved = true;
    return this.mini;
  }

  /**
   * A damaged index or manifest is kept in quarantine like every damaged file, and said once: unlike
   * the other caches, rebuilding the index makes the next search wait (seconds in a large library).
   */
  private setAside(file: string): void {
    let kept: string;
    try {
      kept = path.basename(quarantineFile(this.userDataDir, file));
    } catch {
      // a read-only profile: the index is rebuilt in memory all the same
      kept = '';
    }
    if (this.damageTold) return;
    this.damageTold = true;
    this.notices.add(
      'info',
      `The library’s search index was damaged${kept ? ` and was set aside as ${kept} in the quarantine folder` : ''}. Gloss rebuilt it from your articles, highlights and notes, so the first search took longer; nothing of yours was affected.`,
    );
  }

  private reindex(mini: MiniSearch<SearchDocument>, id: string): void {
    this.discard(mini, id);
    this.texts.delete(id);
    let article: Article;
    let annotations: ArticleAnnotations;
    try {
      article = this.source.article(id);
      annotations = this.source.annotations(id);
    } catch {
      // An article that cannot be read is reported when it is opened; it is simply not found.
      return;
    }
    this.fresh.delete(id);
    const docs = documentsOf(article, annotations);
    // A document the manifest lost track of would make addAll throw on its id.
    for (const d of docs) if (mini.has(d.id)) mini.discard(d.id);
    mini.addAll(docs);
    this.manifest.articles[id] = {
      hash: article.contentHash,
      stamp: this.stampOf(id),
      docs: docs.map((d) => d.id),
      ...countsOf(annotations),
    };
    this.changed();
  }

  private discard(mini: MiniSearch<SearchDocument>, id: string): void {
    const known = this.manifest.articles[id];
    if (!known) return;
    for (const docId of known.docs) if (mini.has(docId)) mini.discard(docId);
    delete this.manifest.articles[id];
    this.changed();
  }

  private stampOf(id: string): number {
    return annotationStamp(this.source.articleDir(id));
  }

  private changed(): void {
    this.unsaved = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), this.saveAfterMs);
    this.saveTimer.unref();
  }

  save(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.mini || !this.unsaved) return;
    const generation = Math.max(Date.now(), this.manifest.generation + 1);
    writeJsonAtomic(this.file, { generation, index: this.mini.toJSON() });
    this.manifest.generation = generation;
    writeJsonAtomic(this.manifestFile, this.manifest);
    this.unsaved = false;
  }

  /** Brings the index up to date now (at start-up, off the first search's time) and saves it. */
  warm(): void {
    this.current();
    this.save();
  }

  /**
   * Each article's highlight and note count, for the library view: from the manifest (the index
   * reads every article's annotations anyway), without loading the index itself; an article
   * touched or new since it was indexed is counted from its annotations.
   */
  counts(ids: readonly string[]): Map<string, Counts> {
    this.readManifest();
    const out = new Map<string, Counts>();
    for (const id of ids) {
      const known = this.manifest.articles[id];
      if (known && !this.touched.has(id)) {
        out.set(id, { highlights: known.highlights, notes: known.notes });
        continue;
      }
      let counts = this.fresh.get(id);
      if (!counts) {
        try {
          counts = countsOf(this.source.annotations(id));
        } catch {
          counts = { highlights: 0, notes: 0 };
        }
        this.fresh.set(id, counts);
      }
      out.set(id, counts);
    }
    return out;
  }

  /** Size of the saved index in bytes, for the bench. */
  sizeOnDisk(): number {
    return statSync(this.file).size + statSync(this.manifestFile).size;
  }

  close(): void {
    try {
      this.save();
    } catch {
      // derived data: a failed save means a rebuild or catch-up next start, never a loss
    }
  }
}
