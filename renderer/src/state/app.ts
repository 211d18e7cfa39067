/** Every state module of the renderer, made once per window over one window.gloss. */
import type { GlossApi } from '../../../common/ipc/bridge';
import type { SelectionInfo } from '../reader/ArticleView';
import { createAnalysisView } from './analysis-view';
import type { Side, Wanted } from './layout';
import { createLibrary } from './library';
import { createOverlay } from './overlay';
import { createSettings } from './settings';
import { createStore } from './store';
import { createToasts } from './toasts';

export function createAppModules(api: GlossApi) {
  const toasts = createToasts();
  const onError = (message: string) => void toasts.push({ level: 'error', message });
  return {
    api,
    toasts,
    onError,
    overlay: createOverlay(),
    settings: createSettings(api, onError),
    library: createLibrary(api, onError),
    analysis: createAnalysisView(api, onError),
    /** The article text the user has selected, with where it is on screen. */
    selection: createStore<{ selection: SelectionInfo | null }>({ selection: null }),
    /** Which sides the reader wants beside the text, and one shown over it on demand. */
    sides: createStore<{ wanted: Wanted; peek: Side | null }>({
      wanted: { library: true, panel: true },
      peek: null,
    }),
    /**
     * Notices arise in the main process whenever it repairs something (at start-up, or when an
     * article's store is first opened); each is handed over once.
     */
    async showNotices(): Promise<void> {
      for (const n of await api.app.notices()) toasts.push({ level: n.level, message: n.message });
    },
  };
}

export type AppModules = ReturnType<typeof createAppModules>;
