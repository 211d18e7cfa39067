/**
 * The test-side twin of electron/preload: builds window.gloss from the same contract, over a
 * Playwright binding instead of ipcRenderer.
 */
import { createBridge } from '../../common/ipc/bridge';
import type { Envelope, MethodName } from '../../common/ipc/contract';

declare global {
  interface Window {
    __glossInvoke: (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;
  }
}

window.gloss = createBridge((method, input) => window.__glossInvoke(method, input));
