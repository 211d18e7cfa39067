import type { GlossApi } from '../../../common/ipc/bridge';
import type { TrashEntry } from '../../../common/model/library';
import { SEARCH_LIST_LIMIT, type SearchHit } from '../../../common/model/search';
import type { LibraryModule } from '../state/library';
import { createStore } from '../state/store';
import type { createToasts } from '../state/toasts';
import type { FindModule } from './find-state';
import { DEFAULT_VIEW, type ViewOptions } from './library-view';

/** How long a removal's Undo is offered. */
export const UNDO_REMOVE_MS = 10_000;

interface ViewState {
  view: ViewOptions;
  query: string;
  /** Results of the query; null when there is none. */
  hits: SearchHit[] | null;
  trash: TrashEntry[];
}

/**
 * The library view's own state and commands: sort and filters, the search box and its results,
 * the trash; tags, archive and removal with Undo go to the main process and refresh the list.
 */
export function createLibraryView(
  api: GlossApi,
  library: LibraryModule,
  find: FindModule,
  toasts: ReturnType<typeof createToasts>,
  onError: (message: string) => void,
) {
  const store = createStore<ViewState>({ view: DEFAULT_VIEW, query: '', hits: null, trash: [] });
  const say = (err: unknown) => onError(err instanceof Error ? err.message : String(err));
  let searchSeq = 0;

  const loadTrash = async () => store.setState({ trash: await api.library.trash() });
  const restore = async (trashId: string) => {
    try {
      const meta = await api.library.restore({ trashId });
      await Promise.all([library.refresh(), loadTrash()]);
      toasts.push({ level: 'info', message: `“${meta.title}” is back in your library.` });
    } catch (err) {
      say(err);
    }
  };
  const shelf = async (patch: Parameters<GlossApi['library']['updateShelf']>[0]) => {
    try {
      await api.library.updateShelf(patch);
      await library.refresh();
    } catch (err) {
      say(err);
    }
  };

  return {
    ...store,
    setView(patch: Partial<ViewOptions>): void {
      store.setState((s) => ({ view: { ...s.view, ...patch } }));
      if (patch.shelf === 'trash') void loadTrash().catch(say);
    },
    /** Searches as typed; an answer to an older query never replaces a newer one. */
    async search(query: string): Promise<void> {
      const seq = ++searchSeq;
      store.setState({ query });
      if (!query.trim()) return store.setState({ hits: null });
      try {
        const hits = await api.library.search({ query, limit: SEARCH_LIST_LIMIT });
        if (seq === searchSeq) store.setState({ hits });
      } catch (err) {
        if (seq === searchSeq) say(err);
      }
    },
    /** Opens the article of a hit with the query's words marked and the hit's place shown. */
    async openHit(hit: SearchHit): Promise<void> {
      const at = hit.match?.start ?? 0;
      if (!(await library.open(hit.articleId, at))) return;
      const article = library.getState().article;
      if (!article) return;
      find.open(article, store.getState().query, 'words', at);
      if (find.getState().spans.length === 0 && hit.match) {
        // A highlight or note found by its note: show the highlight itself.
        find.setState({ spans: [hit.match], current: 0 });
      }
    },
    setTags: (articleId: string, tags: string[]) => shelf({ articleId, tags }),
    archive: (articleId: string, archived: boolean) => shelf({ articleId, archived }),
    markDone: (articleId: string, done: boolean) => shelf({ articleId, progress: done ? 1 : 0 }),
    async remove(articleId: string): Promise<void> {
      const title = library.getState().articles.find((a) => a.id === articleId)?.title ?? 'The article';
      const trashId = await library.remove(articleId);
      if (!trashId) return;
      toasts.push(
        {
          level: 'info',
          message: `Moved “${title}” to the trash.`,
          action: { label: 'Undo', run: () => void restore(trashId) },
        },
        UNDO_REMOVE_MS,
      );
      if (store.getState().query) await this.search(store.getState().query);
    },
    restore,
  };
}

export type LibraryViewModule = ReturnType<typeof createLibraryView>;
