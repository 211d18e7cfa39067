import type { FolderImportState } from './use-import';

/** How far a folder import has got: a bar, the count and the file just read. */
export function ImportSummaryProgress({ progress }: { progress: FolderImportState['progress'] }) {
  const label = progress
    ? `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} files`
    : 'Looking through the folder…';
  return (
    <div className="import-progress">
      <progress
        aria-label="Import progress"
        value={progress?.done ?? undefined}
        max={progress?.total ?? undefined}
      />
      <span className="import-progress-count">{label}</span>
      {progress && (
        <span className="import-progress-file hint" title={progress.fileName}>
          {progress.fileName}
        </span>
      )}
    </div>
  );
}
