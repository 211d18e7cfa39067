/**
 * The Electron main process: lifecycle, one instance, what the OS asks to open, the window, menus
 * and IPC. Kept thin on purpose: the behaviour lives in plain modules (electron/services and the
 * data-only parts here), which run and are tested in Node.
 */
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import Store from 'electron-store';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_CHANNEL, type EventSink } from '../../common/ipc/contract';
import { createWorkerRunner } from '../services/analysis/runner';
import { createWorkerImporter } from '../services/import/runner';
import { createServices, type Services } from '../services/service-map';
import { StoreFactory, type KeyValueStore, type StoreConstructor } from '../services/storage/store-factory';
import { restoreFromBackup } from '../services/backup/restore-flow';
import { chooseExportFolder } from './export-dialog';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import {
  DIALOG_EXTENSIONS,
  OpenQueue,
  openRequestsFromArgv,
  parseLink,
  type OpenRequest,
} from './open-requests';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { restoreDialogs } from './restore-dialogs';
import { transferMenuActions } from './transfer-dialogs';
import { applySessionPolicy } from './session-policy';
import { APP_ID, runtimePaths } from './runtime-paths';
import { runSmoke, SMOKE_PREFIX } from './smoke';
import { startOrExit } from './startup';
import { createWindow, isAppUrl } from './window';
import { DEFAULT_WINDOW_STATE, windowStateSchema, type WindowState } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const resources = app.isPackaged ? process.resourcesPath : path.resolve(here, '../../assets');
const RUNTIME_PATHS = runtimePaths({ here, resources });

// Tests and the smoke run point Gloss at a throwaway profile (and so hold their own instance lock).
if (process.env.GLOSS_USER_DATA) app.setPath('userData', process.env.GLOSS_USER_DATA);
const smoke = process.env.GLOSS_SMOKE === '1';
/** Arguments before the ones to open: the executable, and the app folder when run from source. */
const argvSkip = process.defaultApp ? 2 : 1;

const createStore: StoreConstructor = (options) => {
  const { configName, ...rest } = options;
  return new Store({ ...rest, name: configName }) as never;
};

let services: Services | null = null;
let mainWindow: BrowserWindow | null = null;

/** Delivers an event to the window's renderer; with no window there is no one to tell. */
const sendEvent: EventSink = (event, payload) => {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, { event, payload });
};

/** Files go to the renderer, which imports them as a drop; links open an article at a passage. */
function deliver(request: OpenRequest): void {
  if (request.kind === 'files') {
    for (let i = 0; i < request.paths.length; i += 200)
      sendEvent('menu.openFiles', { paths: request.paths.slice(i, i + 200) });
  } else if (request.kind === 'article') sendEvent('app.openArticle', request.link);
  else
    services?.notices.add(
      'warning',
      `This Gloss link could not be opened: ${request.reason} (${request.url}).`,
    );
}
const opens = new OpenQueue(deliver);

/** The window, brought forward (made again if closed, as on macOS), once the app has started. */
function showWindow(): BrowserWindow | null {
  if (!services) return null;
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createWindow({
      services,
      state: windowState!,
      preload: RUNTIME_PATHS.preload,
      icon: RUNTIME_PATHS.icon,
      devTools: !app.isPackaged,
      sendEvent,
    });
    const made = mainWindow;
    made.on('closed', () => {
      if (mainWindow === made) mainWindow = null;
      opens.rendererGone();
    });
  } else {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
  return mainWindow;
}

/** The File menu's dialog; its files are imported by the renderer as a drop's are. */
async function openFromDialog(): Promise<void> {
  // On macOS the window may be closed while the app runs: open one, so the files have somewhere to go.
  const win = showWindow();
  if (!win) return;
  const result = await dialog.showOpenDialog(win, {
    title: 'Open an article',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Articles', extensions: [...DIALOG_EXTENSIONS] }],
  });
  if (result.filePaths.length) opens.add([{ kind: 'files', paths: result.filePaths }]);
}

/** File > Import Folder…: the renderer asks for the folder's import, and shows its progress and summary. */
async function importFolderFromDialog(): Promise<void> {
  const win = showWindow();
  if (!win) return;
  const result = await dialog.showOpenDialog(win, {
    title: 'Import a folder of articles',
    properties: ['openDirectory'],
  });
  const folder = result.filePaths[0];
  if (folder) sendEvent('menu.openFolder', { path: folder });
}

let windowState: KeyValueStore<WindowState> | null = null;
let fullScreenBeforeFocus = false;

