import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { importDocument } from '../../electron/services/import';
import { readerPass } from '../../scripts/render-html';
import { CORPUS_DIR, documentOf } from '../fixtures/hostile/write-corpus';
import { VECTORS } from '../fixtures/hostile/vectors';

/**
 * Every document of the hostile corpus, imported as the app imports it and put in a page as the
 * reader puts it (DOMPurify's defaults over the stored body, assigned to innerHTML), in Chromium.
 * A canary (top.__pwned) proves no script ran; a server on a second loopback port, where every
 * remote URL in the corpus points, proves no request left the page. Once from the sanitizer
 * alone (a page with no CSP) and once under the app's CSP. A control run of the raw documents
 * shows both detectors fire.
 */
const PURIFY = readFileSync(path.resolve(import.meta.dirname, '../../node_modules/dompurify/dist/purify.js'));
/** Refused by the importer (so nothing of it is shown): a NUL byte makes it binary. */
const REFUSED = ['enc-null-byte-tag'];

interface Server {
  origin: string;
  hits: string[];
  close: () => Promise<void>;
}

function listen(handle: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<Server> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    handle(req, res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        hits,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

let app: Server;
let outside: Server;
test.beforeAll(async () => {
  outside = await listen((_req, res) => res.end(''));
  app = await listen((req, res) => {
    if (req.url === '/purify.js') {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(PURIFY);
      return;
    }
    res.setHeader('Content-Type', 'text/html');
    if (req.url?.startsWith('/csp')) res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.end(
      '<!doctype html><html><head><script src="/purify.js"></script></head><body><div id="article"></div></body></html>',
    );
  });
});
test.afterAll(async () => {
  await app.close();
  await outside.close();
});

/** A corpus file with its placeholders pointed at the outside server and the canary. */
function armed(name: string, text: string): string {
  return text
    .replaceAll('RUN', 'top.__pwned=1')
    .replaceAll('OUTHOST', `${outside.origin.slice('http://'.length)}/${name}`)
    .replaceAll('OUT', `${outside.origin}/${name}`);
}

async function stored(file: string, text: string): Promise<string | null> {
  try {
    return (await importDocument({ fileName: file, bytes: Buffer.from(text) })).html;
  } catch {
    return null;
  }
}

interface Seen {
  scripts: string[];
  navigations: string[];
  dialogs: number;
  violations: number;
}

async function open(page: Page, url: string, seen: Seen) {
  page.on('dialog', (d) => {
    seen.dialogs++;
    void d.dismiss();
  });
  await page.goto(url);
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', () => {
      (window as unknown as { __violations: number }).__violations =
        ((window as unknown as { __violations?: number }).__violations ?? 0) + 1;
    });
  });
}

