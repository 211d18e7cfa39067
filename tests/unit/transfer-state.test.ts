/** The backup and import dialog's state module, over the real services through the bridge. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { createBridge } from '../../common/ipc/bridge';
import { dispatch } from '../../electron/services/service-map';
import { countsText, createTransfer } from '../../renderer/src/transfer/transfer-state';
import { servicesPerTest } from '../support/services-per-test';

const t = servicesPerTest();

describe('the transfer dialog state', () => {
  it('flushes, backs up the articles picked, and tells what an import did', async () => {
    const s = t.services;
    const api = createBridge((m, input) => dispatch(s.handlers, m, input));
    let flushed = 0;
    const transfer = createTransfer(api, async () => void flushed++);
    const id = s.library.list()[0]!.id;
    s.annotations.addHighlight(id, { target: describeRange(s.library.get(id).text, 0, 12), color: 'green' });

    const file = path.join(t.dir, 'picked.json');
    s.transfer.allowWrite(file);
    transfer.openBackup(file);
    transfer.pick([id]);
    await transfer.run();
    let view = transfer.getState().view;
    expect(flushed).toBe(1);
    expect(view).toMatchObject({
      kind: 'backup',
      busy: false,
      error: null,
      done: { articles: 1, highlights: 1 },
    });
    expect(transfer.close()).toBe(false);

    await transfer.openImport(file);
    view = transfer.getState().view;
    expect(view).toMatchObject({ kind: 'import', busy: false, preview: { kind: 'backup' } });
    await transfer.run();
    view = transfer.getState().view;
    expect(view.kind === 'import' && view.summary?.highlights).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
      kept: 0,
    });
    // Nothing changed: the page need not be read again.
    expect(transfer.close()).toBe(false);
  });

  it('shows the main process’s sentence for a file it refuses, and leaves out pages with no article', async () => {
    const s = t.services;
    const api = createBridge((m, input) => dispatch(s.handlers, m, input));
    const transfer = createTransfer(api, async () => {});
    const bad = path.join(t.dir, 'bad.json');
    writeFileSync(bad, 'not json');
    await transfer.openImport(bad);
    expect(transfer.getState().view).toMatchObject({
      error: expect.stringMatching(/is not a JSON file/),
      preview: null,
    });

    const file = path.join(t.dir, 'h.json');
    writeFileSync(
      file,
      JSON.stringify({
        rows: [
          { id: 'x', uri: 'https://a.example/p', text: 'n', target: [{ source: 'https://a.example/p' }] },
        ],
      }),
    );
    await transfer.openImport(file);
    expect(transfer.getState().view).toMatchObject({ articleFor: { 'https://a.example/p': '' } });
    await transfer.run();
    const view = transfer.getState().view;
    expect(view.kind === 'import' && view.summary?.unplaced).toHaveLength(1);
    expect(countsText({ added: 1, updated: 0, unchanged: 2, kept: 0 })).toBe('1 added, 2 unchanged');
  });
});
