import { randomUUID } from 'node:crypto';
import type { Notice } from '../../common/ipc/contract';

/** Messages for the user that arise outside any request (start-up repairs, background failures). */
export class NoticeBoard {
  private readonly pending: Notice[] = [];

  add(level: Notice['level'], message: string): void {
    this.pending.push({ id: randomUUID(), level, message });
  }

  /** Hands the notices over once: the renderer shows them and they are not repeated. */
  take(): Notice[] {
    return this.pending.splice(0);
  }
}
