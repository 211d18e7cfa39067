import { useRef } from 'react';
import type { LibraryEntry } from '../../../common/model/library';
import { useTakeFocus } from '../views/use-take-focus';
import { BackupForm } from './BackupForm';
import { ImportForm } from './ImportForm';
import type { TransferModule, TransferView } from './transfer-state';
import './transfer.css';

const fileName = (p: string) => p.split(/[\\/]/).pop() ?? p;

/** The one dialog for backing up and importing; Escape or Cancel closes it, Tab moves within it. */
export function TransferDialog({
  view,
  articles,
  transfer,
  onClose,
}: {
  view: Exclude<TransferView, { kind: 'closed' }>;
  articles: LibraryEntry[];
  transfer: TransferModule;
  onClose: () => void;
}) {
  const el = useRef<HTMLDivElement>(null);
  useTakeFocus(el);
  const title = view.kind === 'backup' ? 'Back up the library' : `Import “${fileName(view.path)}”`;
  return (
    <div
      className="sheet-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && !view.busy && onClose()}
    >
      <div
        ref={el}
        className="sheet transfer"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !view.busy) {
            // The dialog's own: the reader's Escape (closing cards) is not for under it.
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="card-head">
          <h2 className="card-title">{title}</h2>
          <button className="icon-button" aria-label="Close" onClick={onClose} disabled={view.busy}>
            ×
          </button>
        </div>
        {view.kind === 'backup' ? (
          <BackupForm view={view} articles={articles} transfer={transfer} onClose={onClose} />
        ) : (
          <ImportForm view={view} articles={articles} transfer={transfer} onClose={onClose} />
        )}
        {view.error && (
          <p className="transfer-error" role="alert">
            {view.error}
          </p>
        )}
      </div>
    </div>
  );
}
