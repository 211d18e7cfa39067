import path from 'node:path';
import type { NoticeBoard } from '../notices';
import { isPlainObject, quarantineFile, readJson } from './json-file';

/** The part of electron-store's (and conf's) API the services use. */
export interface KeyValueStore<T extends Record<string, unknown>> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
  /** Several keys in one write. */
  set(values: Partial<T>): void;
  /** Reading parses the file; assigning writes the whole of it in one go, without reading it first. */
  store: T;
  readonly path: string;
}

export interface StoreOptions<T> {
  cwd: string;
  configName: string;
  defaults: T;
  /** Compact JSON: annotation stores hold thousands of records and are rewritten on each change. */
  serialize: (value: T) => string;
  accessPropertiesByDotNotation: false;
}

/**
 * Makes a store from options: electron-store in the app, conf (its engine, same files) in tests
 * and tools, where electron-store would need the Electron binary.
 */
export type StoreConstructor = <T extends Record<string, unknown>>(
  options: StoreOptions<T>,
) => KeyValueStore<T>;

/**
 * The one way the services open a store. A file that does not parse is set aside in quarantine
 * before the store is opened, so a damaged store costs that file, never the app's start or any
 * other article, and the user is told.
 */
export class StoreFactory {
  constructor(
    private readonly userDataDir: string,
    private readonly construct: StoreConstructor,
    private readonly notices: NoticeBoard,
  ) {}

  open<T extends Record<string, unknown>>(
    dir: string,
    name: string,
    defaults: T,
    label: string,
  ): KeyValueStore<T> {
    const file = path.join(dir, `${name}.json`);
    const existing = readJson(file, isPlainObject);
    if (existing.kind === 'damaged') {
      const kept = quarantineFile(this.userDataDir, file);
      this.notices.add(
        'warning',
        `${label} could not be read (${existing.reason}) and was set aside as ${path.basename(kept)} in the quarantine folder. Gloss started a fresh one; nothing else was affected.`,
      );
    }
    return this.construct<T>({
      cwd: dir,
      configName: name,
      defaults,
      serialize: (v) => JSON.stringify(v),
      accessPropertiesByDotNotation: false,
    });
  }
}
