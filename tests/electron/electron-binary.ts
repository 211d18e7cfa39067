/**
 * Whether the Electron binary is on this machine. Since Electron 45 the npm package downloads its
 * binary on first `require('electron')` instead of at install, so asking by require would start a
 * download (which hangs or fails offline): the package's own path.txt and dist/ are read instead, as
 * its index.js does. The Electron tests skip where the binary is missing and run where it exists (CI
 * installs it with `npx install-electron`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const MAIN_BUNDLE = path.join(ROOT, 'dist/electron/main.js');

/** The Electron executable's path, or null where it is not installed. */
export function electronBinary(): string | null {
  const pkg = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

/** null when Electron can be launched; otherwise why the Electron tests are skipped. */
export function electronUnavailableReason(): string | null {
  if (electronBinary()) return null;
  return (
    'Electron tests skipped: the Electron binary is not installed here (node_modules/electron has no ' +
    'dist/; `npx install-electron` downloads it); they run in CI on GitHub Actions'
  );
}
