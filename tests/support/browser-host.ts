import { build } from 'esbuild';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { EventName, EventPayload, EventSink } from '../../common/ipc/contract';
import { events } from '../../common/ipc/contract';
import { imageResponse } from '../../electron/main/image-protocol';
import { IMAGE_URL_PREFIX } from '../../electron/services/images/paths';
import { dispatch, type Services } from '../../electron/services/service-map';
import chromium from '../../scripts/chromium.json' with { type: 'json' };
import { ROOT } from './profile';

/** Debian's Chromium and the flags every launch uses (scripts/chromium.json, shared with make-icons). */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? chromium.executablePath,
  args: chromium.args,
};

const RENDERER = path.join(ROOT, 'dist/renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** Serves the built renderer over loopback (module scripts do not load from file:// in Chromium). */
export function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(path.join(RENDERER, 'index.html')))
    throw new Error('dist/renderer is missing: run `npm run build` first');
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.resolve(RENDERER, `.${rel === '/' ? '/index.html' : rel}`);
    if (!file.startsWith(RENDERER) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

let bridgeBundle: Promise<string> | null = null;
function bridgeScript(): Promise<string> {
  bridgeBundle ??= build({
    entryPoints: [path.join(ROOT, 'tests/browser/bridge-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  }).then((r) => r.outputFiles[0]!.text);
  return bridgeBundle;
}

/**
 * Gives a page the same window.gloss the preload gives the app, served by the given services
 * through the very dispatch that ipcMain uses. `current` is read per call, so a restart can swap
 * the services under a live page.
 */
export async function bridgeToServices(page: Page, current: () => Services): Promise<void> {
  await page.exposeBinding('__glossInvoke', (_source, method: unknown, input: unknown) =>
    dispatch(current().handlers, method, input),
  );
  await page.addInitScript({ content: await bridgeScript() });
  // Articles' stored images, as the app's protocol serves them (electron/main/protocol.ts), from
  // the page's own origin: the same function, over the services' profile.
  await page.route(
    (url) => url.pathname.startsWith(IMAGE_URL_PREFIX),
    async (route) => {
      const { pathname } = new URL(route.request().url());
      const answer = await imageResponse(pathname, (id) => current().library.articleDir(id));
      await route.fulfill({
        status: answer.status,
        headers: Object.fromEntries(answer.headers),
        body: Buffer.from(await answer.arrayBuffer()),
      });
    },
  );
}

/**
 * Sends an event to the page as the main process would: checked against the contract, then
 * handed to every `gloss.on` listener for it. Tests drive menu commands and flushes with it.
 */
export async function emitEvent<E extends EventName>(
  page: Page,
  event: E,
  payload: EventPayload<E>,
): Promise<void> {
  const checked: unknown = events[event].parse(payload);
  await page.evaluate(([e, p]) => window.__glossEmit(e, p), [event, checked] as const);
}

/** The services' event sink for a page: what webContents.send is in the app. */
export function eventsToPage(page: Page): EventSink {
  return (event, payload) => {
    // As in Electron, a page that is navigating away simply misses the message.
    page
      .evaluate(([e, p]) => window.__glossEmit?.(e, p), [event, payload as unknown] as const)
      .catch(() => {});
  };
}

/**
 * Tells the page where files live on disk, by name, so that `gloss.pathForFile` finds the path of
 * a file a test then chooses or drops, as webUtils.getPathForFile does in the app.
 */
export async function registerFilePaths(page: Page, files: string[]): Promise<void> {
  const byName = Object.fromEntries(files.map((f) => [path.basename(f), f]));
  await page.evaluate((map) => Object.assign(window.__glossFilePaths, map), byName);
}
