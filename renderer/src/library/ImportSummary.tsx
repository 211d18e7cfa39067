import { useRef } from 'react';
import { useTakeFocus } from '../views/use-take-focus';
import { ImportSummaryCounts } from './ImportSummaryCounts';
import { ImportSummaryProgress } from './ImportSummaryProgress';
import type { ImportSheetState } from './use-import';
import './import-summary.css';

interface Props {
  state: ImportSheetState;
  onClose: () => void;
  onOpen: (articleId: string) => void;
}

const folderName = (p: string) => p.split(/[\\/]/).filter(Boolean).pop() ?? p;

function heading({ source, summary }: ImportSheetState, done: boolean): string {
  const { files, folders } = source;
  const parts = [
    ...(files ? [`${files.toLocaleString()} ${files === 1 ? 'file' : 'files'}`] : []),
    ...folders.map((f) => `“${folderName(f)}”`),
  ];
  const list =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  // "Imported from “Clippings”", "Imported 12 files", "Imported 3 files and “Clippings”"
  const what = files ? list : `from ${list}`;
  // nothing came in at all: only the reason below
  if (done && !summary) return `Could not import ${list}`;
  return done ? `Imported ${what}` : `Importing ${list}…`;
}

/** Folders or many files as they import (a progress bar) and when done (what came in, what did not and why). */
export function ImportSummary({ state, onClose, onOpen }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const done = state.summary !== null || state.error !== null;
  useTakeFocus(el);
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
            {heading(state, done)}
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
