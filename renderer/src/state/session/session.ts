/**
 * One article's session: the user's highlights, notes, article note and corrections, in the spirit
 * of Zotero reader's annotation manager. Every change, undo and redo goes through `commit`, which
 * writes to the main process first and only then updates what the views see and records the step,
 * so the screen and the disk cannot drift. Writes run one at a time, in the order they were asked.
 */
import type { CorrectionInput } from '../../../../common/ipc/contract';
import type {
  ArticleAnnotations,
  Highlight,
  HighlightColor,
  HighlightTarget,
} from '../../../../common/model/annotation';
import {
  changesNothing,
  inverse,
  merge,
  reduce,
  sameTags,
  sameTarget,
  write,
  type AnnotationsApi,
  type Change,
  type NewHighlight,
  type StoredChange,
} from './changes';

/** The draft key of the article note; highlight notes are keyed by the highlight's id. */
export const ARTICLE_NOTE = 'article-note';

/** At most this long between a keystroke in a note and its write. */
export const NOTE_DEBOUNCE_MS = 300;

export interface Step {
  id: number;
  label: string;
}

export interface SessionState {
  articleId: string;
  data: ArticleAnnotations;
  /** Notes typed but not yet on disk, by highlight id or ARTICLE_NOTE. */
  drafts: Readonly<Record<string, string>>;
  /** True while a write is on its way to the main process. */
  writing: boolean;
  undo: Step | null;
  redo: Step | null;
}

interface Entry extends Step {
  change: StoredChange;
  /** Edits with the same key coalesce into this entry until it is sealed. */
  coalesce: string | null;
  sealed: boolean;
}

export interface SessionOptions {
  onError: (message: string) => void;
  debounceMs?: number;
}

