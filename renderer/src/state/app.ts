/** Every state module of the renderer, made once per window over one window.gloss. */
import type { GlossApi } from '../../../common/ipc/bridge';
import type { SelectionInfo } from '../reader/ArticleView';
import { createAnalysisView } from './analysis-view';
import type { Side } from './layout';
import { createFind } from '../library/find-state';
import { createLibraryView } from '../library/library-view-state';
import { createLibrary } from './library';
import { createOverlay } from './overlay';
import { createSettings } from './settings';
import { createStore } from './store';
import { createToasts } from './toasts';
import { createFocusMode } from '../reader/focus-mode';

export function createAppModules(api: GlossApi) {
  const toasts = createToasts();
  const onError = (message: string) => void toasts.push({ level: 'error', message });
  const library = createLibrary(api, onError);
  const find = createFind();
  return {
    api,
    toasts,
    onError,
    overlay: createOverlay(),
    settings: createSettings(api, onError),
    library,
    find,
    libraryView: createLibraryView(api, library, find, toasts, onError),
    analysis: createAnalysisView(api, onError),
    /** The article text the user has selected, with where it is on screen. */
    selection: createStore<{ selection: SelectionInfo | null }>({ selection: null }),
    /** A side shown over the text on demand (which sides are wanted is a setting). */
    sides: createStore<{ peek: Side | null }>({ peek: null }),
    focus: createFocusMode(api),
    /**
     * Notices arise in the main process whenever it repairs something (at start-up, or when an
     * article's store is first opened); each is handed over once.
     */
    /**
     * A link followed in the article goes to the main process, which opens web and mail links
     * outside the app and refuses the rest with a message.
     */
    async openLink(href: string): Promise<void> {
      try {
        await api.app.openExternal({ url: href });
      } catch (err) {
        onError(err instanceof Error ? err.message : String(err));
      }
    },
    async showNotices(): Promise<void> {
      for (const n of await api.app.notices()) toasts.push({ level: n.level, message: n.message });
    },
  };
}

export type AppModules = ReturnType<typeof createAppModules>;
