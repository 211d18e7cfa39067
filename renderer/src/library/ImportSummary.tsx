import { useRef } from 'react';
import { useTakeFocus } from '../views/use-take-focus';
import { ImportSummaryCounts } from './ImportSummaryCounts';
import { ImportSummaryProgress } from './ImportSummaryProgress';
import type { FolderImportState } from './use-import';
import './import-summary.css';

interface Props {
  state: FolderImportState;
  onClose: () => void;
  onOpen: (articleId: string) => void;
}

const folderName = (p: string) => p.split(/[\\/]/).filter(Boolean).pop() ?? p;

/** A folder import as it goes (a progress bar) and when done (what came in, what did not and why). */
export function ImportSummary({ state, onClose, onOpen }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const done = state.summary !== null || state.error !== null;
  useTakeFocus(el);
  const name = folderName(state.folder);
  return (
    <div className="sheet-backdrop" onMouseDown={(e) => e.target === e.currentTarget && done && onClose()}>
      <div
        ref={el}
        className="sheet import-summary"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-summary-title"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && done) {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="card-head">
          <h2 className="card-title" id="import-summary-title">
            {done ? `Imported from “${name}”` : `Importing “${name}”…`}
          </h2>
          {done && (
            <button className="icon-button" aria-label="Close" onClick={onClose}>
              ×
            </button>
          )}
        </div>
        {!done && <ImportSummaryProgress progress={state.progress} />}
        {state.error && (
          <p className="import-error" role="alert">
            {state.error}
          </p>
        )}
        {state.summary && <ImportSummaryCounts summary={state.summary} onOpen={onOpen} />}
        {done && (
          <div className="import-actions">
            <button className="primary" onClick={onClose}>
              Done
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
