/**
 * Whether the Electron binary is on this machine. `npm ci` with ELECTRON_SKIP_BINARY_DOWNLOAD leaves
 * the electron package without its binary, and `require('electron')` then throws "Electron failed to
 * install correctly…": the Electron tests skip there and run wherever the binary exists (CI).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const MAIN_BUNDLE = path.join(ROOT, 'dist/electron/main.js');

/** null when Electron can be launched; otherwise why the Electron tests are skipped. */
export function electronUnavailableReason(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    if (typeof binary === 'string' && existsSync(binary)) return null;
    return `Electron tests skipped: the Electron binary is not at ${String(binary)}; they run in CI on GitHub Actions`;
  } catch (err) {
    const said = (err as Error).message.split(',')[0];
    return (
      'Electron tests skipped: the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD; ' +
      `require('electron') says "${said}"); they run in CI on GitHub Actions`
    );
  }
}
