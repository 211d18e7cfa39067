import { ANALYZER_VERSION } from '../../../common/analysis/analyze';
import { applyCorrections } from '../../../common/analysis/corrections';
import type { Analysis, EntityType } from '../../../common/model/analysis';
import type { ArticleAnnotations } from '../../../common/model/annotation';
import type { Article, ArticleMeta } from '../../../common/model/article';
import { fold } from '../../../common/model/highlight-filter';
import type {
  AggregatePage,
  AnalysisProgress,
  ArticleRef,
  EntityQuery,
  EntityRow,
  MentionRef,
  PeopleQuery,
  PersonRow,
  QuotationRef,
} from '../../../common/model/views';
import { isPlainObject } from '../storage/json-file';
import { ArticleCache } from './article-cache';

const VERSION = 1;
/** Articles analyzed at once in the background: the worker stays busy, an opened article waits little. */
const AT_ONCE = 2;
const QUOTE_CHARS = 600;

/** What one article adds to the views, its corrections applied. */
interface ArticleRecord {
  speakers: { name: string; quotes: { start: number; end: number; text: string; sure: boolean }[] }[];
  entities: { name: string; type: EntityType; mentions: number; start: number; end: number }[];
}

export interface PeopleSource {
  list(): ArticleMeta[];
  article(id: string): Article;
  annotations(id: string): ArticleAnnotations | null;
  /** The article's analysis: the cached one, or one run now by the analysis runner. */
  analysis(article: Article): Promise<Analysis>;
  stampOf(articleId: string): number;
}

/**
 * Who is the same person across articles: the canonical name each article's analysis gives (the
 * fullest name it uses, so "Hajiyev" and "he" are already "Hikmet Hajiyev" there), compared with
 * case, accents and punctuation aside. A surname alone is not matched to a full name across
 * articles: two articles' "Mr. Li" are as likely two people as one.
 */
export const personKey = (name: string): string =>
  fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const entityKey = (type: EntityType, name: string) => `${type}:${personKey(name)}`;

export function recordOf(analysis: Analysis): ArticleRecord {
  const speakers = new Map<string, ArticleRecord['speakers'][number]>();
  for (const q of analysis.quotes) {
    if (!q.speakerName) continue;
    let s = speakers.get(q.speakerName);
    if (!s) speakers.set(q.speakerName, (s = { name: q.speakerName, quotes: [] }));
    const text = q.text.length > QUOTE_CHARS ? `${q.text.slice(0, QUOTE_CHARS - 1)}…` : q.text;
    s.quotes.push({ start: q.start, end: q.end, text, sure: q.speakerSure });
  }
  const first = new Map<string, { start: number; end: number }>();
  for (const m of analysis.mentions) if (!first.has(m.entityId)) first.set(m.entityId, m);
  const entities = analysis.entities.flatMap((e) => {
    const at = first.get(e.id);
    return at ? [{ name: e.name, type: e.type, mentions: e.mentionCount, start: at.start, end: at.end }] : [];
  });
  return { speakers: [...speakers.values()], entities };
}

interface Grouped<R, D> {
  rows: R[];
  detail: Map<string, D[]>;
}

/**
 * Every speaker and every entity across the library, from each article's analysis with the user's
 * corrections applied (a rejected quotation is gone, a changed speaker moved, merged entities
 * merged). Kept per article by the article cache and saved, remade when an article is re-imported,
 * removed or its corrections change; articles never analyzed are analyzed in the background, a few
 * at a time, and the views fill in as they come.
 */
export class PeopleAggregate {
  private readonly cache: ArticleCache<ArticleRecord>;
  private readonly queue: ArticleMeta[] = [];
  private readonly queued = new Set<string>();
  private readonly failed = new Set<string>();
  private progress: AnalysisProgress = { done: 0, total: 0 };
  private running: Promise<void> | null = null;
  private grouped: {
    generation: number;
    people: Grouped<PersonRow, QuotationRef>;
    entities: Grouped<EntityRow, MentionRef>;
  } | null = null;
  private closed = false;

  constructor(
    file: string,
    private readonly source: PeopleSource,
  ) {
    this.cache = new ArticleCache<ArticleRecord>(
      file,
      VERSION,
      source.stampOf,
      (v) => isPlainObject(v) && Array.isArray(v['speakers']) && Array.isArray(v['entities']),
    );
  }

  touch(articleId: string): void {
    this.cache.touch(articleId);
    this.failed.delete(articleId);
  }

  /** Starts on whatever is stale; answers how far the background work has come (null: all in). */
  private refresh(): { listed: ArticleMeta[]; analyzing: AnalysisProgress | null } {
    const listed = this.source.list();
    const stale = this.cache
      .stale(listed, (a) => `${a.contentHash}:${ANALYZER_VERSION}`)
      .filter((a) => !this.queued.has(a.id) && !this.failed.has(a.id));
    if (stale.length) {
      if (!this.running) this.progress = { done: 0, total: 0 };
      this.progress.total += stale.length;
      for (const a of stale) this.queued.add(a.id);
      // Runners still going take what joins the queue; otherwise new ones start.
      this.queue.push(...stale);
      this.running ??= this.work().finally(() => (this.running = null));
    }
    return { listed, analyzing: this.running ? { ...this.progress } : null };
  }

