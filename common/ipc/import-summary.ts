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
