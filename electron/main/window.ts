/**
 * The one reading window: made from windowOptions, placed where it was last, with its navigation,
 * pop-up and right-click handling. Thin on purpose: the decisions are in the modules it wires.
 */
import { BrowserWindow, clipboard, dialog, Menu, screen } from 'electron';
import type { KeyValueStore } from '../services/storage/store-factory';
import type { Services } from '../services/service-map';
import type { EventSink } from '../../common/ipc/contract';
import { contextMenuTemplate } from './context-menu';
import { RendererRecovery } from './renderer-recovery';
import { APP_ORIGIN } from './protocol';
import { windowOptions } from './window-options';
import { restoreBounds, windowStateOf, type WindowState } from './window-state';

export const isAppUrl = (url: string): boolean => url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);

export interface WindowDeps {
  services: Services;
  state: KeyValueStore<WindowState>;
  preload: string;
  icon: string;
  devTools: boolean;
  sendEvent: EventSink;
}

export function createWindow(deps: WindowDeps): BrowserWindow {
  const saved = deps.state.store;
  const win = new BrowserWindow(
    windowOptions({
      preload: deps.preload,
      icon: deps.icon,
      bounds: restoreBounds(
        saved.bounds,
        screen.getAllDisplays().map((d) => d.workArea),
      ),
      platform: process.platform,
      devTools: deps.devTools,
    }),
  );
  if (saved.maximized) win.maximize();
  if (saved.fullScreen) win.setFullScreen(true);
  win.once('ready-to-show', () => win.show());

  // Closing the window or quitting waits (briefly) for the renderer to save what was typed.
  deps.services.flush.allowExitAgain();
  win.on('close', (event) => {
    deps.state.store = windowStateOf(win);
    deps.services.flush.holdExit(event, () => win.close(), win.isDestroyed());
  });

  const contents = win.webContents;
  // No navigation away from the app and no new windows: a link goes through the one checked path.
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void deps.services.links.open(url).catch(() => {});
    return { action: 'deny' };
  });
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
      // A refused link is said, as the renderer says one clicked in the text.
      openLink: (url) =>
        void deps.services.links
          .open(url)
          .catch((err: Error) => deps.services.notices.add('warning', err.message)),
      copyText: (text) => clipboard.writeText(text),
      command: (command) => deps.sendEvent('menu.contextCommand', { command }),
    });
    if (template.length) Menu.buildFromTemplate(template).popup({ window: win });
  });
  // A crashed page is loaded again (what was typed was written as it was typed); one that keeps
  // crashing is closed with a message rather than left blank or reloaded for ever.
  const recovery = new RendererRecovery();
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    if (recovery.shouldReload(Date.now())) {
      deps.services.notices.add('error', `The reading view stopped (${details.reason}) and was reloaded.`);
      contents.reload();
    } else {
      dialog.showErrorBox(
        'Gloss’s reading view keeps stopping',
        `It stopped three times within a minute (${details.reason}). Everything saved is kept; start Gloss again to go on.`,
      );
      win.destroy();
    }
  });
  // Zoom belongs to the page's origin in the session: set it again once the page is there.
  contents.on('did-finish-load', () => contents.setZoomFactor(saved.zoom));
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
