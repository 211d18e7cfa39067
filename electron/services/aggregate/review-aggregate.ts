import type { ArticleAnnotations, Highlight } from '../../../common/model/annotation';
import type { ArticleMeta } from '../../../common/model/article';
import { highlightMatcher, isFiltering, type HighlightFilter } from '../../../common/model/highlight-filter';
import type { ReviewItem, ReviewPage, ReviewQuery } from '../../../common/model/views';
import { ArticleCache } from './article-cache';

const VERSION = 1;
/** A row shows this much of a long highlight or note; the article shows the rest. */
const QUOTE_CHARS = 400;
const NOTE_CHARS = 2000;

type Kept = Pick<Highlight, 'id' | 'color' | 'note' | 'modified'> & {
  quote: string;
  tags: string[];
  start: number;
  end: number;
};

export interface ReviewSource {
  list(): ArticleMeta[];
  /** The article's annotations as stored; null when they do not read (reported when it is opened). */
  annotations(articleId: string): ArticleAnnotations | null;
  stampOf(articleId: string): number;
  /**
   * The highlights the library's search index finds for the words, by `articleId/highlightId`,
   * with their scores (best first).
   */
  search(words: string): Map<string, number>;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const keyOf = (articleId: string, highlightId: string) => `${articleId}/${highlightId}`;

function keep(h: Highlight): Kept {
  return {
    id: h.id,
    color: h.color,
    quote: cut(h.target.quote.exact, QUOTE_CHARS),
    note: cut(h.note, NOTE_CHARS),
    tags: h.tags ?? [],
    start: h.target.position.start,
    end: h.target.position.end,
    modified: h.modified,
  };
}

/**
 * Every highlight and note of the library, for the review view: a summary of each article's
 * highlights kept (and saved) by the article cache, remade for an article whose annotations were
 * written, so a page of the view reads no annotations file but those that changed. Newest first;
 * with words, best match first, the words found by the library's search index.
 */
export class ReviewAggregate {
  private readonly cache: ArticleCache<Kept[]>;
  private sorted: { generation: number; rows: ReviewItem[]; tags: string[] } | null = null;
  private last: { rows: ReviewItem[]; key: string; matched: ReviewItem[] } | null = null;

  constructor(
    file: string,
    private readonly source: ReviewSource,
  ) {
    this.cache = new ArticleCache<Kept[]>(file, VERSION, source.stampOf, Array.isArray);
  }

  touch(articleId: string): void {
    this.cache.touch(articleId);
  }

  private rows(): { rows: ReviewItem[]; tags: string[] } {
    const listed = this.source.list();
    for (const a of this.cache.stale(listed, (m) => m.contentHash)) {
      const since = this.cache.mark();
      const annotations = this.source.annotations(a.id);
      if (annotations) this.cache.set(a.id, a.contentHash, annotations.highlights.map(keep), since);
    }
    if (this.sorted?.generation === this.cache.generation) return this.sorted;
    const byId = new Map(listed.map((a) => [a.id, a]));
    const rows: ReviewItem[] = [];
    const tags = new Set<string>();
    for (const [articleId, kept] of this.cache.values()) {
      const a = byId.get(articleId);
      if (!a) continue;
      for (const { id, ...k } of kept) {
        for (const t of k.tags) tags.add(t);
        rows.push({ articleId, title: a.title, date: a.importedAt, highlightId: id, ...k });
      }
    }
    rows.sort((x, y) => (x.modified < y.modified ? 1 : x.modified > y.modified ? -1 : 0));
    this.sorted = {
      generation: this.cache.generation,
      rows,
      tags: [...tags].sort((a, b) => a.localeCompare(b)),
    };
    return this.sorted;
  }

  page({ filter, offset, limit }: ReviewQuery): ReviewPage {
    const { rows, tags } = this.rows();
    const matched = this.matching(rows, filter);
    return {
      items: matched.slice(offset, offset + limit),
      matched: matched.length,
      total: rows.length,
      tags,
    };
  }

  /** The rows that fit, kept for the next page of the same filter ("Show more"). */
  private matching(rows: ReviewItem[], filter: HighlightFilter): ReviewItem[] {
    if (!isFiltering(filter)) return rows;
    const key = JSON.stringify(filter);
    if (this.last?.rows === rows && this.last.key === key) return this.last.matched;
    let matched = rows.filter(highlightMatcher(filter, null));
    if (filter.words.trim()) {
      const scores = this.source.search(filter.words);
      const score = (r: ReviewItem) => scores.get(keyOf(r.articleId, r.highlightId));
      matched = matched.filter((r) => score(r) !== undefined).sort((x, y) => score(y)! - score(x)!);
    }
    this.last = { rows, key, matched };
    return matched;
  }

  close(): void {
    this.cache.close();
  }
}
