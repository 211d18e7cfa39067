import type { GlossApi } from '../../../common/ipc/bridge';

/** What each library-wide view is given: the API, where errors go, and how to open a passage. */
export interface ViewProps {
  api: GlossApi;
  onError: (message: string) => void;
  /** Opens the article at an offset into its text. */
  onOpen: (articleId: string, offset: number) => void;
}

export const dateOf = (iso: string): string =>
  new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export const plural = (n: number, one: string): string => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`;
