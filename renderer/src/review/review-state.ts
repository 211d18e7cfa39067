import type { GlossApi } from '../../../common/ipc/bridge';
import { NO_FILTER, type HighlightFilter } from '../../../common/model/highlight-filter';
import type { ReviewItem } from '../../../common/model/views';
import { createStore } from '../state/store';

/** Rows asked for at once: the list grows by a page at the end, never loads the library whole. */
export const REVIEW_PAGE = 100;
const WORDS_AFTER_MS = 200;

interface ReviewState {
  filter: HighlightFilter;
  items: ReviewItem[];
  matched: number;
  total: number;
  tags: string[];
  loading: boolean;
}

/** The review view: the filter, and the pages of rows the main process has answered for it. */
export function createReview(api: GlossApi, onError: (message: string) => void) {
  const store = createStore<ReviewState>({
    filter: NO_FILTER,
    items: [],
    matched: 0,
    total: 0,
    tags: [],
    loading: true,
  });
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const load = async (filter: HighlightFilter, offset: number) => {
    const mine = ++seq;
    store.setState({ loading: true });
    try {
      const page = await api.review.list({ filter, offset, limit: REVIEW_PAGE });
      // An answer to an older filter never replaces a newer one.
      if (mine !== seq) return;
      store.setState((s) => ({
        items: offset === 0 ? page.items : [...s.items, ...page.items],
        matched: page.matched,
        total: page.total,
        tags: page.tags,
        loading: false,
      }));
    } catch (err) {
      if (mine === seq) {
        store.setState({ loading: false });
        onError(err instanceof Error ? err.message : String(err));
      }
    }
  };

  return {
    ...store,
    reload: () => load(store.getState().filter, 0),
    /** Words go through the search index once typing pauses; the other filters at once. */
    setFilter(filter: HighlightFilter): void {
      const typed = filter.words !== store.getState().filter.words;
      store.setState({ filter });
      if (timer) clearTimeout(timer);
      if (typed) timer = setTimeout(() => void load(filter, 0), WORDS_AFTER_MS);
      else void load(filter, 0);
    },
    more: () => load(store.getState().filter, store.getState().items.length),
  };
}

export type ReviewModule = ReturnType<typeof createReview>;
