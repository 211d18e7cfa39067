/**
 * The sandboxed preload: exposes exactly the contract as `window.gloss`, nothing else of Electron.
 * Bundled to CommonJS (dist/electron/preload.cjs) because sandboxed preloads cannot load ESM.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { createBridge, type EventSource } from '../../common/ipc/bridge';
import { channelOf, EVENT_CHANNEL } from '../../common/ipc/contract';

const source: EventSource = (listener) => {
  const onEvent = (_e: IpcRendererEvent, message: { event?: unknown; payload?: unknown } | null) =>
    listener(message?.event, message?.payload);
  ipcRenderer.on(EVENT_CHANNEL, onEvent);
  return () => ipcRenderer.removeListener(EVENT_CHANNEL, onEvent);
};

contextBridge.exposeInMainWorld(
  'gloss',
  createBridge(
    (method, input) => ipcRenderer.invoke(channelOf(method), input),
    source,
    // The page sees no paths; only the preload may ask which file a dropped or chosen File is.
    (file) => webUtils.getPathForFile(file as File),
  ),
);