  private async work(): Promise<void> {
    const drain = async (): Promise<void> => {
      for (let a = this.queue.shift(); a && !this.closed; a = this.queue.shift()) {
        await this.make(a);
        this.queued.delete(a.id);
        this.progress.done++;
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, drain));
  }

  private async make(meta: ArticleMeta): Promise<void> {
    const since = this.cache.mark();
    try {
      const article = this.source.article(meta.id);
      const analysis = await this.source.analysis(article);
      const corrections = this.source.annotations(meta.id)?.corrections ?? [];
      const record = recordOf(applyCorrections(analysis, corrections, article.text));
      this.cache.set(meta.id, `${article.contentHash}:${ANALYZER_VERSION}`, record, since);
    } catch {
      // Removed meanwhile, or unreadable (said when it is opened): left out, not retried this session.
      this.failed.add(meta.id);
    }
  }

  /** Resolves when the background analysis has nothing left to do (tests, the bench). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private group(listed: ArticleMeta[]) {
    if (this.grouped?.generation === this.cache.generation) return this.grouped;
    const byId = new Map(listed.map((a) => [a.id, a]));
    const people = new Map<string, { row: PersonRow; names: Map<string, number>; refs: QuotationRef[] }>();
    const entities = new Map<string, { row: EntityRow; names: Map<string, number>; refs: MentionRef[] }>();
    const ref = (a: ArticleMeta): ArticleRef => ({ articleId: a.id, title: a.title, date: a.importedAt });
    const vote = (names: Map<string, number>, name: string, n: number) =>
      names.set(name, (names.get(name) ?? 0) + n);
    for (const [id, record] of this.cache.values()) {
      const a = byId.get(id);
      if (!a) continue;
      for (const s of record.speakers) {
        const key = personKey(s.name);
        if (!key) continue;
        let g = people.get(key);
        if (!g) {
          const row = { key, name: s.name, quotes: 0, articles: 0, first: a.importedAt, last: a.importedAt };
          people.set(key, (g = { row, names: new Map(), refs: [] }));
        }
        vote(g.names, s.name, s.quotes.length);
        g.row.quotes += s.quotes.length;
        g.row.articles++;
        if (a.importedAt < g.row.first) g.row.first = a.importedAt;
        if (a.importedAt > g.row.last) g.row.last = a.importedAt;
        for (const q of s.quotes) g.refs.push({ ...ref(a), ...q });
      }
      for (const e of record.entities) {
        const key = entityKey(e.type, e.name);
        let g = entities.get(key);
        if (!g) {
          const row = { key, name: e.name, type: e.type, mentions: 0, articles: 0 };
          entities.set(key, (g = { row, names: new Map(), refs: [] }));
        }
        vote(g.names, e.name, e.mentions);
        g.row.mentions += e.mentions;
        g.row.articles++;
        g.refs.push({ ...ref(a), mentions: e.mentions, start: e.start, end: e.end });
      }
    }
    const finish = <R extends { key: string; name: string }, D extends ArticleRef>(
      groups: Map<string, { row: R; names: Map<string, number>; refs: D[] }>,
      size: (r: R) => number,
    ): Grouped<R, D> => {
      const rows: R[] = [];
      const detail = new Map<string, D[]>();
      for (const g of groups.values()) {
        // The name written most often is the one shown.
        g.row.name = [...g.names].sort((x, y) => y[1] - x[1])[0]![0];
        rows.push(g.row);
        detail.set(
          g.row.key,
          g.refs.sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0)),
        );
      }
      rows.sort((x, y) => size(y) - size(x) || x.name.localeCompare(y.name));
      return { rows, detail };
    };
    this.grouped = {
      generation: this.cache.generation,
      people: finish(people, (r) => r.quotes),
      entities: finish(entities, (r) => r.articles * 1e6 + r.mentions),
    };
    return this.grouped;
  }

  private page<R extends { key: string }>(
    rows: R[],
    { query, offset, limit }: PeopleQuery,
    analyzing: AnalysisProgress | null,
    keep: (r: R) => boolean = () => true,
  ): AggregatePage<R> {
    const words = personKey(query).split(' ').filter(Boolean);
    // The key is the name as compared (an entity's after its type): no name is folded per query.
    const fits = rows.filter(
      (r) => keep(r) && words.every((w) => r.key.slice(r.key.indexOf(':') + 1).includes(w)),
    );
    return { rows: fits.slice(offset, offset + limit), matched: fits.length, analyzing };
  }

  people(query: PeopleQuery): AggregatePage<PersonRow> {
    const { listed, analyzing } = this.refresh();
    return this.page(this.group(listed).people.rows, query, analyzing);
  }

  quotations(key: string): QuotationRef[] {
    const { listed } = this.refresh();
    return this.group(listed).people.detail.get(key) ?? [];
  }

  entities(query: EntityQuery): AggregatePage<EntityRow> {
    const { listed, analyzing } = this.refresh();
    return this.page(this.group(listed).entities.rows, query, analyzing, (r) =>
      query.type === null ? true : r.type === query.type,
    );
  }

  mentions(key: string): MentionRef[] {
    const { listed } = this.refresh();
    return this.group(listed).entities.detail.get(key) ?? [];
  }

  close(): void {
    this.closed = true;
    this.cache.trySave();
  }
}
