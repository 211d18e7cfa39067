import type { GlossApi } from '../../../common/ipc/bridge';
import type { Placement, Side } from '../state/layout';
import { createStore } from '../state/store';

/**
 * Focused reading: the library, the side panel and the toolbar fold away and only the text is
 * left; in the desktop app the window goes full screen as well. Not remembered across starts: a
 * start shows the library, so the reader sees where they are (the window's own full screen is
 * remembered with its size, as before). Ctrl/Cmd+Shift+F or the View menu toggles it, Esc leaves.
 */
export function createFocusMode(api: GlossApi) {
  const store = createStore<{ on: boolean }>({ on: false });
  const set = (on: boolean) => {
    if (store.getState().on === on) return;
    store.setState({ on });
    // Where there is no window (the browser) the layout is the whole of it.
    void api.app.setFullScreen({ on }).catch(() => {});
  };
  return {
    ...store,
    enter: () => set(true),
    leave: () => set(false),
    toggle: () => set(!store.getState().on),
  };
}

export type FocusModeModule = ReturnType<typeof createFocusMode>;

/** Both sides folded away while reading focused; as laid out otherwise. */
export const focusedLayout = (layout: Record<Side, Placement>, focused: boolean): Record<Side, Placement> =>
  focused ? { library: 'hidden', panel: 'hidden' } : layout;
