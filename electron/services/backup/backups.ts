import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { backupIdSchema, type BackupInfo, type RestoreResult } from '../../../common/ipc/contract';
import { articleAnnotationsSchema } from '../../../common/model/annotation';
import { articleIdSchema } from '../../../common/model/ids';
import type { Annotations } from '../annotations';
import { ServiceError } from '../errors';
import { readStoredAnnotations } from '../journal/journaled-article';
import type { Library } from '../library';
import type { NoticeBoard } from '../notices';
import { writeFailure } from '../storage/durable';
import { readJson, writeJsonAtomic } from '../storage/json-file';

/** Daily backups are named by their day; a backup taken before a restore, by its moment. */
const DAILY = /^\d{4}-\d{2}-\d{2}$/;
const BEFORE_RESTORE = /^before-restore-/;
const KEEP_DAILY = 7;
const KEEP_BEFORE_RESTORE = 3;
const CHECK_EVERY_MS = 60 * 60 * 1000;

const backupFileSchema = z.object({
  format: z.literal(1),
  created: z.string(),
  articles: z.array(
    z.object({ id: articleIdSchema, title: z.string(), annotations: articleAnnotationsSchema }),
  ),
});
type BackupFile = z.infer<typeof backupFileSchema>;

/**
 * Rolling backups of every article's annotations and of the settings, under backups/<day>/: one a
 * day (taken at start-up and checked hourly), the newest seven kept. A restore first backs up
 * what it replaces, then writes each article's backed-up annotations as one journaled change.
 */
export class Backups {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly userDataDir: string,
    private readonly library: Library,
    private readonly annotations: Annotations,
    private readonly notices: NoticeBoard,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get root(): string {
    return path.join(this.userDataDir, 'backups');
  }

  private fileOf(id: string): string {
    return path.join(this.root, id, 'annotations.json');
  }

  /** Takes today's backup unless there is one, and keeps taking it as days pass while the app runs. */
  start(): void {
    this.daily();
    this.timer = setInterval(() => this.daily(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Today's backup, made if missing; a failure is told once and tried again later. */
  daily(): void {
    const id = this.now().toISOString().slice(0, 10);
    if (existsSync(this.fileOf(id))) return;
    try {
      this.create(id);
      this.prune();
    } catch (err) {
      this.notices.add(
        'warning',
        `Today's backup of your highlights and notes could not be made: ${writeFailure(err)}.`,
      );
    }
  }

  private create(id: string): BackupInfo {
    const articles = this.library.list().flatMap((meta) => {
      const annotations = readStoredAnnotations(this.library.articleDir(meta.id));
      return annotations ? [{ id: meta.id, title: meta.title, annotations }] : [];
    });
    const file: BackupFile = { format: 1, created: this.now().toISOString(), articles };
    writeJsonAtomic(this.fileOf(id), file);
    const settings = path.join(this.userDataDir, 'settings.json');
    if (existsSync(settings)) copyFileSync(settings, path.join(this.root, id, 'settings.json'));
    return info(id, file);
  }

  private prune(): void {
    const names = this.names();
    const drop = [
      ...names.filter((n) => DAILY.test(n)).slice(KEEP_DAILY),
      ...names.filter((n) => BEFORE_RESTORE.test(n)).slice(KEEP_BEFORE_RESTORE),
    ];
    for (const name of drop) rmSync(path.join(this.root, name), { recursive: true, force: true });
  }

  /** Backup folders, newest first (their names sort by time within each kind). */
  private names(): string[] {
    if (!existsSync(this.root)) return [];
    return readdirSync(this.root)
      .filter((n) => backupIdSchema.safeParse(n).success)
      .sort()
      .reverse();
  }

  /** The backups that read, newest first. */
  list(): BackupInfo[] {
    return this.names()
      .flatMap((id) => {
        const read = readJson(this.fileOf(id), backupFileSchema);
        return read.kind === 'ok' ? [info(id, read.value)] : [];
      })
      .sort((a, b) => b.created.localeCompare(a.created));
  }

  restore(id: string): RestoreResult {
    const read = readJson(this.fileOf(id), backupFileSchema);
    if (read.kind !== 'ok')
      throw new ServiceError(
        'not-found',
        read.kind === 'missing'
          ? 'That backup is no longer there.'
          : `That backup could not be read (${read.reason}).`,
      );
    const before = `before-restore-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      mkdirSync(this.root, { recursive: true });
      this.create(before);
    } catch (err) {
      throw new ServiceError('write-failed', `Nothing was restored: ${writeFailure(err)}.`);
    }
    let restored = 0;
    let skipped = 0;
    for (const article of read.value.articles) {
      if (!this.library.has(article.id)) {
        skipped += 1;
        continue;
      }
      this.annotations.replaceAll(article.id, article.annotations);
      restored += 1;
    }
    this.prune();
    return { restored, skipped, before };
  }
}

const info = (id: string, file: BackupFile): BackupInfo => ({
  id,
  created: file.created,
  articles: file.articles.length,
  highlights: file.articles.reduce((n, a) => n + a.annotations.highlights.length, 0),
});
