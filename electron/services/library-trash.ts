import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { TrashEntry } from '../../common/model/library';
import { ServiceError } from './errors';
import { readArticle } from './storage/article-file';

/** `2026-12-01T10-24-00-123Z-<id>`: when it was removed, then the article id. */
const ENTRY = /^(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3})Z-([a-z0-9][a-z0-9-]*)$/;

/**
 * Removed articles: each folder moved whole (article, annotations, shelf) into trash/ under a
 * dated name, listed from the folder names and put back by moving it again. Nothing here deletes.
 */
export class Trash {
  constructor(private readonly userDataDir: string) {}

  private get dir(): string {
    return path.join(this.userDataDir, 'trash');
  }

  folder(trashId: string): string {
    return path.join(this.dir, trashId);
  }

  put(articleDir: string, id: string, now: Date): string {
    mkdirSync(this.dir, { recursive: true });
    const trashId = `${now.toISOString().replace(/[:.]/g, '-')}-${id}`;
    renameSync(articleDir, path.join(this.dir, trashId));
    return trashId;
  }

  list(): TrashEntry[] {
    if (!existsSync(this.dir)) return [];
    const entries: TrashEntry[] = [];
    for (const name of readdirSync(this.dir)) {
      const m = ENTRY.exec(name);
      if (!m) continue;
      const read = readArticle(path.join(this.dir, name, 'article.json'));
      entries.push({
        trashId: name,
        removedAt: `${m[1]}:${m[2]}:${m[3]}.${m[4]}Z`,
        articleId: m[5]!,
        title: read.kind === 'ok' ? read.value.title : m[5]!,
        siteName: read.kind === 'ok' ? read.value.siteName : null,
      });
    }
    return entries.sort((a, b) => b.removedAt.localeCompare(a.removedAt));
  }

  restore(trashId: string, articleDir: (id: string) => string): { articleId: string } {
    const m = ENTRY.exec(trashId);
    const from = path.join(this.dir, trashId);
    if (!m || !existsSync(from))
      throw new ServiceError('not-found', 'That article is no longer in the trash.');
    const articleId = m[5]!;
    const to = articleDir(articleId);
    if (existsSync(to))
      throw new ServiceError(
        'exists',
        'This article is in the library already (imported again since it was removed); the copy in the trash was left as it is.',
      );
    mkdirSync(path.dirname(to), { recursive: true });
    renameSync(from, to);
    return { articleId };
  }
}
