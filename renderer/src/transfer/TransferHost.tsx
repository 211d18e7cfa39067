import { useEffect, useState } from 'react';
import type { GlossApi } from '../../../common/ipc/bridge';
import type { LibraryEntry } from '../../../common/model/library';
import { flushAllSessions } from '../state/session/use-session';
import { useStore } from '../state/use-store';
import { TransferDialog } from './TransferDialog';
import { createTransfer } from './transfer-state';

/**
 * File > Back Up Library… and File > Import Backup or Annotations…: the main process asks for the
 * file in the system's dialog, then hands it here, where the dialog says what will happen and what
 * did. After an import that changed anything the page is read again, as after a restore.
 */
export function TransferHost({ api, articles }: { api: GlossApi; articles: LibraryEntry[] }) {
  const [transfer] = useState(() => createTransfer(api, flushAllSessions));
  const { view } = useStore(transfer);
  useEffect(() => {
    const stops = [
      api.on('menu.backupTo', ({ path }) => transfer.openBackup(path)),
      api.on('menu.importTransfer', ({ path }) => void transfer.openImport(path)),
    ];
    return () => stops.forEach((stop) => stop());
  }, [api, transfer]);
  if (view.kind === 'closed') return null;
  return (
    <TransferDialog
      view={view}
      articles={articles}
      transfer={transfer}
      onClose={() => {
        if (transfer.close()) window.location.reload();
      }}
    />
  );
}
