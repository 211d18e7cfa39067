import { randomUUID } from 'node:crypto';
import type { EventSink } from '../../common/ipc/contract';

/** How long quitting waits for the renderer to save what was typed. */
export const FLUSH_TIMEOUT_MS = 3000;

/**
 * Asks the renderer to save everything typed (a note mid-debounce) and waits for its answer, so
 * that quitting never drops it. The renderer answers through `app.flushed`; a renderer that is
 * hung or gone costs at most the timeout, never the quit itself.
 */
export class FlushCoordinator {
  private readonly waiting = new Map<string, () => void>();
  private exiting = false;
  private exitFlushed = false;

  constructor(private readonly emit: EventSink) {}

  request(timeoutMs = FLUSH_TIMEOUT_MS): Promise<'flushed' | 'timed-out'> {
    const requestId = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(requestId);
        resolve('timed-out');
      }, timeoutMs);
      this.waiting.set(requestId, () => {
        clearTimeout(timer);
        resolve('flushed');
      });
      try {
        this.emit('app.flush', { requestId });
      } catch {
        // No window left to ask: nothing unsaved can be waiting in it.
        this.acknowledge(requestId);
      }
    });
  }

  /**
   * For a window's close or the app's quit: holds it back until the renderer has flushed, then
   * lets it through by calling `proceed` (which closes or quits again, and passes this time).
   * `rendererGone` says there is no page left to ask. `allowExitAgain` re-arms it for a new window.
   */
  holdExit(event: { preventDefault(): void }, proceed: () => void, rendererGone: boolean): void {
    if (this.exitFlushed || rendererGone) return;
    event.preventDefault();
    if (this.exiting) return;
    this.exiting = true;
    void this.request().finally(() => {
      this.exitFlushed = true;
      this.exiting = false;
      proceed();
    });
  }

  allowExitAgain(): void {
    this.exitFlushed = false;
  }

  acknowledge(requestId: string): void {
    const done = this.waiting.get(requestId);
    this.waiting.delete(requestId);
    done?.();
  }
}