let nextStep = 1;

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export class ArticleSession {
  private state: SessionState;
  private readonly undoStack: Entry[] = [];
  private readonly redoStack: Entry[] = [];
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private inFlight = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by seal(); a draft's edits coalesce with those begun in the same generation. */
  private generation = 0;
  private readonly draftGeneration = new Map<string, number>();

  constructor(
    private readonly api: AnnotationsApi,
    articleId: string,
    data: ArticleAnnotations,
    private readonly opts: SessionOptions,
  ) {
    this.state = { articleId, data, drafts: {}, writing: false, undo: null, redo: null };
  }

  get articleId(): string {
    return this.state.articleId;
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SessionState>): void {
    const top = (s: Entry[]) => {
      const e = s.at(-1);
      return e ? { id: e.id, label: e.label } : null;
    };
    this.state = {
      ...this.state,
      ...patch,
      writing: this.inFlight > 0,
      undo: top(this.undoStack),
      redo: top(this.redoStack),
    };
    for (const l of this.listeners) l();
  }

  /** Runs `task` after every write asked for before it. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => {});
    return run;
  }

  /** The one way a change reaches the store and the screen. */
  private async commit(change: Change): Promise<StoredChange> {
    this.inFlight++;
    this.set({});
    try {
      const stored = await write(this.api, this.state.articleId, change);
      this.inFlight--;
      this.set({ data: reduce(this.state.data, stored) });
      return stored;
    } catch (err) {
      this.inFlight--;
      this.set({});
      throw err;
    }
  }

  /**
   * Does a change and records it as one undoable step; resolves with the step's id, or null if
   * there was nothing to do or it failed (the failure is reported). `make` runs once every earlier
   * write is in, so it sees the highlight as stored, not as it was when the change was asked for.
   */
  apply(
    make: Change | (() => Change | null),
    label: string,
    coalesce: string | null = null,
  ): Promise<number | null> {
    return this.applyNow(make, label, coalesce).then((r) => (r.ok ? r.step : null));
  }

  private applyNow(
    make: Change | (() => Change | null),
    label: string,
    coalesce: string | null,
  ): Promise<{ ok: boolean; step: number | null }> {
    return this.enqueue(async () => {
      const change = typeof make === 'function' ? make() : make;
      if (!change) return { ok: true, step: null };
      let stored: StoredChange;
      try {
        stored = await this.commit(change);
      } catch (err) {
        this.opts.onError(message(err));
        return { ok: false, step: null };
      }
      this.redoStack.length = 0;
      const top = this.undoStack.at(-1);
      const merged =
        coalesce && top && top.coalesce === coalesce && !top.sealed ? merge(top.change, stored) : null;
      if (top && merged) {
        top.change = merged;
        if (changesNothing(merged)) this.undoStack.pop();
      } else this.undoStack.push({ id: nextStep++, label, change: stored, coalesce, sealed: false });
      this.set({});
      return { ok: true, step: this.undoStack.at(-1)?.id ?? null };
    });
  }

  /**
   * Ends the current run of note edits (a popover closed, a scroll): what was typed so far stays
   * one undo step, even if its write is still on its way; the next keystroke starts a new one.
   */
  seal(): void {
    this.generation++;
  }

  /**
   * Reverses a step (the latest, or a toast's own by id wherever it is in the history) and offers
   * it to redo. A step whose subject has gone since (a recolor of a highlight deleted after it) is
   * reported and dropped, so it cannot block the ones beneath.
   */
  async undo(stepId?: number): Promise<void> {
    await this.flush();
    await this.enqueue(async () => {
      const i =
        stepId === undefined ? this.undoStack.length - 1 : this.undoStack.findIndex((e) => e.id === stepId);
      const entry = this.undoStack[i];
      if (!entry) return;
      this.undoStack.splice(i, 1);
      try {
        entry.change = inverse(await this.commit(inverse(entry.change)));
        entry.sealed = true;
        this.redoStack.push(entry);
      } catch (err) {
        this.opts.onError(`Could not undo “${entry.label}”: ${message(err)}`);
      }
      this.set({});
    });
  }

  async redo(): Promise<void> {
    await this.flush();
    await this.enqueue(async () => {
      const entry = this.redoStack.pop();
      if (!entry) return;
      try {
        entry.change = await this.commit(entry.change);
        entry.sealed = true;
        this.undoStack.push(entry);
      } catch (err) {
        this.opts.onError(`Could not redo “${entry.label}”: ${message(err)}`);
      }
      this.set({});
    });
  }

  private highlight(id: string): Highlight | undefined {
    return this.state.data.highlights.find((h) => h.id === id);
  }

  /** Resolves with the new highlight's id, or null when the main process refused it. */
  async createHighlight(h: NewHighlight): Promise<string | null> {
    const before = new Set(this.state.data.highlights.map((x) => x.id));
    const step = await this.apply({ kind: 'add-highlight', highlight: h }, 'Highlight');
    if (step === null) return null;
    return this.state.data.highlights.find((x) => !before.has(x.id))?.id ?? null;
  }

  recolor(id: string, color: HighlightColor): Promise<number | null> {
    return this.apply(() => {
      const before = this.highlight(id);
      return before && before.color !== color
        ? { kind: 'edit-highlight', before, after: { ...before, color } }
        : null;
    }, 'Color change');
  }

  /** Puts a highlight on other words: a moved one accepted where it is, an orphaned one re-attached. */
  retarget(id: string, target: HighlightTarget, label: string): Promise<number | null> {
    return this.apply(() => {
      const before = this.highlight(id);
      return before && !sameTarget(before.target, target)
        ? { kind: 'edit-highlight', before, after: { ...before, target } }
        : null;
    }, label);
  }

  setTags(id: string, tags: string[]): Promise<number | null> {
    return this.apply(() => {
      const before = this.highlight(id);
      return before && !sameTags(before.tags, tags)
        ? { kind: 'edit-highlight', before, after: { ...before, tags } }
        : null;
    }, 'Tags');
  }

  /** A note being typed into is written first, so undoing the deletion brings it back too. */
  async deleteHighlight(id: string): Promise<number | null> {
    await this.flushKey(id);
    return this.apply(() => {
      const highlight = this.highlight(id);
      return highlight ? { kind: 'delete-highlight', highlight } : null;
    }, 'Highlight deleted');
  }

  addCorrection(correction: CorrectionInput, label: string): Promise<number | null> {
    return this.apply({ kind: 'add-correction', correction }, label);
  }

  removeCorrection(id: string, label: string): Promise<number | null> {
    return this.apply(() => {
      const correction = this.state.data.corrections.find((c) => c.id === id);
      return correction ? { kind: 'remove-correction', correction } : null;
    }, label);
  }

  /** A keystroke in a note: shown at once, written within NOTE_DEBOUNCE_MS. */
  editNote(key: string, text: string): void {
    if (this.state.drafts[key] === undefined) this.draftGeneration.set(key, this.generation);
    this.set({ drafts: { ...this.state.drafts, [key]: text } });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.opts.debounceMs ?? NOTE_DEBOUNCE_MS);
  }

  /** The note as the user sees it: the draft if one is pending, else the stored one. */
  note(key: string): string {
    const draft = this.state.drafts[key];
    if (draft !== undefined) return draft;
    return key === ARTICLE_NOTE ? this.state.data.articleNote : (this.highlight(key)?.note ?? '');
  }

  /** Writes every pending draft now; resolves once they are on disk (or have failed and been reported). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.all(Object.keys(this.state.drafts).map((key) => this.flushKey(key)));
    await this.enqueue(async () => {});
  }

  private async flushKey(key: string): Promise<void> {
    const text = this.state.drafts[key];
    if (text === undefined) return;
    const { ok } = await this.applyNow(
      (): Change | null => {
        if (key === ARTICLE_NOTE) {
          const before = this.state.data.articleNote;
          return before === text ? null : { kind: 'article-note', before, after: text };
        }
        const before = this.highlight(key);
        return before && before.note !== text
          ? { kind: 'edit-highlight', before, after: { ...before, note: text } }
          : null;
      },
      key === ARTICLE_NOTE ? 'Article note' : 'Note',
      `note:${key}:${this.draftGeneration.get(key) ?? this.generation}`,
    );
    // A failed write keeps the draft on screen (its error is shown); so does one the user went on
    // typing into while it was being written.
    if (ok && this.state.drafts[key] === text) {
      const { [key]: _gone, ...rest } = this.state.drafts;
      this.set({ drafts: rest });
    }
  }
}
