/**
 * The sandboxed preload: exposes exactly the contract as `window.gloss`, nothing else of Electron.
 * Bundled to CommonJS (dist/electron/preload.cjs) because sandboxed preloads cannot load ESM.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../../common/ipc/bridge';
import { channelOf } from '../../common/ipc/contract';

contextBridge.exposeInMainWorld(
  'gloss',
  createBridge((method, input) => ipcRenderer.invoke(channelOf(method), input)),
);

// Files dropped on the window or chosen from the File menu arrive here from the main process.
ipcRenderer.on('gloss:event', (_event, payload: unknown) => {
  window.dispatchEvent(new CustomEvent('gloss:event', { detail: payload }));
});
