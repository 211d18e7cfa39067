/**
 * The test-side twin of electron/preload: builds window.gloss from the same contract, over a
 * Playwright binding instead of ipcRenderer. Events come in through `__glossEmit` (called by the
 * test host, tests/support/browser-host.ts), and a File's path is looked up by name in the paths
 * the host registered, standing in for Electron's webUtils.getPathForFile.
 */
import { createBridge } from '../../common/ipc/bridge';
import type { Envelope, MethodName } from '../../common/ipc/contract';

type Listener = (event: unknown, payload: unknown) => void;

declare global {
  interface Window {
    __glossInvoke: (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;
    __glossEmit: Listener;
    __glossFilePaths: Record<string, string>;
  }
}

const listeners = new Set<Listener>();
window.__glossEmit = (event, payload) => {
  for (const listener of [...listeners]) listener(event, payload);
};
window.__glossFilePaths = {};

window.gloss = createBridge(
  (method, input) => window.__glossInvoke(method, input),
  (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  (file) => window.__glossFilePaths[(file as File).name] ?? '',
);
