import { DEFAULT_SETTINGS, type Settings } from '../../../common/model/settings';
import type { Backup, BackupArticle, BackupTrashed } from '../../../common/transfer/backup-schema';
import { addCounts, mergeAnnotations, mergeShelf, noCounts, sameJson } from '../../../common/transfer/merge';
import type { TransferSummary } from '../../../common/transfer/summary';
import { writeImages } from '../images/image-store';
import type { StoredBody } from './backup-check';
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

/** What becomes of each record of a backup, decided from the library before anything is written. */
export interface BackupPlan {
  /** Not in the library: added as they were. */
  add: BackupArticle[];
  /** In the library (by id, or the same text under another id): merged into that one. */
  merge: { rec: BackupArticle; localId: string }[];
  /** Removed here since: left in the trash. */
  inTrash: BackupArticle[];
  /** Trashed articles the library has nowhere: put in the trash as they were. */
  addTrash: BackupTrashed[];
  presentTrash: number;
}

export function planBackup(deps: TransferDeps, backup: Backup): BackupPlan {
  const { library } = deps;
  const trashed = new Set(library.trashed().map((t) => t.articleId));
  const byHash = new Map(library.list().map((m) => [m.contentHash, m.id]));
  const plan: BackupPlan = { add: [], merge: [], inTrash: [], addTrash: [], presentTrash: 0 };
  for (const rec of backup.articles) {
    const { id, contentHash } = rec.article;
    const localId = library.has(id) ? id : byHash.get(contentHash);
    if (localId) plan.merge.push({ rec, localId });
    else if (trashed.has(id)) plan.inTrash.push(rec);
    else plan.add.push(rec);
  }
  for (const rec of backup.trash) {
    const { id, contentHash } = rec.article;
    if (library.has(id) || trashed.has(id) || byHash.has(contentHash)) plan.presentTrash += 1;
    else plan.addTrash.push(rec);
  }
  return plan;
}

/**
 * Merges a checked backup into the library by its plan. An article not in the library is added as
 * it was, with its shelf, annotations, images and reading position (the index and the reading
 * positions written once for all). One in the library keeps its text (a differing version is said
 * in the summary) and gets the backup's annotations merged record by record. Trashed articles the
 * library has nowhere are put in the trash as they were. Settings, which carry no times, are taken
 * only by a library whose settings are still the defaults (a new installation).
 */
export function applyBackup(
  deps: TransferDeps,
  backup: Backup,
  plan: BackupPlan,
  bodies: ReadonlyMap<string, StoredBody>,
  summary: TransferSummary,
): void {
  const { library, annotations, settings, search } = deps;
  const from = `from the backup of ${backup.created.slice(0, 10)}`;
  const offsets: Record<string, number> = {};

  const added = [...plan.add, ...plan.addTrash];
  library.addStored(
    added.map((rec) => ({
      article: { ...rec.article, html: bodies.get(rec.article.id)!.html },
      shelf: rec.shelf,
    })),
  );
  for (const rec of added) {
    const id = rec.article.id;
    writeImages(library.articleDir(id), bodies.get(id)!.images);
    const a = rec.annotations;
    if (a.highlights.length || a.corrections.length || a.articleNote) annotations.replaceAll(id, a);
    if (rec.readingOffset !== null) offsets[id] = rec.readingOffset;
  }
  for (const rec of plan.add) {
    const a = rec.annotations;
    summary.articles.added += 1;
    summary.highlights.added += a.highlights.length;
    summary.corrections.added += a.corrections.length;
    if (a.articleNote.trim()) summary.articleNotes.added += 1;
    summary.changed.push(rec.article.id);
  }
  for (const rec of plan.addTrash) {
    annotations.close(rec.article.id);
    // At the moment it was removed, so that it keeps its place (and its name) in the trash.
    const removed = new Date(rec.removedAt);
    library.remove(rec.article.id, Number.isNaN(removed.getTime()) ? new Date() : removed);
    summary.trash.added += 1;
  }
  summary.trash.unchanged += plan.presentTrash;

  for (const rec of plan.inTrash) {
    summary.articles.kept += 1;
    summary.skipped.push({
      what: `“${rec.article.title}”`,
      why: 'it is in your trash: restore it from the Trash shelf, then import the backup again to merge it',
    });
  }

  const shelves = new Map(library.entries().map((e) => [e.id, e.shelf]));
  for (const { rec, localId } of plan.merge) {
    const local = library.get(localId);
    if (local.contentHash !== rec.article.contentHash)
      summary.skipped.push({
        what: `The text of “${local.title}”`,
        why: 'the library holds another version of it, which was kept; the backup’s highlights were merged onto it',
      });
    const merged = mergeAnnotations(annotations.get(localId), rec.annotations, from);
    if (merged.changed) annotations.replaceAll(localId, merged.annotations);
    summary.highlights = addCounts(summary.highlights, merged.highlights);
    summary.corrections = addCounts(summary.corrections, merged.corrections);
    if (merged.articleNote) summary.articleNotes[merged.articleNote] += 1;
    const mine = shelves.get(localId)!;
    const shelf = mergeShelf(mine, rec.shelf);
    const shelfChanged = !sameJson(shelf, mine);
    if (shelfChanged) library.setShelf(localId, shelf);
    if (rec.readingOffset !== null && settings.readingOffset(localId) === null)
      offsets[localId] = rec.readingOffset;
    if (merged.changed || shelfChanged) {
      summary.articles.updated += 1;
      summary.changed.push(localId);
      search.touch(localId);
    } else summary.articles.unchanged += 1;
  }
  settings.setReadingOffsets(offsets);

  const mine = settings.get();
  if (sameJson(withoutLast(mine), withoutLast(backup.settings))) summary.settings = 'unchanged';
  else if (backup.scope === 'library' && sameJson(withoutLast(mine), withoutLast(DEFAULT_SETTINGS))) {
    settings.update(backup.settings);
    summary.settings = 'applied';
  } else summary.settings = 'kept';
}
