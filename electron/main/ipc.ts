import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, channelOf } from '../../common/ipc/contract';
import { dispatch, type Handlers } from '../services/service-map';

/**
 * Registers one `ipcMain.handle` per contract method. A request is served only when it comes from
 * the app's own page in its main frame: anything else (a navigated or embedded frame) is refused.
 */
export function registerIpc(handlers: Handlers, isTrustedUrl: (url: string) => boolean): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'Request refused: it did not come from Gloss.' },
        };
      }
      return dispatch(handlers, method, input);
    });
  }
}
