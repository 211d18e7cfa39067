import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { articleAnnotationsSchema, type ArticleAnnotations } from '../../../common/model/annotation';
import { fsyncDir } from '../storage/durable';
import type { ReadResult } from '../storage/json-file';
import { checkedParse, type KeyValueStore, type StoreVersion } from '../storage/store-factory';
import { annotationChangeSchema, applyChange, type AnnotationChange } from './annotation-changes';
import { Journal, type JournalEntry, type JournalRead } from './journal';

export const JOURNAL_FILE = 'journal.jsonl';

/**
 * annotations.json's formats: 1, unversioned, written whole on every save (its first files lacked
 * `corrections`, which the defaults fill in); 2, with the journal's last folded seq.
 */
export const ANNOTATIONS_FORMAT: StoreVersion = {
  current: 2,
  migrations: { 1: (v) => ({ ...v, journalSeq: 0 }) },
};

/**
 * annotations.json: the annotations as of the last fold, and the journal entry folded last.
 * Loose: keys a later version adds survive this one's folds.
 */
export const annotationsFileSchema = articleAnnotationsSchema
  .extend({
    schemaVersion: z.literal(ANNOTATIONS_FORMAT.current),
    journalSeq: z.number().int().nonnegative(),
  })
  .loose();
export type AnnotationsFile = z.infer<typeof annotationsFileSchema>;
export const EMPTY_ANNOTATIONS_FILE: AnnotationsFile = {
  schemaVersion: ANNOTATIONS_FORMAT.current,
  highlights: [],
  articleNote: '',
  corrections: [],
  journalSeq: 0,
};

/** Reads annotations.json as the store does (migrated, checked): the file, none, or why it does not read. */
export function readAnnotationsFile(dir: string): ReadResult<AnnotationsFile> {
  let text: string;
  try {
    text = readFileSync(path.join(dir, 'annotations.json'), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'damaged', reason: (err as Error).message };
  }
  try {
    const value = checkedParse(annotationsFileSchema, EMPTY_ANNOTATIONS_FILE, ANNOTATIONS_FORMAT)(text);
    return { kind: 'ok', value };
  } catch (err) {
    return { kind: 'damaged', reason: (err as Error).message };
  }
}

export const openJournal = (dir: string) => new Journal(path.join(dir, JOURNAL_FILE), annotationChangeSchema);

const split = ({
  highlights,
  articleNote,
  corrections,
  journalSeq,
  schemaVersion: _v,
  ...extra
}: AnnotationsFile) => ({
  data: { highlights, articleNote, corrections } as ArticleAnnotations,
  seq: journalSeq,
  extra,
});

/** The stored annotations with the journal's later changes applied in order. */
export function replay(
  file: AnnotationsFile,
  entries: JournalEntry<AnnotationChange>[],
): { data: ArticleAnnotations; seq: number; extra: Record<string, unknown> } {
  const start = split(file);
  let { data, seq } = start;
  for (const entry of entries) {
    if (entry.seq <= seq) continue; // folded already: the store was written, the journal not yet emptied
    data = applyChange(data, entry.change);
    seq = entry.seq;
  }
  return { data, seq, extra: start.extra };
}

/**
 * What an article's annotations are on disk, read without writing anything (the crash test's
 * check, a backup): the store file and its journal replayed. Null when the store does not read.
 */
export function readStoredAnnotations(dir: string): ArticleAnnotations | null {
  const file = readAnnotationsFile(dir);
  if (file.kind === 'damaged') return null;
  return replay(file.kind === 'ok' ? file.value : EMPTY_ANNOTATIONS_FILE, openJournal(dir).read().entries)
    .data;
}

/**
 * One article's annotations as the service holds them: the store (electron-store) and the journal
 * of changes since it was last written. A change is one journal line; the store is rewritten whole
 * only when folded (when idle, when the journal grows long, when the article closes, at start-up).
 */
export class JournaledArticle {
  private current: ArticleAnnotations;
  private seq: number;
  private foldedSeq: number;
  private readonly extra: Record<string, unknown>;
  /** What the journal held when opened: a torn or damaged line is cleared by the first fold. */
  readonly recovered: JournalRead<AnnotationChange>;

  /**
   * Damaged lines are skipped (each change holds whole records, so the others still apply) and the
   * journal handed to `setAside` as it was, before the first fold empties it.
   */
  constructor(
    private readonly store: KeyValueStore<AnnotationsFile>,
    private readonly journal: Journal<AnnotationChange>,
    setAside: (file: string) => void,
  ) {
    this.recovered = journal.read();
    if (this.recovered.damaged.length) {
      setAside(journal.file);
      journal.detach();
    }
    const state = replay(store.store, this.recovered.entries);
    this.current = state.data;
    this.seq = state.seq;
    this.foldedSeq = store.store.journalSeq;
    this.extra = state.extra;
  }

  get data(): ArticleAnnotations {
    return this.current;
  }

  /** Changes in the journal not yet in the store. */
  get pending(): number {
    return this.journal.length;
  }

  /** Appends the change to the journal (on disk when this returns), then makes it current. */
  commit(change: AnnotationChange): ArticleAnnotations {
    const next = applyChange(this.current, change);
    this.journal.append({ seq: this.seq + 1, change });
    this.seq += 1;
    this.current = next;
    return next;
  }

  /** Writes the store whole and then empties the journal, in that order, each durable. */
  fold(): void {
    if (this.foldedSeq !== this.seq) {
      this.store.store = {
        ...this.extra,
        ...this.current,
        schemaVersion: ANNOTATIONS_FORMAT.current,
        journalSeq: this.seq,
      };
      fsyncDir(path.dirname(this.store.path));
      this.foldedSeq = this.seq;
    }
    if (!this.journal.empty) this.journal.clear();
  }

  close(): void {
    try {
      this.fold();
    } finally {
      this.journal.close();
    }
  }
}
