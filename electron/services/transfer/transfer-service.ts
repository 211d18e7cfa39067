import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_BACKUP_BYTES, type Backup } from '../../../common/transfer/backup-schema';
import { readForeign, type ForeignRead } from '../../../common/transfer/foreign-annotations';
import type { BackupDone, TransferPreview, TransferSummary } from '../../../common/transfer/summary';
import { ServiceError } from '../errors';
import { sourcesOf, importForeign } from './annotation-import';
import { writeBackup } from './backup-export';
import { parseBackup, storedBodies } from './backup-check';
import { applyBackup, emptySummary, planBackup } from './backup-merge';
import type { TransferDeps } from './deps';

type Read = { kind: 'backup'; backup: Backup } | { kind: 'foreign'; read: ForeignRead };

const refuse = (message: string): never => {
  throw new ServiceError('invalid-import', `${message} Nothing in your library was changed.`);
};

/**
 * File > Back Up Library… and File > Import Backup or Annotations…: the whole library (or the
 * articles picked) to one JSON file, and such a file, or annotations from elsewhere, merged back in.
 * Every file is read and checked whole before anything is written.
 */
export class TransferService {
  /**
   * Files the user chose to save to in the app's own dialog: the renderer may name only these to
   * write, so a page that went wrong cannot write anywhere else.
   */
  private readonly writable = new Set<string>();

  constructor(private readonly deps: TransferDeps) {}

  allowWrite(file: string): void {
    this.writable.add(path.resolve(file));
  }

  backup(file: string, articleIds: string[] | null): BackupDone {
    if (!this.writable.has(path.resolve(file)))
      throw new ServiceError('not-allowed', 'Choose where to save the backup with File > Back Up Library….');
    return writeBackup(this.deps, file, articleIds);
  }

  private read(file: string): Read {
    const name = path.basename(file);
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) refuse(`“${name}” is not a file.`);
      size = stat.size;
    } catch (err) {
      if (err instanceof ServiceError) throw err;
      return refuse(
        `“${name}” could not be opened (${(err as NodeJS.ErrnoException).code ?? 'unreadable'}).`,
      );
    }
    if (size > MAX_BACKUP_BYTES)
      refuse(
        `“${name}” is ${Math.round(size / 1024 / 1024)} MB, more than Gloss imports (${MAX_BACKUP_BYTES / 1024 / 1024} MB).`,
      );
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return refuse(`“${name}” is not a JSON file.`);
    }
    if (typeof json === 'object' && json !== null && 'format' in json && !Array.isArray(json))
      return { kind: 'backup', backup: parseBackup(json) };
    const read = readForeign(json);
    if (!read)
      return refuse(
        `“${name}” is neither a Gloss backup nor annotations Gloss can read (W3C Web Annotations or a Hypothesis export).`,
      );
    if (!read.annotations.length && !read.unreadable.length) refuse(`“${name}” holds no annotations.`);
    return { kind: 'foreign', read };
  }

  /** What a file holds, and where its annotations would go: shown before the user imports. */
  inspect(file: string): TransferPreview {
    const got = this.read(file);
    const fileName = path.basename(file);
    if (got.kind === 'backup') {
      const b = got.backup;
      return {
        kind: 'backup',
        fileName,
        backup: {
          created: b.created,
          appVersion: b.appVersion,
          articles: b.articles.length,
          trashed: b.trash.length,
          highlights: b.articles.reduce((n, a) => n + a.annotations.highlights.length, 0),
          newHere: planBackup(this.deps, b).add.length,
        },
        sources: [],
      };
    }
    return { kind: got.read.kind, fileName, backup: null, sources: sourcesOf(this.deps, got.read) };
  }

  /** Merges the file in; `articleFor` names the article for a page the user matched by hand. */
  async import(file: string, articleFor: Record<string, string>): Promise<TransferSummary> {
    const got = this.read(file);
    const fileName = path.basename(file);
    if (got.kind === 'backup') {
      const summary = emptySummary('backup', fileName);
      const adds = (p: ReturnType<typeof planBackup>) => [...p.add, ...p.addTrash];
      // Every body about to be written is checked before any is: nothing is written for a file
      // refused. Other requests run meanwhile, so the plan is made again once the bodies are in.
      const bodies = await storedBodies(got.backup, adds(planBackup(this.deps, got.backup)));
      const plan = planBackup(this.deps, got.backup);
      if (adds(plan).some((rec) => !bodies.has(rec.article.id)))
        refuse('The library changed while the backup was being read: import it again.');
      applyBackup(this.deps, got.backup, plan, bodies, summary);
      return summary;
    }
    const summary = emptySummary(got.read.kind, fileName);
    importForeign(this.deps, got.read, articleFor, summary);
    return summary;
  }
}
