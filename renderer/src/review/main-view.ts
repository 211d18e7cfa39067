import { createStore } from '../state/store';

/** What fills the middle of the window: the open article, or a view of the whole library. */
export type MainView = 'reader' | 'review' | 'people' | 'entities';

export const LIBRARY_VIEWS: [Exclude<MainView, 'reader'>, string][] = [
  ['review', 'Review'],
  ['people', 'People'],
  ['entities', 'Entities'],
];

export function createMainView() {
  const store = createStore<{ view: MainView }>({ view: 'reader' });
  return {
    ...store,
    show: (view: MainView) => store.setState({ view }),
  };
}

export type MainViewModule = ReturnType<typeof createMainView>;
