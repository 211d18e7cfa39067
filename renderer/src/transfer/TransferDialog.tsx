import type { LibraryEntry } from '../../../common/model/library';
import { Sheet } from '../views/Sheet';
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
  // While a backup or an import runs, nothing closes the dialog over it.
  const close = () => !view.busy && onClose();
  return (
    <div
      className="transfer-keys"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // The dialog's own: the reader's Escape (closing cards) is not for under it.
          e.stopPropagation();
          close();
        }
      }}
    >
      <Sheet
        title={view.kind === 'backup' ? 'Back up the library' : `Import “${fileName(view.path)}”`}
        className="transfer"
        onClose={close}
        closable={!view.busy}
      >
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
      </Sheet>
    </div>
  );
}
