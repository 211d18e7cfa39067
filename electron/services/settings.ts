import { z } from 'zod';
import { mergeDeep } from '../../common/model/merge';
import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../common/model/settings';
import { ServiceError } from './errors';
import { writeFailure } from './storage/durable';
import type { KeyValueStore, StoreFactory, StoreVersion } from './storage/store-factory';

/** settings.json: the settings, and what the services keep beside them. Loose: newer keys survive. */
const settingsFileSchema = settingsSchema
  .extend({
    sampleSeeded: z.boolean(),
    readingOffsets: z.record(z.string(), z.number().int().nonnegative()),
  })
  .loose();
type SettingsFile = z.infer<typeof settingsFileSchema>;

/** settings.json's formats: 1, unversioned (keys added since take their defaults); 2, versioned. */
export const SETTINGS_FORMAT: StoreVersion = { current: 2, migrations: {} };

/**
 * settings.json: theme, font, layer toggles, the last article, and small per-article reading
 * positions (a number each, so the file stays small however large the library grows).
 */
export class SettingsService {
  private readonly store: KeyValueStore<SettingsFile>;

  constructor(stores: StoreFactory, userDataDir: string) {
    this.store = stores.open(
      userDataDir,
      'settings',
      settingsFileSchema,
      { ...DEFAULT_SETTINGS, sampleSeeded: false, readingOffsets: {} },
      'Your settings',
      SETTINGS_FORMAT,
    );
  }

  /** A write the disk refuses is said in words (read-only, full), as an annotation's is. */
  private write(set: () => void): void {
    try {
      set();
    } catch (err) {
      throw new ServiceError('write-failed', `Gloss could not save your settings: ${writeFailure(err)}.`);
    }
  }

  get(): Settings {
    return settingsSchema.parse(this.store.store);
  }

  update(patch: SettingsPatch): Settings {
    // Checked again whole: a patch is valid on its own, and so must be what it makes.
    const next = settingsSchema.parse(mergeDeep(this.get(), patch));
    this.write(() => this.store.set(next));
    return next;
  }

  get sampleSeeded(): boolean {
    return this.store.get('sampleSeeded') === true;
  }

  markSampleSeeded(): void {
    this.write(() => this.store.set('sampleSeeded', true));
  }

  readingOffset(articleId: string): number | null {
    return this.store.get('readingOffsets')[articleId] ?? null;
  }

  setReadingOffset(articleId: string, offset: number): void {
    this.write(() =>
      this.store.set('readingOffsets', { ...this.store.get('readingOffsets'), [articleId]: offset }),
    );
  }

  /** Several articles' reading positions in one write (a backup's, merged in). */
  setReadingOffsets(offsets: Record<string, number>): void {
    if (!Object.keys(offsets).length) return;
    this.write(() => this.store.set('readingOffsets', { ...this.store.get('readingOffsets'), ...offsets }));
  }

  /** Articles' reading positions, gone with them, in one write. */
  forgetArticles(articleIds: readonly string[]): void {
    const gone = new Set(articleIds);
    const rest = Object.fromEntries(
      Object.entries(this.store.get('readingOffsets')).filter(([id]) => !gone.has(id)),
    );
    this.write(() => this.store.set('readingOffsets', rest));
  }
}
