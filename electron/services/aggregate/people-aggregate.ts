import { ANALYZER_VERSION } from '../../../common/analysis/analyze';
import { applyCorrections } from '../../../common/analysis/corrections';
import { namedByDescription } from '../../../common/analysis/speakers';
import type { Analysis, EntityType } from '../../../common/model/analysis';
import type { ArticleAnnotations } from '../../../common/model/annotation';
import type { Article, ArticleMeta } from '../../../common/model/article';
import { fold } from '../../../common/model/highlight-filter';
import { DETAIL_MAX } from '../../../common/model/views';
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

const VERSION = 4;
/** Articles analyzed at once in the background: the worker stays busy, an opened article waits little. */
const AT_ONCE = 2;
const QUOTE_CHARS = 600;
const REGROUP_MS = 3000;

/** What one article adds to the views, its corrections applied. */
interface ArticleRecord {
  /** Each with the key that groups it across articles, made once here rather than per grouping. */
  speakers: {
    key: string;
    name: string;
    quotes: { start: number; end: number; text: string; sure: boolean }[];
  }[];
  entities: { key: string; name: string; type: EntityType; mentions: number; start: number; end: number }[];
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

/** What one article adds, each person and entity once by the key that groups them across articles. */
export function recordOf(analysis: Analysis): ArticleRecord {
  const speakers = new Map<string, ArticleRecord['speakers'][number]>();
  for (const q of analysis.quotes) {
    const key = q.speakerName && !namedByDescription(q) ? personKey(q.speakerName) : '';
    if (!key) continue;
    let s = speakers.get(key);
    if (!s) speakers.set(key, (s = { key, name: q.speakerName!, quotes: [] }));
    const text = q.text.length > QUOTE_CHARS ? `${q.text.slice(0, QUOTE_CHARS - 1)}…` : q.text;
    s.quotes.push({ start: q.start, end: q.end, text, sure: q.speakerSure });
  }
  // Mentions are in reading order: the first seen of an entity is where the article opens.
  const first = new Map<string, { start: number; end: number }>();
  for (const m of analysis.mentions)
    if (!first.has(m.entityId)) first.set(m.entityId, { start: m.start, end: m.end });
  const entities = new Map<string, ArticleRecord['entities'][number]>();
  for (const e of analysis.entities) {
    const at = first.get(e.id);
    if (!at) continue;
    const key = entityKey(e.type, e.name);
    const seen = entities.get(key);
    if (!seen) entities.set(key, { key, name: e.name, type: e.type, mentions: e.mentionCount, ...at });
    else {
      seen.mentions += e.mentionCount;
      if (at.start < seen.start) Object.assign(seen, { start: at.start, end: at.end });
    }
  }
  return { speakers: [...speakers.values()], entities: [...entities.values()] };
}

interface Group<R> {
  row: R;
  /** Each name written for it, with how often: the most written is shown. */
  names: Map<string, number>;
  /** The articles it comes from. */
  ids: string[];
}

interface Groups {
  generation: number;
  at: number;
  byId: Map<string, ArticleMeta>;
  people: { rows: PersonRow[]; ids: Map<string, string[]> };
  entities: { rows: EntityRow[]; ids: Map<string, string[]> };
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
  private grouped: Groups | null = null;
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

  /**
   * The rows, each with the articles it comes from (its detail is read from their records when
   * asked for). Made again when the records changed, but while articles are being analyzed at most
   * every few seconds: the list is asked for every second then, and grouping a large library is
   * the main process's time.
   */
  private group(listed: ArticleMeta[]): Groups {
    const g = this.grouped;
    const now = Date.now();
    if (g && (g.generation === this.cache.generation || (this.running && now - g.at < REGROUP_MS))) return g;
    const byId = new Map(listed.map((a) => [a.id, a]));
    const people = new Map<string, Group<PersonRow>>();
    const entities = new Map<string, Group<EntityRow>>();
    const add = <R extends { articles: number }>(
      groups: Map<string, Group<R>>,
      key: string,
      make: () => R,
      name: string,
      weight: number,
      id: string,
    ): R => {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { row: make(), names: new Map(), ids: [] }));
      group.names.set(name, (group.names.get(name) ?? 0) + weight);
      group.ids.push(id);
      group.row.articles++;
      return group.row;
    };
    for (const [id, record] of this.cache.values()) {
      const a = byId.get(id);
      if (!a) continue;
      const date = a.importedAt;
      for (const s of record.speakers) {
        const key = s.key;
        const row = add(
          people,
          key,
          () => ({ key, name: s.name, quotes: 0, articles: 0, first: date, last: date }),
          s.name,
          s.quotes.length,
          id,
        );
        row.quotes += s.quotes.length;
        if (date < row.first) row.first = date;
        if (date > row.last) row.last = date;
      }
      for (const e of record.entities) {
        const key = e.key;
        const make = () => ({ key, name: e.name, type: e.type, mentions: 0, articles: 0 });
        add(entities, key, make, e.name, e.mentions, id).mentions += e.mentions;
      }
    }
    const finish = <R extends { key: string; name: string }>(
      groups: Map<string, Group<R>>,
      size: (r: R) => number,
    ) => {
      const rows: R[] = [];
      const ids = new Map<string, string[]>();
      for (const group of groups.values()) {
        // The name written most often is the one shown.
        group.row.name = [...group.names].sort((x, y) => y[1] - x[1])[0]![0];
        rows.push(group.row);
        ids.set(group.row.key, group.ids);
      }
      rows.sort((x, y) => size(y) - size(x) || x.name.localeCompare(y.name));
      return { rows, ids };
    };
    this.grouped = {
      generation: this.cache.generation,
      at: now,
      byId,
      people: finish(people, (r) => r.quotes),
      entities: finish(entities, (r) => r.articles * 1e6 + r.mentions),
    };
    return this.grouped;
  }

  /** One row's detail from the records of its articles, newest article first, the first DETAIL_MAX. */
  private detail<D extends ArticleRef>(
    groups: Groups,
    ids: string[] | undefined,
    of: (record: ArticleRecord, ref: ArticleRef) => D[],
  ): D[] {
    const out: D[] = [];
    for (const id of ids ?? []) {
      const a = groups.byId.get(id);
      const record = this.cache.get(id);
      if (a && record) out.push(...of(record, { articleId: id, title: a.title, date: a.importedAt }));
    }
    out.sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
    return out.slice(0, DETAIL_MAX);
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
    const groups = this.group(this.refresh().listed);
    return this.detail(groups, groups.people.ids.get(key), (record, ref) =>
      record.speakers.filter((s) => s.key === key).flatMap((s) => s.quotes.map((q) => ({ ...ref, ...q }))),
    );
  }

  entities(query: EntityQuery): AggregatePage<EntityRow> {
    const { listed, analyzing } = this.refresh();
    return this.page(this.group(listed).entities.rows, query, analyzing, (r) =>
      query.type === null ? true : r.type === query.type,
    );
  }

  mentions(key: string): MentionRef[] {
    const groups = this.group(this.refresh().listed);
    return this.detail(groups, groups.entities.ids.get(key), (record, ref) =>
      record.entities
        .filter((e) => e.key === key)
        .map((e) => ({ ...ref, mentions: e.mentions, start: e.start, end: e.end })),
    );
  }

  close(): void {
    this.closed = true;
    this.cache.close();
  }
}
