import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** What atomically (electron-store's and our writer) names a file while it is being written. */
export const TEMP_FILE = /\.tmp-\d{10}[a-f0-9]{6}$/;

/**
 * Removes the temporary files a write killed half way left behind. atomically purges its own on a
 * normal exit; only a crash leaves one, and it never holds anything the real file lacks: the rename
 * that would have made it the file never happened. Returns how many went.
 */
export function sweepTempFiles(dirs: string[]): number {
  let removed = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // a folder not made yet holds nothing to sweep
    }
    for (const name of names) {
      if (!TEMP_FILE.test(name)) continue;
      rmSync(path.join(dir, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
