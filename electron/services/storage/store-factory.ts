import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { mergeDeep } from '../../../common/model/merge';
import type { NoticeBoard } from '../notices';
import { isPlainObject, quarantineFile, schemaProblem } from './json-file';

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
  /** Parses and checks the file on the store's own read, so opening it parses it no extra time. */
  deserialize: (text: string) => T;
  accessPropertiesByDotNotation: false;
}

/**
 * Makes a store from options: electron-store in the app, conf (its engine, same files) in tests
 * and tools, where electron-store would need the Electron binary.
 */
export type StoreConstructor = <T extends Record<string, unknown>>(
  options: StoreOptions<T>,
) => KeyValueStore<T>;

/** Thrown by a store's read of a file that parses but does not fit its schema. */
class UnexpectedContent extends SyntaxError {
  constructor(reason = 'unexpected content') {
    super(reason);
  }
}

/**
 * A store file's format version, kept in the file as `schemaVersion` (a file from before versions
 * is version 1). Each migration turns a file of its version into one of the next; a file from a
 * newer Gloss than this one does not fit and is set aside, never read in part and overwritten.
 */
export interface StoreVersion {
  current: number;
  migrations: Record<number, (value: Record<string, unknown>) => Record<string, unknown>>;
}
export const VERSION_KEY = 'schemaVersion';

/** Brings a parsed file up to the current version, or says why it cannot be. */
export function migrate(value: Record<string, unknown>, version: StoreVersion): Record<string, unknown> {
  const from = value[VERSION_KEY] ?? 1;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    throw new UnexpectedContent(`${VERSION_KEY}: not a version number`);
  if (from > version.current)
    throw new UnexpectedContent(
      `written by a newer version of Gloss: format ${from}, this version reads up to ${version.current}`,
    );
  let out = value;
  for (let v = from; v < version.current; v++) out = version.migrations[v]?.(out) ?? out;
  return { ...out, [VERSION_KEY]: version.current };
}

function readable(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The store's own read: JSON, an object, filled in with the defaults of keys it lacks (added since
 * the file was written), and then checked against the schema, so that a file with a field of the
 * wrong type is never taken for empty and overwritten by the next save.
 */
export const checkedParse =
  <T>(schema: z.ZodType<T>, defaults: T, version: StoreVersion | undefined) =>
  (text: string): T => {
    const value: unknown = JSON.parse(text);
    if (!isPlainObject(value)) throw new UnexpectedContent();
    const current = version ? migrate(value, version) : value;
    const checked = schema.safeParse(mergeDeep(defaults, current));
    if (!checked.success) throw new UnexpectedContent(schemaProblem(checked.error));
    return checked.data;
  };

/**
 * The one way the services open a store. A file that does not parse (or does not fit) makes
 * the store's first read fail: it is then set aside in quarantine and a fresh store opened, so a
 * damaged store costs that file, never the app's start or any other article, and the user is told.
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
    schema: z.ZodType<T>,
    defaults: T,
    label: string,
    version?: StoreVersion,
  ): KeyValueStore<T> {
    const open = () =>
      this.construct<T>({
        cwd: dir,
        configName: name,
        // a fresh file is written at the current version
        defaults: version ? { ...defaults, [VERSION_KEY]: version.current } : defaults,
        serialize: (v) => JSON.stringify(v),
        deserialize: checkedParse(schema, defaults, version),
        accessPropertiesByDotNotation: false,
      });
    try {
      return open();
    } catch (err) {
      const file = path.join(dir, `${name}.json`);
      // a file that does not parse, or cannot be read at all, is set aside; any other failure
      // (writing the defaults to a full disk) is not the file's fault
      if (!(err instanceof SyntaxError) && !(existsSync(file) && !readable(file))) throw err;
      const kept = quarantineFile(this.userDataDir, file);
      this.notices.add(
        'warning',
        `${label} could not be read (${(err as Error).message}) and was set aside as ${path.basename(kept)} in the quarantine folder. Gloss started a fresh one; nothing else was affected.`,
      );
      return open();
    }
  }
}
