import type { SettingsPatch } from '../../common/ipc/contract';
import { DEFAULT_SETTINGS, THEMES, type Settings } from '../../common/model/settings';
import type { KeyValueStore, StoreFactory } from './storage/store-factory';

type SettingsFile = Settings & { sampleSeeded: boolean; readingOffsets: Record<string, number> } & Record<
    string,
    unknown
  >;

/**
 * settings.json: theme, font, layer toggles, the last article, and small per-article reading
 * positions (a number each, so the file stays small however large the library grows).
 */
export class SettingsService {
  private readonly store: KeyValueStore<SettingsFile>;

  constructor(stores: StoreFactory, userDataDir: string) {
    this.store = stores.open<SettingsFile>(
      userDataDir,
      'settings',
      { ...DEFAULT_SETTINGS, sampleSeeded: false, readingOffsets: {} },
      'Your settings',
    );
  }

  get(): Settings {
    const s = this.store.store;
    // A value edited by hand into something unusable falls back to its default, key by key.
    return {
      theme: THEMES.includes(s.theme) ? s.theme : DEFAULT_SETTINGS.theme,
      fontSize:
        Number.isInteger(s.fontSize) && s.fontSize >= 12 && s.fontSize <= 40
          ? s.fontSize
          : DEFAULT_SETTINGS.fontSize,
      fontFamily: s.fontFamily === 'sans' ? 'sans' : 'serif',
      layers: {
        entities: s.layers?.entities ?? true,
        quotes: s.layers?.quotes ?? true,
        reported: s.layers?.reported ?? true,
        entityTypes: { ...DEFAULT_SETTINGS.layers.entityTypes, ...(s.layers?.entityTypes ?? {}) },
      },
      lastArticleId: typeof s.lastArticleId === 'string' ? s.lastArticleId : null,
    };
  }

  update(patch: SettingsPatch): Settings {
    const current = this.get();
    const next: Settings = {
      ...current,
      ...patch,
      layers: {
        ...current.layers,
        ...patch.layers,
        entityTypes: { ...current.layers.entityTypes, ...patch.layers?.entityTypes },
      },
    } as Settings;
    this.store.set({ ...next } as Partial<SettingsFile>);
    return next;
  }

  get sampleSeeded(): boolean {
    return this.store.get('sampleSeeded') === true;
  }

  markSampleSeeded(): void {
    this.store.set('sampleSeeded', true);
  }

  readingOffset(articleId: string): number | null {
    const offsets = this.store.get('readingOffsets');
    const v = offsets && typeof offsets === 'object' ? offsets[articleId] : undefined;
    return typeof v === 'number' ? v : null;
  }

  setReadingOffset(articleId: string, offset: number): void {
    this.store.set('readingOffsets', { ...(this.store.get('readingOffsets') ?? {}), [articleId]: offset });
  }

  forgetArticle(articleId: string): void {
    const { [articleId]: _gone, ...rest } = this.store.get('readingOffsets') ?? {};
    this.store.set('readingOffsets', rest);
  }
}
