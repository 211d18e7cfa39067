/**
 * Starting the real app for the Electron tests: the built main process (through package.json, as
 * `npm start` does) on a temp profile, and a second launch of the same binary as a user's would be.
 */
import { _electron as electron, expect, type ElectronApplication, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronBinary, ROOT } from './electron-binary';

export interface Running {
  app: ElectronApplication;
  page: Page;
  errors: string[];
}

const profiles: string[] = [];
const running: ElectronApplication[] = [];

export function tempProfile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gloss-electron-'));
  profiles.push(dir);
  return dir;
}

function environment(profile: string): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
  );
  delete env.ELECTRON_RUN_AS_NODE;
  return { ...env, GLOSS_USER_DATA: profile };
}

/** Starts Gloss on `profile` and waits for its window to have loaded the renderer. */
export async function launch(profile: string): Promise<Running> {
  const app = await electron.launch({
    executablePath: electronBinary() ?? undefined,
    args: [ROOT],
    cwd: ROOT,
    env: environment(profile),
    timeout: 60_000,
  });
  running.push(app);
  const page = await app.firstWindow();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.waitForLoadState('domcontentloaded');
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  return { app, page, errors };
}

/** A second start on the same profile, as a double-click or `gloss FILE` would: it should hand its
 * arguments to the running Gloss and exit. Resolves with its exit code. */
export function secondLaunch(profile: string, args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(electronBinary()!, [ROOT, ...args], {
      cwd: ROOT,
      env: environment(profile),
      stdio: 'ignore',
    });
    const limit = setTimeout(() => {
      child.kill();
      reject(new Error('the second launch did not exit within 30 s'));
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(limit);
      resolve(code);
    });
  });
}

export async function quit(app: ElectronApplication): Promise<void> {
  await app.close();
  running.splice(running.indexOf(app), 1);
}

/** For each spec's afterEach: closes what a test left running. */
export async function closeAll(): Promise<void> {
  for (const app of running.splice(0)) await app.close().catch(() => {});
}

/** For each spec's afterAll: removes its profiles. */
export function removeProfiles(): void {
  for (const dir of profiles.splice(0)) rmSync(dir, { recursive: true, force: true });
}
