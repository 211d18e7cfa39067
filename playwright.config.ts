import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './tests/support/browser-host';

/**
 * Browser tests: the built renderer in Debian's Chromium, its window.gloss bridged to the real
 * main-process services on a temp profile (tests/browser/fixtures.ts). Never a downloaded browser.
 */
export default defineConfig({
  testDir: 'tests/browser',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright-browser.json' }]],
  outputDir: 'test-results/browser',
  use: {
    viewport: { width: 1360, height: 860 },
    launchOptions: CHROMIUM,
    trace: 'retain-on-failure',
  },
});
