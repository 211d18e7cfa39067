import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  type ArticleAnnotations,
  type Correction,
  type CorrectionInput,
  type Highlight,
  type HighlightColor,
  type HighlightTarget,
} from '../../common/model/annotation';
import { ServiceError } from './errors';
import type { AnnotationChange } from './journal/annotation-changes';
import {
  ANNOTATIONS_FORMAT,
  annotationsFileSchema,
  EMPTY_ANNOTATIONS_FILE,
  JournaledArticle,
  openJournal,
} from './journal/journaled-article';
import type { NoticeBoard } from './notices';
import { writeFailure } from './storage/durable';
import { quarantineFile } from './storage/json-file';
import type { StoreFactory } from './storage/store-factory';

const OPEN_STORES = 32;
/** Folded when no change came for this long, so the store is current whenever the app is idle. */
const FOLD_WHEN_IDLE_MS = 2000;
/** Folded at this length too, so a long session never leaves a long journal to replay. */
const FOLD_AFTER_CHANGES = 500;

const newId = (): string => randomUUID().replace(/-/g, '');

export interface AnnotationOptions {
  foldWhenIdleMs?: number;
  foldAfterChanges?: number;
}

/**
 * The user's highlights, article note and corrections: one electron-store per article
 * (articles/<id>/annotations.json) and beside it a journal of the changes since that file was last
 * written (journal.jsonl). A change returns once its journal line is on disk: one small write,
 * however many highlights the article holds; the store is rewritten whole only when folded.
 */
export class Annotations {
  private readonly open = new Map<string, JournaledArticle>();
  private idle: NodeJS.Timeout | null = null;
  private readonly foldWhenIdleMs: number;
  private readonly foldAfterChanges: number;
  /**
   * Told of every change once it is on disk, however it came (a handler, a restore, an import):
   * the library-wide views keep their summaries in step by it.
   */
  readonly listeners = new Set<(articleId: string, change: AnnotationChange) => void>();

  constructor(
    private readonly stores: StoreFactory,
    private readonly articleDir: (articleId: string) => string,
    private readonly articleExists: (articleId: string) => boolean,
    private readonly notices: NoticeBoard,
    private readonly userDataDir: string,
    options: AnnotationOptions = {},
  ) {
    this.foldWhenIdleMs = options.foldWhenIdleMs ?? FOLD_WHEN_IDLE_MS;
    this.foldAfterChanges = options.foldAfterChanges ?? FOLD_AFTER_CHANGES;
  }

  private article(articleId: string): JournaledArticle {
    let entry = this.open.get(articleId);
    if (entry) {
      // Refresh its place in the insertion order, which doubles as recency.
      this.open.delete(articleId);
      this.open.set(articleId, entry);
      return entry;
    }
    if (!this.articleExists(articleId))
      throw new ServiceError('not-found', 'That article is no longer in the library.');
    const dir = this.articleDir(articleId);
    const store = this.stores.open(
      dir,
      'annotations',
      annotationsFileSchema,
      { ...EMPTY_ANNOTATIONS_FILE },
      'The highlights and notes of one article',
      ANNOTATIONS_FORMAT,
    );
    entry = new JournaledArticle(store, openJournal(dir), (file) => {
      const kept = quarantineFile(this.userDataDir, file);
      this.notices.add(
        'warning',
        `Some saved changes to one article's highlights could not be read and were skipped; the file was set aside as ${path.basename(kept)} in the quarantine folder. The rest of its highlights and notes are as saved.`,
      );
    });
    // Folded at once: what a crash left in the journal is in the store before anything else.
    this.tryFold(entry);
    this.open.set(articleId, entry);
    if (this.open.size > OPEN_STORES) {
      const [oldest, evicted] = this.open.entries().next().value!;
      this.open.delete(oldest);
      this.tryClose(evicted);
    }
    return entry;
  }

  /** Journals one change (on disk when this returns) and only then makes it current. */
  private write(articleId: string, change: AnnotationChange): void {
    const entry = this.article(articleId);
    try {
      entry.commit(change);
    } catch (err) {
      throw new ServiceError(
        'write-failed',
        `Gloss could not save this change: ${writeFailure(err)}. Everything saved before is unchanged.`,
      );
    }
    if (entry.pending >= this.foldAfterChanges) this.tryFold(entry);
    this.foldWhenIdle();
    for (const l of this.listeners) l(articleId, change);
  }

