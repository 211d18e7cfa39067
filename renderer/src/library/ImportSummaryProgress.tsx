import type { ImportSheetState } from './use-import';

/** How far an import has got: a bar, the count and the file just read. */
export function ImportSummaryProgress({ progress }: { progress: ImportSheetState['progress'] }) {
  const label = progress
    ? `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} files`
    : 'Starting…';
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
