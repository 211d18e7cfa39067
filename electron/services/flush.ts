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

  acknowledge(requestId: string): void {
    const done = this.waiting.get(requestId);
    this.waiting.delete(requestId);
    done?.();
  }
}