  private foldWhenIdle(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      this.idle = null;
      this.foldAll();
    }, this.foldWhenIdleMs);
    this.idle.unref();
  }

  /**
   * A fold that fails (a full disk) loses nothing: the changes stay in the journal, on disk, and
   * the next fold or start-up writes them.
   */
  private tryFold(entry: JournaledArticle): void {
    try {
      entry.fold();
    } catch {
      // see above
    }
  }

  private tryClose(entry: JournaledArticle): void {
    try {
      entry.close();
    } catch {
      // as in tryFold: the journal still holds every change
    }
  }

  /** Writes every open article's journal into its store. */
  foldAll(): void {
    for (const entry of this.open.values()) this.tryFold(entry);
  }

  /**
   * Folds what a crash left behind, at start-up: each listed article with a journal on disk is
   * opened (which folds it) and closed again.
   */
  recover(articleIds: string[]): void {
    for (const id of articleIds) {
      if (this.open.has(id) || openJournal(this.articleDir(id)).read().entries.length === 0) continue;
      try {
        this.article(id);
      } catch {
        // an article that will not open is reported when it is opened
      }
      this.close(id);
    }
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
    this.write(articleId, { op: 'put-highlights', highlights: [highlight] });
    return highlight;
  }

  updateHighlight(
    articleId: string,
    id: string,
    patch: {
      color?: HighlightColor | undefined;
      note?: string | undefined;
      target?: HighlightTarget | undefined;
      tags?: string[] | undefined;
    },
    now = new Date(),
  ): Highlight {
    const highlights = this.get(articleId).highlights;
    const i = highlights.findIndex((h) => h.id === id);
    if (i < 0) throw new ServiceError('not-found', 'That highlight no longer exists.');
    const updated: Highlight = {
      ...highlights[i]!,
      ...(patch.color !== undefined ? { color: patch.color } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
      ...(patch.target !== undefined ? { target: patch.target } : {}),
      // The same tag typed twice is one tag, kept where it was first typed.
      ...(patch.tags !== undefined ? { tags: [...new Set(patch.tags)] } : {}),
      modified: now.toISOString(),
    };
    this.write(articleId, { op: 'put-highlights', highlights: [updated] });
    return updated;
  }

  deleteHighlight(articleId: string, id: string): Highlight {
    const highlights = this.get(articleId).highlights;
    const removed = highlights.find((h) => h.id === id);
    if (!removed) throw new ServiceError('not-found', 'That highlight no longer exists.');
    this.write(articleId, { op: 'delete-highlight', id });
    return removed;
  }

  restoreHighlight(articleId: string, highlight: Highlight): Highlight {
    this.restoreMany(articleId, [highlight]);
    return highlight;
  }

  /** Puts back several highlights in one write (an undo of a bulk delete; bulk import). */
  restoreMany(articleId: string, restored: Highlight[]): void {
    if (restored.length) this.write(articleId, { op: 'put-highlights', highlights: restored });
  }

  setArticleNote(articleId: string, note: string): void {
    this.write(articleId, { op: 'set-article-note', note });
  }

  addCorrection(articleId: string, input: CorrectionInput, now = new Date()): Correction {
    const correction = { ...input, id: newId(), created: now.toISOString() } as Correction;
    this.write(articleId, { op: 'put-correction', correction });
    return correction;
  }

  removeCorrection(articleId: string, id: string): void {
    const corrections = this.get(articleId).corrections;
    if (!corrections.some((c) => c.id === id))
      throw new ServiceError('not-found', 'That correction no longer exists.');
    this.write(articleId, { op: 'delete-correction', id });
  }

  /** Replaces all of an article's annotations in one journaled change (a restore from a backup). */
  replaceAll(articleId: string, annotations: ArticleAnnotations): void {
    this.write(articleId, { op: 'replace-all', annotations });
  }

  /** Folds and lets go of an article (its folder is going away, or it was only recovered). */
  close(articleId: string): void {
    const entry = this.open.get(articleId);
    if (!entry) return;
    this.open.delete(articleId);
    this.tryClose(entry);
  }

  /** Folds every article and closes its journal: the app is quitting, or the services stop. */
  closeAll(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    for (const id of [...this.open.keys()]) this.close(id);
  }
}
