import type { Span } from '../../../common/model/analysis';
import { createStore } from '../state/store';
import { findPhrase, findWords, nearest } from './find';

export interface FindState {
  open: boolean;
  /** The article it was found in: opening another leaves it behind. */
  articleId: string | null;
  query: string;
  /** A library search's words (each marked) or a phrase typed in the find bar. */
  mode: 'phrase' | 'words';
  spans: Span[];
  /** Index into spans of the one shown, -1 when there is none. */
  current: number;
  /** Counts each opening, so the bar takes focus again when asked again while open. */
  opened: number;
}

const CLOSED: FindState = {
  open: false,
  articleId: null,
  query: '',
  mode: 'phrase',
  spans: [],
  current: -1,
  opened: 0,
};

/** Find in the open article (Ctrl/Cmd+F), and the marks a search result opens the article with. */
export function createFind() {
  const store = createStore<FindState>(CLOSED);
  const step = (by: number) =>
    store.setState((s) =>
      s.spans.length ? { current: (s.current + by + s.spans.length) % s.spans.length } : {},
    );
  return {
    ...store,
    /** Opens the bar on an article (keeping what was typed) or, given a query, finds it there. */
    open(
      article: { id: string; text: string },
      query?: string,
      mode: FindState['mode'] = 'phrase',
      near = 0,
    ): void {
      const q = query ?? store.getState().query;
      const spans = mode === 'words' ? findWords(article.text, q) : findPhrase(article.text, q);
      const current = spans.length ? nearest(spans, near) : -1;
      store.setState((s) => ({
        open: true,
        articleId: article.id,
        query: q,
        mode,
        spans,
        current,
        opened: s.opened + 1,
      }));
    },
    /** What the user types in the bar: found as a phrase, the first at or after `near` shown. */
    type(text: string, query: string, near = 0): void {
      const spans = findPhrase(text, query);
      store.setState({ query, mode: 'phrase', spans, current: spans.length ? nearest(spans, near) : -1 });
    },
    next: () => step(1),
    previous: () => step(-1),
    close: () => store.setState((s) => ({ ...CLOSED, opened: s.opened })),
  };
}

export type FindModule = ReturnType<typeof createFind>;
