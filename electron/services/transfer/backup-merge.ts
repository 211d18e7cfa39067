import { DEFAULT_SETTINGS, type Settings } from '../../../common/model/settings';
import type { Backup, BackupArticle } from '../../../common/transfer/backup-schema';
import { addCounts, mergeAnnotations, mergeShelf, noCounts, sameJson } from '../../../common/transfer/merge';
import type { TransferSummary } from '../../../common/transfer/summary';
import { writeImages } from '../images/image-store';
import type { ArticleImages } from './backup-check';
import type { TransferDeps } from './deps';

export function emptySummary(kind: TransferSummary['kind'], fileName: string): TransferSummary {
  return {
    kind,
    fileName,
    articles: noCounts(),
    highlights: noCounts(),
    corrections: noCounts(),
    articleNotes: noCounts(),
    trash: noCounts(),
    settings: 'none',
    toReview: 0,
    unplaced: [],
    skipped: [],
    changed: [],
  };
}

const withoutLast = ({ lastArticleId: _last, ...rest }: Settings) => rest;

/**
 * Merges a checked backup into the library. Articles are matched by id, then by text (the same
 * article imported on two machines); one not in the library is added as it was, with its shelf,
 * annotations and reading position. One in the library keeps its text (a differing version is
 * said in the summary) and gets the backup's annotations merged record by record. Trashed articles
 * the library has nowhere are put in the trash as they were. Settings, which carry no times, are
 * taken only by a library whose settings are still the defaults (a new installation).
 */
export function mergeBackup(
  deps: TransferDeps,
  backup: Backup,
  images: ReadonlyMap<string, ArticleImages>,
  summary: TransferSummary,
): void {
  const { library, annotations, settings, search } = deps;
  const from = `from the backup of ${backup.created.slice(0, 10)}`;
  const trashed = new Set(library.trashed().map((t) => t.articleId));
  const byHash = new Map(library.list().map((m) => [m.contentHash, m.id]));

  const add = (rec: BackupArticle, counted: boolean) => {
    library.addStored(rec.article, rec.shelf);
    writeImages(library.articleDir(rec.article.id), images.get(rec.article.id) ?? new Map());
    const a = rec.annotations;
    if (a.highlights.length || a.corrections.length || a.articleNote)
      annotations.replaceAll(rec.article.id, a);
    if (rec.readingOffset !== null) settings.setReadingOffset(rec.article.id, rec.readingOffset);
    if (!counted) return;
    summary.highlights.added += a.highlights.length;
    summary.corrections.added += a.corrections.length;
    if (a.articleNote.trim()) summary.articleNotes.added += 1;
    summary.changed.push(rec.article.id);
  };

  for (const rec of backup.articles) {
    const { article } = rec;
    const localId = library.has(article.id) ? article.id : byHash.get(article.contentHash);
    if (!localId) {
      if (trashed.has(article.id)) {
        summary.articles.kept += 1;
        summary.skipped.push({
          what: `“${article.title}”`,
          why: 'it is in your trash: restore it from the Trash shelf, then import the backup again to merge it',
        });
        continue;
      }
      add(rec, true);
      summary.articles.added += 1;
      continue;
    }
    const local = library.get(localId);
    if (local.contentHash !== article.contentHash)
      summary.skipped.push({
        what: `The text of “${local.title}”`,
        why: 'the library holds another version of it, which was kept; the backup’s highlights were merged onto it',
      });
    const merged = mergeAnnotations(annotations.get(localId), rec.annotations, from);
    if (merged.changed) annotations.replaceAll(localId, merged.annotations);
    summary.highlights = addCounts(summary.highlights, merged.highlights);
    summary.corrections = addCounts(summary.corrections, merged.corrections);
    if (merged.articleNote) summary.articleNotes[merged.articleNote] += 1;
    const entry = library.entries().find((e) => e.id === localId)!;
    const shelf = mergeShelf(entry.shelf, rec.shelf);
    const shelfChanged = !sameJson(shelf, entry.shelf);
    if (shelfChanged) library.setShelf(localId, shelf);
    if (rec.readingOffset !== null && settings.readingOffset(localId) === null)
      settings.setReadingOffset(localId, rec.readingOffset);
    if (merged.changed || shelfChanged) {
      summary.articles.updated += 1;
      summary.changed.push(localId);
      search.touch(localId);
    } else summary.articles.unchanged += 1;
  }

  for (const rec of backup.trash) {
    const id = rec.article.id;
    if (library.has(id) || trashed.has(id) || byHash.has(rec.article.contentHash)) {
      summary.trash.unchanged += 1;
      continue;
    }
    add(rec, false);
    annotations.close(id);
    // At the moment it was removed, so that it keeps its place (and its name) in the trash.
    const removed = new Date(rec.removedAt);
    library.remove(id, Number.isNaN(removed.getTime()) ? new Date() : removed);
    summary.trash.added += 1;
  }

  const mine = settings.get();
  if (sameJson(withoutLast(mine), withoutLast(backup.settings))) summary.settings = 'unchanged';
  else if (backup.scope === 'library' && sameJson(withoutLast(mine), withoutLast(DEFAULT_SETTINGS))) {
    settings.update(backup.settings);
    summary.settings = 'applied';
  } else summary.settings = 'kept';
}
