import { randomUUID } from 'node:crypto';
import type { EventSink, Notice } from '../../common/ipc/contract';

/**
 * Messages for the user that arise outside any request (start-up repairs, a store found damaged
 * later). Until the renderer first collects them (`app.notices`, as it starts) they wait here;
 * after that each is sent as it arises (`app.notice`), so none waits for the next start.
 */
export class NoticeBoard {
  private readonly pending: Notice[] = [];
  private collected = false;

  constructor(private readonly emit?: EventSink) {}

  add(level: Notice['level'], message: string): void {
    const notice = { id: randomUUID(), level, message };
    if (this.collected && this.emit) this.emit('app.notice', notice);
    else this.pending.push(notice);
  }

  /** Hands the waiting notices over once: the renderer shows them and they are not repeated. */
  take(): Notice[] {
    this.collected = true;
    return this.pending.splice(0);
  }
}
