import type { GlossApi } from '../../../common/ipc/bridge';
import { errorMessage } from '../api';
import type { TrashEntry } from '../../../common/model/library';
import { SEARCH_LIST_LIMIT, type SearchHit } from '../../../common/model/search';
import type { LibraryModule } from '../state/library';
import { createStore } from '../state/store';
import type { createToasts } from '../state/toasts';
import type { FindModule } from './find-state';
import { DEFAULT_VIEW, visibleEntries, type ViewOptions } from './library-view';
import { extend, inOrder, NO_SELECTION, toggle, type Selection } from './selection';

/** How long a removal's Undo is offered. */
export const UNDO_REMOVE_MS = 10_000;

interface ViewState {
  view: ViewOptions;
  query: string;
  /** Results of the query; null when there is none. */
  hits: SearchHit[] | null;
  trash: TrashEntry[];
  /** The rows chosen to act on together; cleared when the shelf, a filter or the search changes. */
  selection: Selection;
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
  const store = createStore<ViewState>({
    view: DEFAULT_VIEW,
    query: '',
    hits: null,
    trash: [],
    selection: NO_SELECTION,
  });
  const say = (err: unknown) => onError(errorMessage(err));
  let searchSeq = 0;

  const loadTrash = async () => store.setState({ trash: await api.library.trash() });
  const restore = async (...trashIds: string[]) => {
    let back: string[] = [];
    try {
      const { restored, failed } = await api.library.restoreMany({ trashIds });
      back = restored.map((a) => a.title);
      for (const f of failed) onError(f.message);
    } catch (err) {
      say(err);
    }
    await Promise.all([library.refresh(), loadTrash()]).catch(say);
    if (back.length === 1) toasts.push({ level: 'info', message: `“${back[0]}” is back in your library.` });
    else if (back.length > 1)
      toasts.push({
        level: 'info',
        message: `${back.length.toLocaleString()} articles are back in your library.`,
      });
  };
  /** Searches as typed; an answer to an older query never replaces a newer one. */
  const search = async (query: string): Promise<void> => {
    const seq = ++searchSeq;
    store.setState({ query, selection: NO_SELECTION });
    if (!query.trim()) return store.setState({ hits: null });
    try {
      const hits = await api.library.search({ query, limit: SEARCH_LIST_LIMIT });
      if (seq === searchSeq) store.setState({ hits });
    } catch (err) {
      if (seq === searchSeq) say(err);
    }
  };
  /** Tags, archive or progress for each article, in one request; the list is read again once. */
  const shelf = async (patches: Parameters<GlossApi['library']['updateShelf']>[0][]) => {
    if (!patches.length) return;
    try {
      await api.library.updateShelves({ patches });
    } catch (err) {
      say(err);
    }
    await library.refresh().catch(say);
  };
  /**
   * The chosen rows the list shows now, in its order: a row that left it since it was chosen
   * (archived or trashed by its own button, say) is not acted on.
   */
  const selected = () => {
    const { selection, view } = store.getState();
    if (!selection.ids.size) return [];
    return inOrder(
      selection,
      visibleEntries(library.getState().articles, view).map((a) => a.id),
    );
  };
  const clearSelection = () => store.setState({ selection: NO_SELECTION });
  /** Moves articles to the trash with one Undo for all of them; answers the ids moved. */
  const remove = async (articleIds: string[]): Promise<string[]> => {
    const titles = new Map(library.getState().articles.map((a) => [a.id, a.title]));
    const { removed, trashIds } = await library.removeAll(articleIds);
    if (!removed.length) return [];
    const message =
      removed.length === 1
        ? `Moved “${titles.get(removed[0]!) ?? 'The article'}” to the trash.`
        : `Moved ${removed.length.toLocaleString()} articles to the trash.`;
    toasts.push(
      trashIds.length
        ? { level: 'info', message, action: { label: 'Undo', run: () => void restore(...trashIds) } }
        : { level: 'info', message },
      UNDO_REMOVE_MS,
    );
    clearSelection();
    if (store.getState().query) await search(store.getState().query);
    return removed;
  };
  // one tag after another: each reads the tags the one before wrote
  let tagging = Promise.resolve();
  const addTag = async (tag: string) => {
    const t = tag.trim();
    if (!t) return;
    const byId = new Map(library.getState().articles.map((a) => [a.id, a.shelf.tags]));
    const lacking = selected().filter(
      (id) => !byId.get(id)!.some((x) => x.toLocaleLowerCase() === t.toLocaleLowerCase()),
    );
    await shelf(lacking.map((articleId) => ({ articleId, tags: [...byId.get(articleId)!, t] })));
  };
  return {
    ...store,
    setView(patch: Partial<ViewOptions>): void {
      store.setState((s) => ({ view: { ...s.view, ...patch }, selection: NO_SELECTION }));
      if (patch.shelf === 'trash') void loadTrash().catch(say);
    },
    search,
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
    setTags: (articleId: string, tags: string[]) => shelf([{ articleId, tags }]),
    archive: (articleId: string, archived: boolean) => shelf([{ articleId, archived }]),
    markDone: (articleId: string, done: boolean) => shelf([{ articleId, progress: done ? 1 : 0 }]),
    remove,
    restore,
    /** A row's box or Ctrl/⌘-click: that row in or out; Shift-click: the run from the last one. */
    select(articleId: string, how: 'toggle' | 'range', order: readonly string[]): void {
      store.setState((s) => ({
        selection: how === 'range' ? extend(s.selection, articleId, order) : toggle(s.selection, articleId),
      }));
    },
    selectAll: (order: readonly string[]) =>
      store.setState({ selection: { ids: new Set(order), anchor: null } }),
    clearSelection,
    /** Archive (or back) or done (or unread) for every chosen row; the selection is let go. */
    async shelveSelected(change: { archived: boolean } | { progress: 0 | 1 }): Promise<void> {
      const ids = selected();
      clearSelection();
      await shelf(ids.map((articleId) => ({ articleId, ...change })));
    },
    /** Adds a tag to each chosen row that lacks it (in any case); the selection stays, for another. */
    tagSelected(tag: string): Promise<void> {
      tagging = tagging.then(() => addTag(tag)).catch(say);
      return tagging;
    },
    /** The chosen rows the list shows (what the bar counts and Export offers as "selected"). */
    selected,
  };
}

export type LibraryViewModule = ReturnType<typeof createLibraryView>;
