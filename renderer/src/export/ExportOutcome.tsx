import type { ExportSummary } from '../../../common/export/request';
import { summaryText } from './export-dialog-state';

interface Props {
  running: boolean;
  progress: { done: number; total: number } | null;
  summary: ExportSummary | null;
  error: string | null;
}

/** The progress bar while an export runs, then what it wrote (or why it stopped). */
export function ExportOutcome({ running, progress, summary, error }: Props) {
  return (
    <div className="export-outcome" aria-live="polite">
      {running && progress && (
        <div className="export-progress">
          <progress aria-label="Export progress" max={Math.max(progress.total, 1)} value={progress.done} />
          <span className="hint">
            {progress.total
              ? `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} articles`
              : 'Starting…'}
          </span>
        </div>
      )}
      {summary && (
        <div className="export-summary" role="status">
          <p>{summaryText(summary)}</p>
          <p className="hint export-path">{summary.folder}</p>
          {summary.skipped.length > 0 && (
            <>
              <p>Not exported:</p>
              <ul>
                {summary.skipped.slice(0, 20).map((k) => (
                  <li key={k.what}>
                    {k.what}: {k.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {error && (
        <p className="export-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
