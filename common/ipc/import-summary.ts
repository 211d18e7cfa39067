import type { FolderImportSummary, ImportOutcome } from './contract';

/**
 * What files' outcomes come to, in the summary's terms: the main process's folder import and the
 * renderer's many-files import tell the user the same way.
 */
export function summarize(
  outcomes: readonly ImportOutcome[],
): Pick<FolderImportSummary, 'total' | 'imported' | 'duplicates' | 'refused'> {
  const summary: Pick<FolderImportSummary, 'total' | 'imported' | 'duplicates' | 'refused'> = {
    total: outcomes.length,
    imported: [],
    duplicates: [],
    refused: [],
  };
  for (const o of outcomes) {
    if (!o.ok) summary.refused.push({ fileName: o.fileName, path: o.path, code: o.code, message: o.message });
    else if (o.existed)
      summary.duplicates.push({ fileName: o.fileName, articleId: o.article.id, title: o.article.title });
    else
      summary.imported.push({
        fileName: o.fileName,
        articleId: o.article.id,
        title: o.article.title,
        updated: o.updated === true,
      });
  }
  return summary;
}

/**
 * What came in together, one summary: files dropped beside folders, or several folders at once,
 * each imported on its own and told as one, so no part's summary replaces another's on screen.
 */
export function combineSummaries(parts: readonly FolderImportSummary[]): FolderImportSummary {
  const all = emptySummary(parts.length === 1 ? parts[0]!.folder : '');
  for (const p of parts) {
    all.total += p.total;
    all.imported.push(...p.imported);
    all.duplicates.push(...p.duplicates);
    all.refused.push(...p.refused);
    all.ignored += p.ignored;
    if (p.truncated) all.truncated = all.truncated ? `${all.truncated} ${p.truncated}` : p.truncated;
  }
  return all;
}

/** A summary of nothing yet, to add to. */
export function emptySummary(folder: string): FolderImportSummary {
  return { folder, total: 0, imported: [], duplicates: [], refused: [], ignored: 0, truncated: null };
}
