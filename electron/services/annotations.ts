import { randomUUID } from 'node:crypto';
import type { CorrectionInput } from '../../common/ipc/contract';
import type {
  ArticleAnnotations,
  Correction,
  Highlight,
  HighlightColor,
  HighlightTarget,
} from '../../common/model/annotation';
import { ServiceError } from './errors';
import type { KeyValueStore, StoreFactory } from './storage/store-factory';

type AnnotationStore = KeyValueStore<ArticleAnnotations & Record<string, unknown>>;

const EMPTY: ArticleAnnotations = { highlights: [], articleNote: '', corrections: [] };
const OPEN_STORES = 32;

const newId = (): string => randomUUID().replace(/-/g, '');

/**
 * The user's highlights, article note and corrections: one electron-store per article
 * (articles/<id>/annotations.json), so saving a highlight rewrites that article's file only, however
 * large the library. Every method returns after the store has written its file.
 */
export class Annotations {
  private readonly open = new Map<string, AnnotationStore>();

  constructor(
    private readonly stores: StoreFactory,
    private readonly articleDir: (articleId: string) => string,
    private readonly articleExists: (articleId: string) => boolean,
  ) {}

  private store(articleId: string): AnnotationStore {
    let store = this.open.get(articleId);
    if (store) {
      // Refresh its place in the insertion order, which doubles as recency.
      this.open.delete(articleId);
      this.open.set(articleId, store);
      return store;
    }
    if (!this.articleExists(articleId))
      throw new ServiceError('not-found', 'That article is no longer in the library.');
    store = this.stores.open<ArticleAnnotations & Record<string, unknown>>(
      this.articleDir(articleId),
      'annotations',
      { ...EMPTY },
      'The highlights and notes of one article',
    );
    this.open.set(articleId, store);
    if (this.open.size > OPEN_STORES) this.open.delete(this.open.keys().next().value!);
    return store;
  }

  get(articleId: string): ArticleAnnotations {
    const s = this.store(articleId).store;
    return {
      highlights: Array.isArray(s.highlights) ? s.highlights : [],
      articleNote: typeof s.articleNote === 'string' ? s.articleNote : '',
      corrections: Array.isArray(s.corrections) ? s.corrections : [],
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
    const store = this.store(articleId);
    store.set('highlights', [...this.get(articleId).highlights, highlight]);
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
    this.store(articleId).set('highlights', highlights);
    return updated;
  }

  deleteHighlight(articleId: string, id: string): Highlight {
    const highlights = this.get(articleId).highlights;
    const removed = highlights.find((h) => h.id === id);
    if (!removed) throw new ServiceError('not-found', 'That highlight no longer exists.');
    this.store(articleId).set(
      'highlights',
      highlights.filter((h) => h.id !== id),
    );
    return removed;
  }

  restoreHighlight(articleId: string, highlight: Highlight): Highlight {
    const highlights = this.get(articleId).highlights.filter((h) => h.id !== highlight.id);
    this.store(articleId).set('highlights', [...highlights, highlight]);
    return highlight;
  }

  setArticleNote(articleId: string, note: string): void {
    this.store(articleId).set('articleNote', note);
  }

  addCorrection(articleId: string, input: CorrectionInput, now = new Date()): Correction {
    const correction = { ...input, id: newId(), created: now.toISOString() } as Correction;
    this.store(articleId).set('corrections', [...this.get(articleId).corrections, correction]);
    return correction;
  }

  removeCorrection(articleId: string, id: string): void {
    const corrections = this.get(articleId).corrections;
    if (!corrections.some((c) => c.id === id))
      throw new ServiceError('not-found', 'That correction no longer exists.');
    this.store(articleId).set(
      'corrections',
      corrections.filter((c) => c.id !== id),
    );
  }

  /** Drops the cached store of an article whose folder is going away. */
  close(articleId: string): void {
    this.open.delete(articleId);
  }
}