/** Back to the page, past a navigation a document had started. */
async function reopen(page: Page, url: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(url);
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

/** Puts one document in the page as the reader does and lets it do whatever it can. */
/**
 * Shows one document as the reader would and reads the canary. `canaryMs`: how long to wait for a
 * script the document runs later (an image's error, a frame's load): the canary is read here,
 * per document, so a wait after show() returns would see nothing new.
 */
async function show(
  page: Page,
  url: string,
  name: string,
  html: string,
  purify: boolean,
  seen: Seen,
  canaryMs = 0,
) {
  if (page.url() !== url) {
    seen.navigations.push(`${name} -> ${page.url()}`);
    await reopen(page, url);
  }
  const result = await page
    .evaluate(
      async ({ html, purify, canaryMs }) => {
        const w = window as unknown as { __pwned?: unknown; DOMPurify: { sanitize(s: string): string } };
        const el = document.getElementById('article')!;
        el.innerHTML = purify ? w.DOMPurify.sanitize(html) : html;
        // focusable and hoverable content gets its chance: focus each element in turn
        for (const node of Array.from(el.querySelectorAll<HTMLElement>('*'))) node.focus?.();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await new Promise((r) => setTimeout(r, 20));
        for (const until = Date.now() + canaryMs; w.__pwned === undefined && Date.now() < until;)
          await new Promise((r) => setTimeout(r, 25));
        const pwned = w.__pwned !== undefined;
        w.__pwned = undefined;
        return { rendered: el.innerHTML, pwned };
      },
      { html, purify, canaryMs },
    )
    // a document that navigates the page away (meta refresh, a form sent) ends the evaluation
    .catch(async (err: Error) => {
      if (!/context was destroyed|navigation/i.test(err.message)) throw err;
      seen.navigations.push(`${name} -> ${page.url()}`);
      await reopen(page, url);
      return { rendered: '', pwned: false };
    });
  if (result.pwned) seen.scripts.push(name);
  return result.rendered;
}

for (const csp of [false, true]) {
  test(`the ${VECTORS.length} hostile documents, sanitized ${csp ? 'and under the app’s CSP' : 'with no CSP (the sanitizer alone)'}: no script runs, nothing is fetched`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const url = `${app.origin}/${csp ? 'csp' : 'plain'}`;
    const seen: Seen = { scripts: [], navigations: [], dialogs: 0, violations: 0 };
    await open(page, url, seen);
    const refused: string[] = [];
    const differs: string[] = [];
    for (const vector of VECTORS) {
      const { file } = documentOf(vector);
      const html = await stored(file, armed(vector.name, readFileSync(path.join(CORPUS_DIR, file), 'utf8')));
      if (html === null) {
        refused.push(vector.name);
        continue;
      }
      const rendered = await show(page, url, vector.name, html, true, seen);
      // the CLI's line for this document is what the page holds
      if (rendered !== readerPass(html)) differs.push(vector.name);
    }
    await page.waitForTimeout(1000);
    seen.violations = await page.evaluate(
      () => (window as unknown as { __violations?: number }).__violations ?? 0,
    );
    console.log(
      `${csp ? 'CSP' : 'no CSP'}: ${VECTORS.length} documents, ${refused.length} refused, scripts ${seen.scripts.length}, requests ${outside.hits.length}, navigations ${seen.navigations.length}, dialogs ${seen.dialogs}, CSP violations ${seen.violations}`,
    );
    expect(refused).toEqual(REFUSED);
    expect(seen.scripts).toEqual([]);
    expect(outside.hits).toEqual([]);
    expect(seen.navigations).toEqual([]);
    expect(seen.dialogs).toBe(0);
    expect(seen.violations).toBe(0);
    expect(differs).toEqual([]);
  });
}

/** Raw documents that do not navigate (so one page serves them all), each able to run or fetch. */
const CONTROL = [
  'handler-onerror-img',
  'handler-no-quotes',
  'svg-foreignobject',
  'iframe-srcdoc',
  'css-style-background',
  'css-import',
  'img-remote',
  'img-srcset',
  'video-poster',
  'link-stylesheet-body',
  'svg-image',
];

/** The control documents whose script runs unsanitized (the others reach the outside server). */
const CONTROL_SCRIPTS = ['handler-no-quotes', 'handler-onerror-img', 'iframe-srcdoc', 'svg-foreignobject'];

test('control: the same documents unsanitized trip the canary and reach the outside server', async ({
  page,
}) => {
  const url = `${app.origin}/plain`;
  const seen: Seen = { scripts: [], navigations: [], dialogs: 0, violations: 0 };
  await open(page, url, seen);
  const before = outside.hits.length;
  for (const name of CONTROL) {
    const { file } = documentOf(VECTORS.find((v) => v.name === name)!);
    const html = armed(name, readFileSync(path.join(CORPUS_DIR, file), 'utf8'));
    // a script that runs later (an image's error, an SVG's foreignObject) gets up to five seconds
    // on a loaded machine, read with its own document
    await show(page, url, name, html, false, seen, CONTROL_SCRIPTS.includes(name) ? 5_000 : 0);
  }
  expect([...seen.scripts].sort()).toEqual([...CONTROL_SCRIPTS].sort());
  // the requests arrive at the outside server asynchronously: wait for them, up to ten seconds
  const requested = (): string[] =>
    [...new Set(outside.hits.slice(before).map((h) => h.split('/')[1]!))].sort();
  await expect
    .poll(requested, { timeout: 10_000 })
    .toEqual(
      [
        'css-import',
        'css-style-background',
        'img-remote',
        'img-srcset',
        'link-stylesheet-body',
        'svg-image',
        'video-poster',
      ].sort(),
    );
});

test('the corpus files are the vectors, written', () => {
  expect(readdirSync(CORPUS_DIR).sort()).toEqual(VECTORS.map((v) => documentOf(v).file).sort());
  for (const v of VECTORS) {
    const { file, text } = documentOf(v);
    expect(readFileSync(path.join(CORPUS_DIR, file), 'utf8'), file).toBe(text);
  }
});
