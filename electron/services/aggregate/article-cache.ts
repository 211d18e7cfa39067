import { z } from 'zod';
import type { ArticleMeta } from '../../../common/model/article';
import { isPlainObject, readJson, writeJsonAtomic } from '../storage/json-file';

const SAVE_AFTER_MS = 3000;

const envelopeSchema = z.object({ version: z.number(), entries: z.record(z.string(), z.unknown()) });
const isEntry = (e: unknown): e is Entry<unknown> =>
  isPlainObject(e) &&
  typeof e['hash'] === 'string' &&
  typeof e['stamp'] === 'number' &&
  e['value'] !== undefined;

interface Entry<T> {
  /** The version of the article (and of whatever else the value depends on) it was made from. */
  hash: string;
  /** The article's annotation files' time when it was made. */
  stamp: number;
  value: T;
}

/**
 * A value derived from each article of the library, kept in memory and saved to one file, so a
 * library-wide view opens without reading every article again. An entry is stale when its article
 * is new, changed version (re-imported), was touched this session (its annotations were written),
 * or its annotation files changed while the app was not running; a removed article's entry goes.
 * The file is derived data: missing, damaged or of another version, it is simply rebuilt.
 */
export class ArticleCache<T> {
  private entries = new Map<string, Entry<T>>();
  private loaded = false;
  /** Touched articles, each with the touch's sequence number (see `set`). */
  private readonly touched = new Map<string, number>();
  private seq = 0;
  private timer: NodeJS.Timeout | null = null;
  private unsaved = false;
  private closed = false;
  /** Counts every change of the entries, so a view built from them knows when to rebuild. */
  generation = 0;

  constructor(
    private readonly file: string,
    private readonly version: number,
    private readonly stampOf: (articleId: string) => number,
    /** A cheap check of one saved value: one that fails is made again. */
    private readonly isValue: (v: unknown) => boolean,
    private readonly saveAfterMs = SAVE_AFTER_MS,
  ) {}

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    // The envelope is checked, each entry only for its shape: a cache of 10,000 articles is read
    // in one go, and zod over every value would cost more than making the few that are off again.
    const read = readJson(this.file, envelopeSchema);
    if (read.kind !== 'ok' || read.value.version !== this.version) return;
    for (const [id, e] of Object.entries(read.value.entries)) {
      if (!isEntry(e) || !this.isValue(e.value)) continue;
      this.entries.set(id, e as Entry<T>);
      // Written to while the cache was not saved (a crash, a restore, another copy of the app).
      if (this.stampOf(id) !== e.stamp) this.touch(id);
    }
  }

  /** The article's annotations changed: its entry is remade before it is used next. */
  touch(articleId: string): void {
    this.touched.set(articleId, ++this.seq);
  }

  /** A mark to pass to `set`, taken before the value is computed. */
  mark(): number {
    return this.seq;
  }

  /**
   * Lets go of the entries of articles no longer listed and answers the listed articles whose
   * entry is missing or stale, given the version each should be of.
   */
  stale(listed: readonly ArticleMeta[], hashOf: (a: ArticleMeta) => string): ArticleMeta[] {
    this.load();
    const ids = new Set(listed.map((a) => a.id));
    for (const id of this.entries.keys()) if (!ids.has(id)) this.delete(id);
    return listed.filter((a) => {
      const e = this.entries.get(a.id);
      return !e || e.hash !== hashOf(a) || this.touched.has(a.id);
    });
  }

  /**
   * Keeps a value made from the article as it was at `since` (a `mark()`): a touch that came while
   * it was being made leaves the entry stale, to be made again.
   */
  set(articleId: string, hash: string, value: T, since: number = this.seq): void {
    this.load();
    this.entries.set(articleId, { hash, stamp: this.stampOf(articleId), value });
    if ((this.touched.get(articleId) ?? 0) <= since) this.touched.delete(articleId);
    this.changed();
  }

  get(articleId: string): T | undefined {
    this.load();
    return this.entries.get(articleId)?.value;
  }

  *values(): IterableIterator<[string, T]> {
    this.load();
    for (const [id, e] of this.entries) yield [id, e.value];
  }

  private delete(id: string): void {
    this.entries.delete(id);
    this.touched.delete(id);
    this.changed();
  }

  private changed(): void {
    this.generation++;
    this.unsaved = true;
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.trySave(), this.saveAfterMs);
    this.timer.unref();
  }

  save(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.unsaved) return;
    writeJsonAtomic(this.file, { version: this.version, entries: Object.fromEntries(this.entries) });
    this.unsaved = false;
  }

  /** Saves what is unsaved; nothing after (a background job finishing late writes nothing). */
  close(): void {
    this.trySave();
    this.closed = true;
  }

  /** A cache that cannot be saved (a read-only profile) is made again next time, nothing lost. */
  trySave(): void {
    try {
      this.save();
    } catch {
      // see above
    }
  }
}
