import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const isRoot = process.getuid?.() === 0;

function walk(dir: string, each: (p: string, isDir: boolean) => void) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, each);
    each(p, e.isDirectory());
  }
}

/**
 * Makes a folder read-only and returns how to undo it. Root ignores permission bits, so as root it
 * is done the way a locked-down machine does it, a read-only bind mount; otherwise by taking the
 * write bits away from the folder and everything in it.
 */
export function makeReadOnly(dir: string): () => void {
  if (isRoot) {
    execFileSync('mount', ['--bind', dir, dir]);
    execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
    return () => execFileSync('umount', [dir]);
  }
  const modes = new Map<string, number>();
  const lock = (p: string, isDir: boolean) => {
    modes.set(p, statSync(p).mode);
    chmodSync(p, isDir ? 0o555 : 0o444);
  };
  walk(dir, lock);
  lock(dir, true);
  return () => modes.forEach((mode, p) => chmodSync(p, mode));
}
