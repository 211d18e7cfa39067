import { useSyncExternalStore } from 'react';

/** A state module's snapshot, re-rendering when it changes. */
export function useStore<S>(store: { getState(): S; subscribe(l: () => void): () => void }): S {
  return useSyncExternalStore(store.subscribe, store.getState);
}
