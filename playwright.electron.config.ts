import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the real app: the built main process, preload and renderer in Electron, on a
 * throwaway profile (GLOSS_USER_DATA). Run `npm run build` first; on Linux run under xvfb-run.
 * Where the Electron binary is not installed, every test is skipped and the reason printed once
 * (unless GLOSS_REQUIRE_ELECTRON=1, as in CI, which makes that an error).
 */
export default defineConfig({
  testDir: 'tests/electron',
  globalSetup: './tests/electron/global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright-electron.json' }]],
  outputDir: 'test-results/electron',
  use: { trace: 'retain-on-failure' },
});