async function start(): Promise<void> {
  const userDataDir = app.getPath('userData');
  applySessionPolicy(session.defaultSession, process.platform);
  services = await createServices({
    userDataDir,
    createStore,
    runner: createWorkerRunner(RUNTIME_PATHS.analysisWorker, RUNTIME_PATHS.models),
    appVersion: app.getVersion(),
    importer: createWorkerImporter(RUNTIME_PATHS.importWorker),
    sampleFile: existsSync(RUNTIME_PATHS.sample) ? RUNTIME_PATHS.sample : undefined,
    events: sendEvent,
    openExternal: (url) => shell.openExternal(url),
    chooseExportFolder: () => chooseExportFolder(mainWindow),
  });
  const ready = services;
  windowState = new StoreFactory(userDataDir, createStore, ready.notices).open(
    userDataDir,
    'window-state',
    windowStateSchema,
    DEFAULT_WINDOW_STATE,
    'The window’s size and place',
  );
  serveRenderer(RUNTIME_PATHS.renderer, (id) => ready.library.articleDir(id));
  // The renderer collects the start-up notices once it listens to events: from then on what the
  // OS asked to open can be handed to it.
  registerIpc(
    {
      ...ready.handlers,
      // Leaving focused reading leaves the window as it was before (full screen already, say).
      'app.setFullScreen': ({ on }) => {
        if (!mainWindow || mainWindow.isDestroyed()) return;
        if (on) fullScreenBeforeFocus = mainWindow.isFullScreen();
        mainWindow.setFullScreen(on || fullScreenBeforeFocus);
      },
      'app.notices': () => {
        const notices = ready.handlers['app.notices'](undefined);
        opens.rendererReady();
        return notices;
      },
    },
    isAppUrl,
  );
  app.setAboutPanelOptions({
    applicationName: 'Gloss',
    applicationVersion: app.getVersion(),
    copyright: 'Copyright © Gloss',
    credits: 'An offline reader that marks who said what. Nothing you read leaves this machine.',
    iconPath: RUNTIME_PATHS.icon,
  });
  const transfer = transferMenuActions(showWindow, () => ready.transfer, sendEvent);
  Menu.setApplicationMenu(
    buildMenu(
      {
        openFile: () => void openFromDialog(),
        openFolder: () => void importFolderFromDialog(),
        command: (command) => sendEvent('menu.command', { command }),
        openDataFolder: () => void shell.openPath(userDataDir),
        backupLibrary: () => void transfer.backupLibrary(),
        importTransfer: () => void transfer.importTransfer(),
        restoreBackup: () =>
          void restoreFromBackup(
            userDataDir,
            ready.backups,
            () => ready.flush.request(),
            restoreDialogs(() => mainWindow),
          ),
      },
      { isMac: process.platform === 'darwin', isDev: !app.isPackaged },
    ),
  );
  const win = showWindow()!;
  if (smoke) void smokeRun(ready, win);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showWindow();
  });
}

/** GLOSS_SMOKE=1: analyse the sample once the page is up, print the report and exit with it. */
async function smokeRun(ready: Services, win: BrowserWindow): Promise<void> {
  const limit = setTimeout(() => {
    console.log(`${SMOKE_PREFIX}${JSON.stringify({ ok: false, error: 'timed out after 90 s' })}`);
    app.exit(2);
  }, 90_000);
  await new Promise<void>((resolve) => win.webContents.once('did-finish-load', () => resolve()));
  const report = await runSmoke(ready, (script) => win.webContents.executeJavaScript(script));
  clearTimeout(limit);
  console.log(`${SMOKE_PREFIX}${JSON.stringify(report)}`);
  // Also to a file: a Windows GUI app's stdout may reach no one.
  if (process.env.GLOSS_SMOKE_REPORT) writeFileSync(process.env.GLOSS_SMOKE_REPORT, JSON.stringify(report));
  await ready.close();
  app.exit(report.ok ? 0 : 1);
}

if (!app.requestSingleInstanceLock()) {
  // A second launch: its command line has gone to the running Gloss (second-instance), which opens it.
  app.quit();
} else {
  registerSchemePrivileges();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  opens.add(openRequestsFromArgv(process.argv, process.cwd(), argvSkip));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    opens.add(openRequestsFromArgv(argv, workingDirectory, argvSkip));
    showWindow();
  });
  // macOS hands files and links to the running app (or to the one starting, before it is ready).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    opens.add([{ kind: 'files', paths: [file] }]);
    showWindow();
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    opens.add([parseLink(url)]);
    showWindow();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() =>
    startOrExit(
      start,
      async () => {
        await services?.close();
      },
      () => app.getPath('userData'),
      { showError: (title, message) => dialog.showErrorBox(title, message), exit: (code) => app.exit(code) },
    ),
  );

  app.on('before-quit', (event) =>
    services?.flush.holdExit(event, () => app.quit(), !mainWindow || mainWindow.isDestroyed()),
  );

  // Writes each article's journal into its store; skipped (a crash), nothing is lost: the next start folds.
  app.on('will-quit', () => services?.annotations.closeAll());

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
