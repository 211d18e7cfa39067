import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../common/ipc/contract';
import { dispatch } from '../../electron/services/service-map';
import { importText } from '../support/profile';
import { servicesPerTest } from '../support/services-per-test';

/** What the main process sent the renderer, in order. */
let sent: { event: EventName; payload: unknown }[] = [];
const t = servicesPerTest({
  sample: false,
  events: <E extends EventName>(event: E, payload: EventPayload<E>) => void sent.push({ event, payload }),
});
beforeEach(() => {
  sent = [];
});

describe('flushing before a quit', () => {
  it('asks the renderer to flush and resolves when it answers with the same id', async () => {
    const done = t.services.flush.request(10_000);
    expect(sent).toEqual([{ event: 'app.flush', payload: { requestId: expect.any(String) } }]);
    const { requestId } = sent[0]!.payload as { requestId: string };
    await dispatch(t.services.handlers, 'app.flushed', { requestId: 'someone-else' });
    expect(await Promise.race([done, Promise.resolve('still waiting')])).toBe('still waiting');
    await dispatch(t.services.handlers, 'app.flushed', { requestId });
    expect(await done).toBe('flushed');
  });

  it('holds a close or quit back until the renderer has flushed, then lets it through once', async () => {
    const flush = t.services.flush;
    let prevented = 0;
    const event = { preventDefault: () => void prevented++ };
    const proceeded = new Promise<void>((resolve) => {
      flush.holdExit(event, resolve, false);
      // A second quit while the first waits is held too, and asks no second time.
      flush.holdExit(event, () => {}, false);
    });
    expect(prevented).toBe(2);
    expect(sent.filter((s) => s.event === 'app.flush')).toHaveLength(1);
    const { requestId } = sent[0]!.payload as { requestId: string };
    await dispatch(t.services.handlers, 'app.flushed', { requestId });
    await proceeded;
    // The close or quit that `proceed` starts again now passes.
    flush.holdExit(event, () => {}, false);
    expect(prevented).toBe(2);
    // A new window is held again; with no renderer left there is nothing to wait for.
    flush.allowExitAgain();
    flush.holdExit(event, () => {}, true);
    expect(prevented).toBe(2);
    expect(sent.filter((s) => s.event === 'app.flush')).toHaveLength(1);
  });

  it('gives up waiting after the timeout, so a hung renderer cannot stop the quit', async () => {
    expect(await t.services.flush.request(50)).toBe('timed-out');
  });
});

describe('notices', () => {
  it('wait for the renderer to collect them at start, and are sent as they arise after that', async () => {
    const text = '# Damaged later\n\nIts annotations file gets torn.';
    const { id } = await importText(t.services, 'later.md', text);
    writeFileSync(path.join(t.dir, 'articles', id, 'annotations.json'), '{"highlights": [');
    const restarted = await t.restart();
    sent = [];
    expect(restarted.notices.take()).toEqual([]);
    restarted.annotations.get(id); // opening its store finds the damage
    expect(sent).toEqual([
      {
        event: 'app.notice',
        payload: {
          id: expect.any(String),
          level: 'warning',
          message: expect.stringMatching(/^The highlights and notes of one article could not be read/),
        },
      },
    ]);
    expect(restarted.notices.take()).toEqual([]);
  });
});
