import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { writeFileSync } from 'atomically';
import type { z } from 'zod';

/**
 * Writes through a temporary file, fsync and rename (atomically, the engine conf uses), so a crash
 * mid-write leaves the old file or the new one, never half of each.
 */
export function writeJsonAtomic(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value), { fsync: true });
}

export type ReadResult<T> =
  { kind: 'ok'; value: T } | { kind: 'missing' } | { kind: 'damaged'; reason: string };

/** The first thing wrong with a value, worded for a notice: "highlights.0.note: expected string…". */
export function schemaProblem(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'unexpected content';
  return first.path.length ? `${first.path.join('.')}: ${first.message}` : first.message;
}

/** Reads, parses and checks a JSON file against its schema, telling a missing file from a damaged one. */
export function readJson<T>(file: string, schema: z.ZodType<T>): ReadResult<T> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'damaged', reason: (err as Error).message };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { kind: 'damaged', reason: (err as Error).message };
  }
  const checked = schema.safeParse(value);
  return checked.success
    ? { kind: 'ok', value: checked.data }
    : { kind: 'damaged', reason: schemaProblem(checked.error) };
}

/**
 * Moves a damaged file into quarantine/ under a dated name and returns where it went. The app
 * never deletes these: they are the user's data, perhaps recoverable by hand.
 */
export function quarantineFile(userDataDir: string, file: string, now: Date = new Date()): string {
  const dir = path.join(userDataDir, 'quarantine');
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const rel = path.relative(userDataDir, file).split(path.sep).join('__');
  const target = path.join(dir, `${stamp}-${rel}`);
  renameSync(file, target);
  return target;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
