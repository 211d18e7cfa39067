import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBounded, type FetchLimits } from '../../electron/services/url-import/fetch';
import { UrlImportError } from '../../electron/services/url-import/errors';
import { checkIsHtml, withDeclaredCharset } from '../../electron/services/url-import/page';
import { checkWebUrl, isPrivateAddress, normalizeUrl } from '../../electron/services/url-import/web-url';
import {
  brokenMidway,
  endless,
  makePng,
  redirect,
  send,
  silent,
  startTestServer,
  type TestServer,
} from '../support/http-server';

let server: TestServer;
const LIMITS: FetchLimits = {
  timeoutMs: 2000,
  maxBytes: 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'Gloss/test (offline reader)',
  accept: 'text/html',
};

beforeAll(async () => {
  server = await startTestServer();
  server.route('/page', send('<html><body><p>Hello</p></body></html>', 'text/html; charset=ISO-8859-1'));
  server.route('/r1', redirect('/r2', 301));
  server.route('/r2', redirect('/r3', 307));
  server.route('/r3', redirect('/page', 308));
  server.route('/loop-a', redirect('/loop-b'));
  server.route('/loop-b', redirect('/loop-a'));
  for (let i = 0; i < 8; i++) server.route(`/chain${i}`, redirect(`/chain${i + 1}`));
  server.route('/to-file', redirect('file:///etc/passwd'));
  server.route('/to-js', redirect('javascript:alert(1)'));
  server.route('/nowhere', redirect(''));
  server.route('/gone', send('<h1>Not here</h1>', 'text/html', 404));
  server.route('/broken', send('<h1>Oops</h1>', 'text/html', 500));
  server.route('/forbidden', send('<h1>No</h1>', 'text/html', 403));
  server.route('/slow', silent);
  server.route('/huge-declared', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
    res.write('<p>');
    // The client should stop at the header; the socket is closed with the server.
  });
  server.route('/huge-stream', endless('text/html'));
  server.route('/cut', brokenMidway());
  server.route('/pdf', send('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'application/pdf'));
  server.route('/pdf-as-html', send('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'text/html'));
  server.route('/png', send(makePng(2, 2, [255, 0, 0]), 'image/png'));
  server.route('/json', send('{"a":1}', 'application/json'));
  server.route('/untyped', (_req, res) => res.writeHead(200).end('<!doctype html><p>Hi</p>'));
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<UrlImportError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UrlImportError);
  return err as UrlImportError;
}

describe('fetchBounded', () => {
  it('fetches a page with Gloss’s user agent and reads the charset of its type', async () => {
    const got = await fetchBounded(server.url('/page'), LIMITS);
    expect(new TextDecoder().decode(got.bytes)).toContain('Hello');
    expect(got.mediaType).toBe('text/html');
    expect(got.charset).toBe('ISO-8859-1');
    expect(server.headersOf('/page')?.['user-agent']).toBe('Gloss/test (offline reader)');
  });

  it('follows a chain of redirects by hand and reports where it ended', async () => {
    const got = await fetchBounded(server.url('/r1'), LIMITS);
    expect(got.url).toBe(server.url('/page'));
  });

  it('names a redirect loop, too many redirects, and a redirect off the web', async () => {
    expect((await failure(fetchBounded(server.url('/loop-a'), LIMITS))).message).toMatch(/in a loop/);
    const many = await failure(fetchBounded(server.url('/chain0'), LIMITS));
    expect(many.code).toBe('redirects');
    expect(many.message).toMatch(/more than 5 times/);
    for (const p of ['/to-file', '/to-js']) {
      const err = await failure(fetchBounded(server.url(p), LIMITS));
      expect(err.code).toBe('redirects');
      expect(err.message).toMatch(/redirected to/);
    }
    expect((await failure(fetchBounded(server.url('/nowhere'), LIMITS))).message).toMatch(/without saying/);
  });

  it('tells 404, 403 and 500 apart', async () => {
    expect((await failure(fetchBounded(server.url('/gone'), LIMITS))).message).toMatch(/404: not found/);
    expect((await failure(fetchBounded(server.url('/forbidden'), LIMITS))).message).toMatch(/login/);
    expect((await failure(fetchBounded(server.url('/broken'), LIMITS))).message).toMatch(
      /site had an error \(500\)/,
    );
  });

  it('gives up on a server that does not answer, at the deadline', async () => {
    const start = Date.now();
    const err = await failure(fetchBounded(server.url('/slow'), { ...LIMITS, timeoutMs: 300 }));
    expect(err.code).toBe('timeout');
    expect(err.message).toMatch(/did not answer within/);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('refuses a body past the cap, declared or streamed, without reading it all', async () => {
    const declared = await failure(fetchBounded(server.url('/huge-declared'), LIMITS));
    expect(declared.code).toBe('too-large');
    const start = Date.now();
    const streamed = await failure(fetchBounded(server.url('/huge-stream'), LIMITS));
    expect(streamed.code).toBe('too-large');
    expect(streamed.message).toMatch(/larger than 1 MB/);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('says so when the connection breaks midway, or nothing listens', async () => {
    expect((await failure(fetchBounded(server.url('/cut'), LIMITS))).code).toBe('network');
    const gone = await startTestServer();
    await gone.close();
    const closed = await failure(fetchBounded(gone.url('/'), LIMITS));
    expect(closed.code).toBe('network');
    expect(closed.message).toMatch(/refused the connection/);
  });
});

describe('what counts as a web page', () => {
  const page = (p: string) => fetchBounded(server.url(p), LIMITS);
  it('refuses a PDF, an image or JSON, by type or by bytes', async () => {
    for (const [p, what] of [
      ['/pdf', /is a PDF document, not a web page; Gloss does not read PDF documents\.$/],
      ['/pdf-as-html', /is a PDF document/],
      ['/png', /is an image/],
      ['/json', /is JSON data/],
    ] as const) {
      const err = await failure(page(p).then(checkIsHtml));
      expect(err.code).toBe('not-html');
      expect(err.message).toMatch(what);
    }
  });

  it('takes a page its server gave no type, when it reads as HTML', async () => {
    const got = await page('/untyped');
    expect(() => checkIsHtml(got)).not.toThrow();
  });

  it('puts the header’s charset where the importer reads it first, unless a BOM says otherwise', () => {
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0x93]);
    const out = withDeclaredCharset({
      url: 'http://x/',
      mediaType: 'text/html',
      charset: 'windows-1252',
      bytes,
    });
    expect(new TextDecoder().decode(out.subarray(0, 32))).toMatch(/^<meta charset="windows-1252">/);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]);
    expect(withDeclaredCharset({ url: 'http://x/', mediaType: null, charset: 'koi8-r', bytes: bom })).toBe(
      bom,
    );
  });
});

describe('addresses', () => {
  it('takes http(s) and bare addresses, refuses every other scheme with a reason', () => {
    expect(checkWebUrl('  example.com/story ').href).toBe('https://example.com/story');
    expect(checkWebUrl('localhost:8080/a').href).toBe('https://localhost:8080/a');
    expect(checkWebUrl('http://127.0.0.1:3000/x').href).toBe('http://127.0.0.1:3000/x');
    const refused = (input: string, why: RegExp) => {
      let err: unknown = null;
      try {
        checkWebUrl(input);
      } catch (e) {
        err = e;
      }
      expect(err, input).toBeInstanceOf(UrlImportError);
      expect((err as UrlImportError).message).toMatch(why);
    };
    refused('file:///home/me/page.html', /file on this computer/);
    refused('javascript:alert(1)', /not “javascript:” addresses/);
    refused('data:text/html,<p>hi</p>', /not “data:” addresses/);
    refused('ftp://example.com/a', /not “ftp:” addresses/);
    refused('', /Paste the address/);
    refused('http://', /not a web address/);
    refused('https://user:pw@example.com/', /user name or password/);
  });

  it('normalizes for finding a page already imported', () => {
    const same = [
      'https://www.example.com/a/story/?utm_source=x&b=2&a=1#top',
      'http://example.com/a/story?a=1&b=2',
      'https://EXAMPLE.com:443/a/story?fbclid=zz&a=1&b=2',
    ].map(normalizeUrl);
    expect(new Set(same).size).toBe(1);
    expect(normalizeUrl('https://example.com/a/other')).not.toBe(same[0]);
    expect(normalizeUrl('https://example.com:8080/a/story?a=1&b=2')).not.toBe(same[0]);
  });

  it('knows private and loopback addresses from public ones', () => {
    for (const h of [
      '127.0.0.1',
      '10.1.2.3',
      '192.168.0.1',
      '172.20.0.5',
      '169.254.1.1',
      '[::1]',
      'fd00::1',
      'localhost',
      'printer.local',
    ])
      expect(isPrivateAddress(h), h).toBe(true);
    for (const h of ['8.8.8.8', '172.32.0.1', 'example.com', '[2001:db8::1]', '100.128.0.1'])
      expect(isPrivateAddress(h), h).toBe(false);
  });
});
