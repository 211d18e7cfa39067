import { randomUUID } from 'node:crypto';
import {
  articleAnnotationsSchema,
  type ArticleAnnotations,
  type Correction,
  type CorrectionInput,
  type Highlight,
  type HighlightColor,
  type HighlightTarget,
} from '../../common/model/annotation';
import { ServiceError } from './errors';
import type { KeyValueStore, StoreFactory } from './storage/store-factory';

type AnnotationStore = KeyValueStore<ArticleAnnotations & Record<string, unknown>>;

const EMPTY: ArticleAnnotations = { highlights: [], articleNote: '', corrections: [] };
const OPEN_STORES = 32;

const newId = (): string => randomUUID().replace(/-/g, '');

interface OpenArticle {
  store: AnnotationStore;
  /** The main process is the only writer, so what it last wrote is what is on disk. */
  data: ArticleAnnotations;
}

/**
 * The user's highlights, article note and corrections: one electron-store per article
 * (articles/<id>/annotations.json), so saving a highlight rewrites that article's file only, however
 * large the library. Every method returns after the store has written its file. The file is read
 * once when an article's store opens: electron-store's `set` re-reads and re-parses the whole file
 * before each write, which with thousands of highlights costs more than the write itself.
 */
export class Annotations {
  private readonly open = new Map<string, OpenArticle>();

  constructor(
    private readonly stores: StoreFactory,
    private readonly articleDir: (articleId: string) => string,
    private readonly articleExists: (articleId: string) => boolean,
  ) {}

  private article(articleId: string): OpenArticle {
    let entry = this.open.get(articleId);
    if (entry) {
      // Refresh its place in the insertion order, which doubles as recency.
      this.open.delete(articleId);
      this.open.set(articleId, entry);
      return entry;
    }
    if (!this.articleExists(articleId))
      throw new ServiceError('not-found', 'That article is no longer in the library.');
    const store = this.stores.open(
      this.articleDir(articleId),
      'annotations',
      // Loose: keys a later version adds survive this one's saves.
      articleAnnotationsSchema.loose(),
      { ...EMPTY },
      'The highlights and notes of one article',
    );
    const { highlights, articleNote, corrections } = store.store;
    entry = { store, data: { highlights, articleNote, corrections } };
    this.open.set(articleId, entry);
    if (this.open.size > OPEN_STORES) this.open.delete(this.open.keys().next().value!);
    return entry;
  }

  /** Writes the article's annotations whole (atomically) and only then makes them current. */
  private write(articleId: string, patch: Partial<ArticleAnnotations>): void {
    const entry = this.article(articleId);
    const next = { ...entry.data, ...patch };
    entry.store.store = { ...next };
    entry.data = next;
  }

  get(articleId: string): ArticleAnnotations {
    const { data } = this.article(articleId);
    return {
      highlights: [...data.highlights],
      articleNote: data.articleNote,
      corrections: [...data.corrections],
    };
  }

  addHighlight(
    articleId: string,
    input: { target: HighlightTarget; color: HighlightColor; note?: string | undefined },
    now = new Date(),
  ): Highlight {
    const stamp = now.toISOString();
    const highlight: Highlight = {
      id: newId(),
      target: input.target,
      color: input.color,
      note: input.note ?? '',
      created: stamp,
      modified: stamp,
    };
    this.write(articleId, { highlights: [...this.get(articleId).highlights, highlight] });
    return highlight;
  }

  updateHighlight(
    articleId: string,
    id: string,
    patch: { color?: HighlightColor | undefined; note?: string | undefined },
    now = new Date(),
  ): Highlight {
    const highlights = this.get(articleId).highlights;
    const i = highlights.findIndex((h) => h.id === id);
    if (i < 0) throw new ServiceError('not-found', 'That highlight no longer exists.');
    const updated: Highlight = {
      ...highlights[i]!,
      ...(patch.color !== undefined ? { color: patch.color } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
      modified: now.toISOString(),
    };
    highlights[i] = updated;
    this.write(articleId, { highlights });
    return updated;
  }

  deleteHighlight(articleId: string, id: string): Highlight {
    const highlights = this.get(articleId).highlights;
    const removed = highlights.find((h) => h.id === id);
    if (!removed) throw new ServiceError('not-found', 'That highlight no longer exists.');
    this.write(articleId, { highlights: highlights.filter((h) => h.id !== id) });
    return removed;
  }

  restoreHighlight(articleId: string, highlight: Highlight): Highlight {
    this.restoreMany(articleId, [highlight]);
    return highlight;
  }

  /** Puts back several highlights in one write (an undo of a bulk delete; bulk import). */
  restoreMany(articleId: string, restored: Highlight[]): void {
    const ids = new Set(restored.map((h) => h.id));
    this.write(articleId, {
      highlights: [...this.get(articleId).highlights.filter((h) => !ids.has(h.id)), ...restored],
    });
  }

  setArticleNote(articleId: string, note: string): void {
    this.write(articleId, { articleNote: note });
  }

  addCorrection(articleId: string, input: CorrectionInput, now = new Date()): Correction {
    const correction = { ...input, id: newId(), created: now.toISOString() } as Correction;
    this.write(articleId, { corrections: [...this.get(articleId).corrections, correction] });
    return correction;
  }

  removeCorrection(articleId: string, id: string): void {
    const corrections = this.get(articleId).corrections;
    if (!corrections.some((c) => c.id === id))
      throw new ServiceError('not-found', 'That correction no longer exists.');
    this.write(articleId, { corrections: corrections.filter((c) => c.id !== id) });
  }

  /** Drops the cached store of an article whose folder is going away. */
  close(articleId: string): void {
    this.open.delete(articleId);
  }
}
