import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  OpenQueue,
  openRequestsFromArgv,
  parseLink,
  type OpenRequest,
} from '../../electron/main/open-requests';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gloss-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, 'text');
  return p;
};

describe('gloss: links', () => {
  it('open an article at an offset', () => {
    expect(parseLink('gloss://open?article=sample-1&offset=420')).toEqual({
      kind: 'article',
      link: { articleId: 'sample-1', offset: 420 },
    });
    expect(parseLink('gloss://open?article=abc')).toEqual({
      kind: 'article',
      link: { articleId: 'abc', offset: 0 },
    });
    // As some systems pass the link on: no slashes.
    expect(parseLink('gloss:open?article=abc&offset=3')).toMatchObject({ link: { offset: 3 } });
  });

  it('are refused with the reason when they name no article, walk out of the folders or give a bad offset', () => {
    const reason = (url: string) => {
      const r = parseLink(url);
      return r.kind === 'bad-link' ? r.reason : 'accepted';
    };
    expect(reason('gloss://open')).toBe('it names no article');
    expect(reason('gloss://open?article=../../etc')).toBe('it names no article');
    expect(reason('gloss://open?article=abc&offset=-4')).toBe('its offset is not a position');
    expect(reason('gloss://open?article=abc&offset=1e3')).toBe('its offset is not a position');
    expect(reason('gloss://delete?article=abc')).toBe('Gloss links start with gloss://open');
    expect(reason('https://open?article=abc')).toBe('Gloss links start with gloss://open');
    expect(reason('gloss://')).not.toBe('accepted');
  });
});

describe('a command line', () => {
  it('gives the files to import and the links to open, skipping the executable, options and folders', () => {
    const article = file('article.html');
    const notes = file('Notes.MD');
    const folder = path.join(dir, 'folder.txt');
    mkdirSync(folder, { recursive: true });
    const argv = [
      '/opt/Gloss/gloss',
      '--no-sandbox',
      article,
      'Notes.MD',
      folder,
      'gloss://open?article=abc&offset=7',
      '--enable-logging',
    ];
    expect(openRequestsFromArgv(argv, dir, 1)).toEqual([
      { kind: 'files', paths: [article, notes] },
      { kind: 'article', link: { articleId: 'abc', offset: 7 } },
    ]);
  });

  it('passes on a missing article file, and any other existing file, so the import can say why not', () => {
    const pdf = file('report.pdf');
    expect(openRequestsFromArgv(['gloss', 'gone.txt', pdf, 'not-a-file'], dir, 1)).toEqual([
      { kind: 'files', paths: [path.join(dir, 'gone.txt'), pdf] },
    ]);
  });

  it('when run from source, skips the app folder after the executable', () => {
    expect(openRequestsFromArgv(['electron', '.'], dir, 2)).toEqual([]);
    expect(openRequestsFromArgv(['electron', dir], dir, 1)).toEqual([]);
  });
});

describe('the open queue', () => {
  it('holds requests until the renderer listens, then hands them over in order; waits again for a new window', () => {
    const delivered: OpenRequest[] = [];
    const queue = new OpenQueue((r) => delivered.push(r));
    const a: OpenRequest = { kind: 'files', paths: ['/a.txt'] };
    const b: OpenRequest = { kind: 'article', link: { articleId: 'x', offset: 1 } };
    queue.add([a]);
    queue.add([b]);
    expect(delivered).toEqual([]);
    expect(queue.pending).toBe(2);
    queue.rendererReady();
    expect(delivered).toEqual([a, b]);
    queue.add([a]);
    expect(delivered).toEqual([a, b, a]);
    queue.rendererGone();
    queue.add([b]);
    expect(delivered).toHaveLength(3);
    queue.rendererReady();
    queue.rendererReady();
    expect(delivered).toEqual([a, b, a, b]);
  });
});
