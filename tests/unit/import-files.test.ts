import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBridge } from '../../common/ipc/bridge';
import type { EventName, EventPayload } from '../../common/ipc/contract';
import { dispatch } from '../../electron/services/service-map';
import { articleToOpen, importFiles, outcomeMessage } from '../../renderer/src/library/import-files';
import { servicesPerTest } from '../support/services-per-test';

let sent: { event: EventName; payload: unknown }[] = [];
/** The renderer's side of the events: what a bridge made with `source` hears. */
const listeners = new Set<(event: EventName, payload: unknown) => void>();
const source = (l: (event: EventName, payload: unknown) => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};
const t = servicesPerTest({
  sample: false,
  events: <E extends EventName>(event: E, payload: EventPayload<E>) => {
    sent.push({ event, payload });
    for (const l of listeners) l(event, payload);
  },
});
let files: string;

beforeEach(() => {
  sent = [];
  files = path.join(t.dir, 'files');
  mkdirSync(files);
});

const file = (name: string, content: string | Buffer) => {
  const f = path.join(files, name);
  writeFileSync(f, content);
  return f;
};

describe('importing files by path', () => {
  it('gives one outcome per file, in order, with the same messages for every way in', async () => {
    const notes = file('notes.md', '# Field notes\n\nSome *text* here.');
    const big = path.join(files, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 60 * 1024 * 1024); // sparse: 60 MB that cost nothing to write
    const pdf = file('report.pdf', 'looks like text, but the name says PDF');
    const missing = path.join(files, 'gone.txt');
    const res = await dispatch(t.services.handlers, 'library.importFiles', {
      paths: [notes, big, pdf, missing, files],
    });
    expect(res.ok).toBe(true);
    const outcomes = (res as { value: unknown[] }).value;
    expect(outcomes).toEqual([
      {
        path: notes,
        fileName: 'notes.md',
        ok: true,
        existed: false,
        article: expect.objectContaining({ title: 'Field notes', format: 'md' }),
        message: 'Imported “Field notes”.',
        warnings: [],
      },
      {
        path: big,
        fileName: 'big.txt',
        ok: false,
        code: 'too-large',
        message: '“big.txt” is 60 MB; Gloss opens files of up to 50 MB.',
      },
      {
        path: pdf,
        fileName: 'report.pdf',
        ok: false,
        code: 'unsupported',
        message: expect.stringMatching(/^“report\.pdf” is a PDF document\. Gloss can open/),
      },
      {
        path: missing,
        fileName: 'gone.txt',
        ok: false,
        code: 'unreadable',
        message: '“gone.txt” could not be found; it may have been moved or deleted.',
      },
      {
        path: files,
        fileName: 'files',
        ok: false,
        code: 'folder',
        message: expect.stringMatching(/^“files” is a folder\./),
      },
    ]);
    expect(t.services.library.list().map((a) => a.title)).toEqual(['Field notes']);
    expect(sent.map((s) => s.payload)).toEqual(
      [1, 2, 3, 4, 5].map((done, i) => ({
        fileName: path.basename([notes, big, pdf, missing, files][i]!),
        done,
        total: 5,
      })),
    );
    expect(new Set(sent.map((s) => s.event))).toEqual(new Set(['import.progress']));
  });

  it('says only that a duplicate was already there and opened, without repeating its warnings', async () => {
    const page = file('tiny.html', '<aside>Just one line.</aside>');
    const [first] = await t.services.importFiles([page]);
    expect(first).toMatchObject({
      ok: true,
      existed: false,
      warnings: [expect.stringMatching(/whole page/)],
    });
    const copy = file('copy.html', '<aside>Just one line.</aside>');
    const [again] = await t.services.importFiles([copy]);
    expect(again).toEqual({
      path: copy,
      fileName: 'copy.html',
      ok: true,
      existed: true,
      article: first!.ok ? first!.article : null,
      message: '“Tiny” is already in your library; it was opened instead.',
      warnings: [],
    });
    expect(t.services.library.list()).toHaveLength(1);
  });

  it('refuses a request that is not a list of paths', async () => {
    for (const bad of [{ paths: [] }, { paths: [''] }, { paths: 'a.txt' }, { paths: ['a.txt'], extra: 1 }])
      expect(await dispatch(t.services.handlers, 'library.importFiles', bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
  });
});

describe('the renderer’s import (import-files.ts) over the bridge', () => {
  it('hands paths over in order, refuses a File with no path itself, and words one message per file', async () => {
    const dropped = file('dropped.md', '# Dropped\n\nA dropped file.');
    const chosen = file('chosen.html', '<aside>Only an aside.</aside>');
    const onDisk: Record<string, string> = { 'dropped.md': dropped };
    const api = createBridge(
      (method, input) => dispatch(t.services.handlers, method, input),
      undefined,
      (f) => onDisk[(f as File).name] ?? '',
    );
    const outcomes = await importFiles(
      [new File(['x'], 'dropped.md'), new File(['<p>from a web page</p>'], 'web.html'), chosen],
      api,
    );
    expect(outcomes.map(outcomeMessage)).toEqual([
      { level: 'info', message: 'Imported “Dropped”.' },
      {
        level: 'error',
        message:
          '“web.html” is not a file on this computer, so Gloss cannot open it. Save it to a folder first, then open it from there.',
      },
      {
        level: 'warning',
        message:
          'Imported “Chosen”. Gloss could not tell the article apart from the rest of the page, so it kept the whole page.',
      },
    ]);
    expect(articleToOpen(outcomes)).toBe(t.services.library.list().find((a) => a.title === 'Chosen')!.id);
    expect(articleToOpen(outcomes.slice(1, 2))).toBeNull();
  });

  it('counts progress over every request when the files take more than one (250 files, batches of 200)', async () => {
    const paths = Array.from({ length: 250 }, (_, i) =>
      file(`note-${i}.txt`, `Note ${i}\n\nA short note, number ${i}, kept for the record.`),
    );
    const api = createBridge((method, input) => dispatch(t.services.handlers, method, input), source);
    const heard: { done: number; total: number }[] = [];
    const outcomes = await importFiles(paths, api, (p) => heard.push({ done: p.done, total: p.total }));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(250);
    expect(heard.map((p) => p.done)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(new Set(heard.map((p) => p.total))).toEqual(new Set([250]));
    expect(listeners.size).toBe(0);
  });
});
