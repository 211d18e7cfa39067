import type { GlossApi } from '../../../common/ipc/bridge';
import type { SettingsPatch } from '../../../common/ipc/contract';
import type { Settings } from '../../../common/model/settings';
import { createStore } from './store';

/** The user's settings as last confirmed by the main process (null until loaded). */
export function createSettings(api: GlossApi, onError: (message: string) => void) {
  const store = createStore<{ settings: Settings | null }>({ settings: null });
  return {
    ...store,
    async load(): Promise<Settings> {
      const settings = await api.settings.get();
      store.setState({ settings });
      return settings;
    },
    async update(patch: SettingsPatch): Promise<void> {
      try {
        store.setState({ settings: await api.settings.update(patch) });
      } catch (err) {
        onError(err instanceof Error ? err.message : String(err));
      }
    },
  };
}

export type SettingsModule = ReturnType<typeof createSettings>;
