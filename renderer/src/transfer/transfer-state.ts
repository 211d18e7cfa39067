/**
 * The backup and import dialog's state: which file, what it holds, what the user picked, what was
 * done. Plain TypeScript over the API, so it is tested without React.
 */
import type { GlossApi } from '../../../common/ipc/bridge';
import type { BackupDone, TransferPreview, TransferSummary } from '../../../common/transfer/summary';
import { errorMessage } from '../api';
import { createStore } from '../state/store';

export type TransferView =
  | { kind: 'closed' }
  | {
      kind: 'backup';
      path: string;
      /** null: the whole library; else the articles picked. */
      picked: string[] | null;
      busy: boolean;
      done: BackupDone | null;
      error: string | null;
    }
  | {
      kind: 'import';
      path: string;
      preview: TransferPreview | null;
      /** The article chosen for each annotated page ('' for none). */
      articleFor: Record<string, string>;
      busy: boolean;
      summary: TransferSummary | null;
      error: string | null;
    };

export function createTransfer(api: GlossApi, flush: () => Promise<void>) {
  const store = createStore<{ view: TransferView }>({ view: { kind: 'closed' } });
  const view = () => store.getState().view;
  const patch = (
    p:
      Partial<Extract<TransferView, { kind: 'backup' }>> | Partial<Extract<TransferView, { kind: 'import' }>>,
  ) => store.setState((s) => ({ view: { ...s.view, ...p } as TransferView }));

  return {
    ...store,
    openBackup(path: string): void {
      store.setState({ view: { kind: 'backup', path, picked: null, busy: false, done: null, error: null } });
    },
    async openImport(path: string): Promise<void> {
      store.setState({
        view: { kind: 'import', path, preview: null, articleFor: {}, busy: true, summary: null, error: null },
      });
      try {
        const preview = await api.transfer.inspect({ path });
        const articleFor = Object.fromEntries(preview.sources.map((s) => [s.source, s.articleId ?? '']));
        if (view().kind === 'import') patch({ preview, articleFor, busy: false });
      } catch (err) {
        if (view().kind === 'import') patch({ error: errorMessage(err), busy: false });
      }
    },
    /** The whole library (null) or the articles picked. */
    pick(picked: string[] | null): void {
      if (view().kind === 'backup') patch({ picked });
    },
    choose(source: string, articleId: string): void {
      const v = view();
      if (v.kind === 'import') patch({ articleFor: { ...v.articleFor, [source]: articleId } });
    },
    async run(): Promise<void> {
      const v = view();
      if (v.kind === 'closed' || v.busy) return;
      patch({ busy: true, error: null });
      try {
        // What is being typed belongs in the backup, and must not be written over by the import.
        await flush();
        if (v.kind === 'backup') {
          const done = await api.transfer.backup({
            path: v.path,
            ...(v.picked ? { articleIds: v.picked } : {}),
          });
          patch({ done, busy: false });
        } else {
          const articleFor = Object.fromEntries(Object.entries(v.articleFor).filter(([, id]) => id));
          const summary = await api.transfer.import({ path: v.path, articleFor });
          patch({ summary, busy: false });
        }
      } catch (err) {
        patch({ error: errorMessage(err), busy: false });
      }
    },
    /** Closes the dialog; answers whether the library changed (the caller reads it again). */
    close(): boolean {
      const v = view();
      store.setState({ view: { kind: 'closed' } });
      return v.kind === 'import' && !!v.summary && v.summary.changed.length > 0;
    },
  };
}

export type TransferModule = ReturnType<typeof createTransfer>;

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** "2 added, 1 updated": the parts of a count that are not zero, or null when all are. */
export function countsText(c: {
  added: number;
  updated: number;
  unchanged: number;
  kept: number;
}): string | null {
  const parts = [
    c.added && `${c.added} added`,
    c.updated && `${c.updated} updated`,
    c.unchanged && `${c.unchanged} unchanged`,
    c.kept && `${c.kept} kept as they are here (as new or newer)`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}
