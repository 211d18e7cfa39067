import type { AggregatePage, AnalysisProgress } from '../../../common/model/views';
import { createStore } from '../state/store';

const PAGE = 100;
/** While articles are being analyzed, the list is asked for again this often. */
const POLL_MS = 1000;

interface AggregateState<R, D, P> {
  params: P;
  query: string;
  rows: R[];
  matched: number;
  analyzing: AnalysisProgress | null;
  /** The row whose detail is shown, and that detail once it came. */
  selected: string | null;
  detail: D[] | null;
  loaded: boolean;
}

type Fetch<R, P> = (q: P & { query: string; offset: number; limit: number }) => Promise<AggregatePage<R>>;

/**
 * A list of the whole library's speakers or entities, a page at a time, with the detail of one
 * row; while the main process is still analyzing articles it is asked again every second, so the
 * list fills in and "analyzing N of M" counts up.
 */
export function createAggregate<R extends { key: string }, D, P extends object>(
  fetch: Fetch<R, P>,
  detailOf: (key: string) => Promise<D[]>,
  params: P,
  onError: (message: string) => void,
) {
  const store = createStore<AggregateState<R, D, P>>({
    params,
    query: '',
    rows: [],
    matched: 0,
    analyzing: null,
    selected: null,
    detail: null,
    loaded: false,
  });
  const say = (err: unknown) => onError(err instanceof Error ? err.message : String(err));
  let seq = 0;
  let poll: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const load = async (offset: number, limit = PAGE): Promise<void> => {
    const mine = ++seq;
    if (poll) clearTimeout(poll);
    const { params, query } = store.getState();
    try {
      const page = await fetch({ ...params, query, offset, limit });
      if (mine !== seq || stopped) return;
      store.setState((s) => ({
        rows: offset === 0 ? page.rows : [...s.rows, ...page.rows],
        matched: page.matched,
        analyzing: page.analyzing,
        loaded: true,
      }));
      if (page.analyzing) {
        poll = setTimeout(() => {
          const shown = Math.max(PAGE, store.getState().rows.length);
          void load(0, Math.min(500, shown));
          const { selected } = store.getState();
          if (selected) void detail(selected);
        }, POLL_MS);
      }
    } catch (err) {
      if (mine === seq) say(err);
    }
  };
  const detail = async (key: string) => {
    try {
      const d = await detailOf(key);
      if (store.getState().selected === key) store.setState({ detail: d });
    } catch (err) {
      say(err);
    }
  };

  return {
    ...store,
    load: () => {
      stopped = false;
      return load(0);
    },
    more: () => load(store.getState().rows.length),
    setQuery(query: string) {
      store.setState({ query });
      return load(0);
    },
    setParams(p: Partial<P>) {
      store.setState((s) => ({ params: { ...s.params, ...p }, selected: null, detail: null }));
      return load(0);
    },
    select(key: string | null) {
      store.setState({ selected: key, detail: null });
      if (key) void detail(key);
    },
    stop() {
      stopped = true;
      if (poll) clearTimeout(poll);
    },
  };
}

export type AggregateModule<R extends { key: string }, D, P extends object> = ReturnType<
  typeof createAggregate<R, D, P>
>;
