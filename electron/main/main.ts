/**
 * The Electron main process: lifecycle, the window, menus and IPC. Kept thin on purpose — all the
 * behaviour lives in electron/services, which runs (and is tested) in plain Node.
 */
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import Store from 'electron-store';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkerRunner } from '../services/analysis/runner';
import { createWorkerImporter } from '../services/import/runner';
import { EVENT_CHANNEL, type EventSink } from '../../common/ipc/contract';
import { createServices, type Services } from '../services/service-map';
import type { StoreConstructor } from '../services/storage/store-factory';
import { buildMenu } from './menu';
import { registerIpc } from './ipc';
import { APP_ORIGIN, registerSchemePrivileges, serveRenderer } from './protocol';

const here = path.dirname(fileURLToPath(import.meta.url));
const resources = app.isPackaged ? process.resourcesPath : path.resolve(here, '../../assets');

// Tests point Gloss at a throwaway profile.
if (process.env.GLOSS_USER_DATA) app.setPath('userData', process.env.GLOSS_USER_DATA);

const createStore: StoreConstructor = (options) => {
  const { configName, ...rest } = options;
  return new Store({ ...rest, name: configName }) as never;
};

registerSchemePrivileges();
let services: Services | null = null;
let mainWindow: BrowserWindow | null = null;

const isAppUrl = (url: string): boolean => url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Gloss',
    backgroundColor: '#faf8f3',
    show: false,
    icon: path.join(resources, 'icon.png'),
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  // Closing the window or quitting waits (briefly) for the renderer to save what was typed.
  services?.flush.allowExitAgain();
  win.on('close', (event) => services?.flush.holdExit(event, () => win.close(), win.isDestroyed()));
  // No navigation away from the app and no new windows; http(s) links open in the system browser.
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  // A link the renderer did not catch goes through the same check as one it asked to open.
  win.webContents.setWindowOpenHandler(({ url }) => {
    void services?.links.open(url).catch(() => {});
    return { action: 'deny' };
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** Delivers an event to the window's renderer; with no window there is no one to tell. */
const sendEvent: EventSink = (event, payload) => {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, { event, payload });
};

/** The File menu's dialog hands its paths to the renderer, which imports them as it does a drop. */
async function openFromDialog(): Promise<void> {
  if (!mainWindow) return;
  const result = await dialog.showOpenDialog(mainWindow, {
    title: 'Open an article',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] }],
  });
  if (result.filePaths.length) sendEvent('menu.openFiles', { paths: result.filePaths });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.whenReady().then(async () => {
  const userDataDir = app.getPath('userData');
  const sample = path.join(resources, 'sample', 'azerbaijan-china-ties.txt');
  services = await createServices({
    userDataDir,
    createStore,
    // The analysis worker is one self-contained file, unpacked beside the asar by electron-builder
    // (worker threads could not read from an asar before Electron 18).
    runner: createWorkerRunner(
      path.join(here, 'analysis-worker.mjs').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'),
      path.join(resources, 'models'),
    ),
    // Electron 18 and later run worker threads from inside the asar, with its node_modules
    // (jsdom, Readability) beside them; the importer falls back to this thread if it cannot start.
    importer: createWorkerImporter(path.join(here, 'import-worker.js')),
    sampleFile: existsSync(sample) ? sample : undefined,
    events: sendEvent,
    openExternal: (url) => shell.openExternal(url),
  });
  serveRenderer(path.resolve(here, '../renderer'));
  registerIpc(services.handlers, isAppUrl);
  Menu.setApplicationMenu(
    buildMenu({
      openFile: () => void openFromDialog(),
      command: (command) => sendEvent('menu.command', { command }),
    }),
  );
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
});

app.on('before-quit', (event) =>
  services?.flush.holdExit(event, () => app.quit(), !mainWindow || mainWindow.isDestroyed()),
);

// Writes each article's journal into its store; skipping it (a crash) loses nothing, the next start folds.
app.on('will-quit', () => services?.annotations.closeAll());

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
