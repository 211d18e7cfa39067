import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { schemaProblem } from '../storage/json-file';
import { fsyncDir } from '../storage/durable';

export interface JournalEntry<C> {
  /** Increases by one with each change of the article, across folds, so a replay skips folded ones. */
  seq: number;
  change: C;
}

export interface JournalRead<C> {
  entries: JournalEntry<C>[];
  /** The last line had no newline: a write cut short by a crash, never acknowledged, ignored. */
  torn: boolean;
  /** Complete lines that do not parse or fit (damage from outside Gloss): skipped, and said. */
  damaged: { line: number; reason: string }[];
}

/**
 * An append-only file of changes, one JSON line each, each fsync'd before `append` returns: a save
 * costs one small write however large the store it will be folded into. The file stays open while
 * the article is, so a save is a write and an fsync, no open or close.
 */
export class Journal<C> {
  private fd: number | null = null;
  /** Bytes of whole lines on disk: where the next line goes, and what a failed write is cut back to. */
  private size = 0;
  /** Bytes after the last whole line (a torn write), cut off before the next append. */
  private tail = 0;
  private count = 0;
  private loaded = false;
  private readonly lineSchema: z.ZodType<JournalEntry<C>>;

  constructor(
    readonly file: string,
    changeSchema: z.ZodType<C>,
  ) {
    this.lineSchema = z.object({ seq: z.number().int().positive(), change: changeSchema }) as z.ZodType<
      JournalEntry<C>
    >;
  }

  /** Entries since the journal was last cleared. */
  get length(): number {
    return this.count;
  }

  /** Nothing on disk, not even a torn line. */
  get empty(): boolean {
    return this.size + this.tail === 0;
  }

  /** Reads the file as it is on disk; the next append goes after its last whole line. */
  read(): JournalRead<C> {
    const result: JournalRead<C> = { entries: [], torn: false, damaged: [] };
    this.loaded = true;
    let raw: Buffer;
    try {
      raw = readFileSync(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      this.size = this.tail = this.count = 0;
      return result;
    }
    const end = raw.lastIndexOf(0x0a) + 1;
    result.torn = end < raw.length;
    const lines = raw.subarray(0, end).toString('utf8').split('\n');
    lines.pop();
    lines.forEach((line, i) => {
      const checked = this.parseLine(line);
      if (typeof checked === 'string') result.damaged.push({ line: i + 1, reason: checked });
      else result.entries.push(checked);
    });
    this.size = end;
    this.tail = raw.length - end;
    this.count = result.entries.length;
    return result;
  }

  private parseLine(line: string): JournalEntry<C> | string {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      return (err as Error).message;
    }
    const checked = this.lineSchema.safeParse(value);
    return checked.success ? checked.data : schemaProblem(checked.error);
  }

  private open(): number {
    if (this.fd !== null) return this.fd;
    if (!this.loaded) this.read();
    mkdirSync(path.dirname(this.file), { recursive: true });
    const fd = openSync(this.file, 'a');
    // A torn line left by a crash would otherwise run into the next entry.
    ftruncateSync(fd, this.size);
    this.tail = 0;
    // The new file's name must be as durable as its lines.
    fsyncDir(path.dirname(this.file));
    this.fd = fd;
    return fd;
  }

  /** Appends one entry and returns once it is on disk; on failure the file is as it was. */
  append(entry: JournalEntry<C>): void {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`);
    const fd = this.open();
    try {
      let written = 0;
      while (written < line.length) written += writeSync(fd, line, written);
      fsyncSync(fd);
    } catch (err) {
      try {
        ftruncateSync(fd, this.size);
      } catch {
        // The write's own error is the one to report; the torn tail is ignored on the next read.
      }
      throw err;
    }
    this.size += line.length;
    this.count += 1;
  }

  /** Empties the journal once its entries are folded into the store (and that is on disk). */
  clear(): void {
    const fd = this.open();
    ftruncateSync(fd, 0);
    fsyncSync(fd);
    this.size = this.count = 0;
  }

  /** The file was moved away (set aside as damaged): the next append starts a new one. */
  detach(): void {
    this.close();
    this.size = this.tail = this.count = 0;
    this.loaded = true;
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}
