import { existsSync } from 'node:fs';
import { electronUnavailableReason, MAIN_BUNDLE } from './electron-binary';

/** Runs once before the Electron tests: says once why they skip, or checks the app is built. */
export default function globalSetup(): void {
  const reason = electronUnavailableReason();
  if (reason) {
    // CI sets this where the binary must be there: a silent skip would hide a broken install.
    if (process.env.GLOSS_REQUIRE_ELECTRON === '1') throw new Error(reason.replace('skipped', 'cannot run'));
    console.log(reason);
    return;
  }
  if (!existsSync(MAIN_BUNDLE)) {
    throw new Error(`${MAIN_BUNDLE} is missing: run \`npm run build\` before the Electron tests`);
  }
}
