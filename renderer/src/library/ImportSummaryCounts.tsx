import type { FolderImportSummary } from '../../../common/ipc/contract';

const n = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** What an import came to: counts first, then each refused file with its reason. */
export function ImportSummaryCounts({
  summary,
  onOpen,
}: {
  summary: FolderImportSummary;
  onOpen: (articleId: string) => void;
}) {
  const { imported, duplicates, refused, ignored, total } = summary;
  const updated = imported.filter((i) => i.updated).length;
  return (
    <div className="import-counts" role="status">
      {total === 0 ? (
        <p>There is no file Gloss reads in this folder (.txt, .md, .html or .epub).</p>
      ) : (
        <ul className="import-tally">
          <li>
            <strong>{n(imported.length - updated, 'article imported', 'articles imported')}</strong>
          </li>
          {updated > 0 && (
            <li>
              {n(updated, 'article updated to its new version', 'articles updated to their new versions')}
            </li>
          )}
          <li>
            {n(duplicates.length, 'already in the library, skipped', 'already in the library, skipped')}
          </li>
          <li className={refused.length ? 'import-refused-count' : undefined}>
            {n(refused.length, 'file refused', 'files refused')}
          </li>
        </ul>
      )}
      {ignored > 0 && (
        <p className="hint">
          {n(ignored, 'other file was', 'other files were')} passed over (images, scripts and other kinds
          Gloss does not read).
        </p>
      )}
      {summary.truncated && <p className="import-error">{summary.truncated}</p>}
      {refused.length > 0 && (
        <details className="import-list" open>
          <summary>Refused, and why</summary>
          <ul>
            {refused.map((r) => (
              <li key={r.path}>
                <span className="import-file" title={r.path}>
                  {r.fileName}
                </span>
                <span className="import-reason">{r.message}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {duplicates.length > 0 && (
        <details className="import-list">
          <summary>Already in the library</summary>
          <ul>
            {duplicates.map((d, i) => (
              <li key={`${d.articleId}-${i}`}>
                <span className="import-file">{d.fileName}</span>
                <button className="text-button" onClick={() => onOpen(d.articleId)}>
                  {d.title}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
