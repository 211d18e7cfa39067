/**
 * The files of one export folder: which names are taken, which of them Gloss wrote, and the
 * writes themselves (atomic: a crash leaves the old file or the new one, never half of one). A
 * file Gloss would change that the user edited is first copied to `.gloss-backup/<time>/`, a
 * hidden folder that Obsidian and Logseq do not index.
 */
import {
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  closeSync,
  readdirSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import path from 'node:path';
import { writeFileSync } from 'atomically';
import { nameKey } from '../../../common/export/file-names';
import { ServiceError } from '../errors';
import { MANIFEST } from './manifest';

export const BACKUP_FOLDER = '.gloss-backup';

/** The folder the user chose, checked before anything is written into it. */
export function checkFolder(folder: string): string {
  if (!path.isAbsolute(folder))
    throw new ServiceError('export-folder', `“${folder}” is not a full path to a folder.`);
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    throw new ServiceError('export-folder', `The folder “${folder}” does not exist. Choose another one.`);
  }
  if (!isDir) throw new ServiceError('export-folder', `“${folder}” is a file, not a folder.`);
  return path.resolve(folder);
}

export class ExportFolder {
  private readonly onDisk: Set<string>;
  private backupDir: string | null = null;
  backedUp = 0;

  constructor(
    readonly dir: string,
    private readonly stamp: string,
  ) {
    this.onDisk = new Set(
      readdirSync(dir)
        .filter((n) => n !== MANIFEST)
        .map(nameKey),
    );
  }

  exists(name: string): boolean {
    return this.onDisk.has(nameKey(name));
  }

  read(name: string): string | null {
    try {
      return readFileSync(path.join(this.dir, name), 'utf8');
    } catch {
      return null;
    }
  }

  /** The article id a Markdown file says it was written for (`gloss-id` in its properties), if any. */
  glossIdOf(name: string): string | null {
    let fd: number | null = null;
    try {
      fd = openSync(path.join(this.dir, name), 'r');
      const head = Buffer.alloc(4096);
      const n = readSync(fd, head, 0, head.length, 0);
      return /^gloss-id::?\s*"?([a-z0-9][a-z0-9-]*)"?\s*$/m.exec(head.toString('utf8', 0, n))?.[1] ?? null;
    } catch {
      return null;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }

  write(name: string, content: string): void {
    writeFileSync(path.join(this.dir, name), content);
    this.onDisk.add(nameKey(name));
  }

  /** Keeps a copy of a file the user changed before Gloss writes over it or removes it. */
  backUp(name: string): void {
    this.backupDir ??= path.join(this.dir, BACKUP_FOLDER, this.stamp);
    mkdirSync(this.backupDir, { recursive: true });
    copyFileSync(path.join(this.dir, name), path.join(this.backupDir, name));
    this.backedUp++;
  }

  remove(name: string): void {
    unlinkSync(path.join(this.dir, name));
    this.onDisk.delete(nameKey(name));
  }
}
