import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EMPTY_SHELF, shelfSchema } from '../../../common/model/library';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupArticle,
  type BackupTrashed,
} from '../../../common/transfer/backup-schema';
import type { BackupDone } from '../../../common/transfer/summary';
import { ServiceError } from '../errors';
import { imagesDir, imageUrl, resolveImagePath } from '../images/paths';
import { readStoredAnnotations } from '../journal/journaled-article';
import { writeFailure } from '../storage/durable';
import { readArticle } from '../storage/article-file';
import { readJson, writeJsonAtomic } from '../storage/json-file';
import type { TransferDeps } from './deps';

/** The images stored in an article's folder, as the backup carries them. */
function imagesOf(articleDir: string, articleId: string): BackupArticle['images'] {
  const dir = imagesDir(articleDir);
  if (!existsSync(dir)) return [];
  // Only the files the app would serve: an image's own name, nothing else that lies there.
  return readdirSync(dir)
    .filter((name) => resolveImagePath(imageUrl(articleId, name), () => articleDir) !== null)
    .sort()
    .map((name) => ({ name, data: readFileSync(path.join(dir, name)).toString('base64') }));
}

/**
 * The backup of the whole library, or of the articles picked (the trash belongs to the whole
 * library only). Annotations are read as the daily backups read them, store and journal together,
 * so a change saved a moment ago is in it.
 */
export function collectBackup(
  deps: TransferDeps,
  articleIds: string[] | null,
  now: Date,
): {
  backup: Backup;
  warnings: string[];
} {
  const { library, settings } = deps;
  const warnings: string[] = [];
  const wanted = articleIds ? new Set(articleIds) : null;
  const entries = library.entries().filter((e) => !wanted || wanted.has(e.id));
  if (wanted && entries.length < wanted.size)
    throw new ServiceError('not-found', 'Some of the articles picked are no longer in the library.');
  const articles: BackupArticle[] = [];
  for (const e of entries) {
    const annotations = readStoredAnnotations(library.articleDir(e.id));
    if (!annotations) {
      warnings.push(`The highlights of “${e.title}” could not be read and are not in the backup.`);
      continue;
    }
    articles.push({
      article: library.get(e.id),
      shelf: e.shelf,
      annotations,
      readingOffset: settings.readingOffset(e.id),
      images: imagesOf(library.articleDir(e.id), e.id),
    });
  }
  const trash: BackupTrashed[] = [];
  for (const t of wanted ? [] : library.trashed()) {
    const dir = library.trashedFolder(t.trashId);
    const article = readArticle(path.join(dir, 'article.json'));
    const annotations = readStoredAnnotations(dir);
    if (article.kind !== 'ok' || !annotations) {
      warnings.push(`“${t.title}” in the trash could not be read and is not in the backup.`);
      continue;
    }
    const shelf = readJson(path.join(dir, 'shelf.json'), shelfSchema);
    trash.push({
      trashId: t.trashId,
      removedAt: t.removedAt,
      article: article.value,
      shelf: shelf.kind === 'ok' ? shelf.value : { ...EMPTY_SHELF },
      annotations,
      readingOffset: null,
      images: imagesOf(dir, t.articleId),
    });
  }
  return {
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      appVersion: deps.appVersion,
      created: now.toISOString(),
      scope: wanted ? 'selection' : 'library',
      articles,
      trash,
      settings: settings.get(),
    },
    warnings,
  };
}

export function writeBackup(
  deps: TransferDeps,
  file: string,
  articleIds: string[] | null,
  now = new Date(),
): BackupDone {
  const { backup, warnings } = collectBackup(deps, articleIds, now);
  try {
    writeJsonAtomic(file, backup);
  } catch (err) {
    if (err instanceof RangeError)
      throw new ServiceError(
        'too-large',
        'The library is too large for one backup file: back up some of its articles at a time (Only the articles ticked).',
      );
    throw new ServiceError('write-failed', `The backup could not be saved: ${writeFailure(err)}.`);
  }
  return {
    path: file,
    articles: backup.articles.length,
    trashed: backup.trash.length,
    highlights: backup.articles.reduce((n, a) => n + a.annotations.highlights.length, 0),
    bytes: statSync(file).size,
    warnings,
  };
}
