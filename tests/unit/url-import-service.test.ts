import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../common/ipc/contract';
import { createInProcessRunner } from '../../electron/services/analysis/runner';
import { IMAGE_LIMITS } from '../../electron/services/images/image-store';
import { createServices, type Services } from '../../electron/services/service-map';
import { trustedCanonical } from '../../electron/services/url-import/known-pages';
import { USER_AGENT } from '../../electron/services/url-import/url-import-service';
import { confStore } from '../support/conf-store';
import {
  brokenMidway,
  endless,
  GIF,
  JPEG,
  makePng,
  redirect,
  send,
  silent,
  startTestServer,
  WEBP,
  type TestServer,
} from '../support/http-server';
import { tempProfile } from '../support/profile';
import { rendererText } from './import-helpers';

const PNG = makePng(4, 3, [200, 30, 30]);

function page(title: string, body: string, head = ''): string {
  const paras = Array.from(
    { length: 5 },
    (_, i) =>
      `<p>${title}: paragraph ${i + 1} tells what the harbour authority decided about the ferries, the fees and the port.</p>`,
  ).join('');
  return `<!doctype html><html><head><title>${title}</title>${head}</head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>${title}</h1>${body}${paras}</article>
    <footer>© The Harbour Gazette</footer></body></html>`;
}

let server: TestServer;
let profile: ReturnType<typeof tempProfile>;
let services: Services;

beforeAll(async () => {
  server = await startTestServer();
  server.route(
    '/story',
    send(
      page(
        'Ferry line doubles its fleet',
        `<figure><img src="/img/ship.png" alt="The new ship"><figcaption>The new ship</figcaption></figure>
         <picture><source type="image/webp" srcset="/img/ship.webp"><img src="/img/fallback.jpg"></picture>
         <img data-src="/img/lazy.gif" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" loading="lazy">
         <img srcset="/img/small.jpg 300w, /img/wide.jpg 1200w" src="/img/small.jpg">
         <img src="/img/missing.png"><img src="/img/logo.svg">`,
        '<link rel="canonical" href="/story-canonical">',
      ),
      'text/html; charset=utf-8',
    ),
  );
  server.route('/img/ship.png', send(PNG, 'image/png'));
  server.route('/img/ship.webp', send(WEBP, 'image/webp'));
  server.route('/img/fallback.jpg', send(JPEG, 'image/jpeg'));
  server.route('/img/lazy.gif', send(GIF, 'image/gif'));
  server.route('/img/small.jpg', send(JPEG, 'image/jpeg'));
  server.route('/img/wide.jpg', send(JPEG, 'image/jpeg'));
  server.route('/img/logo.svg', send('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'));
  server.route('/moved', redirect('/story?utm_source=feed'));
  server.route(
    '/legacy',
    send(
      Buffer.concat([
        Buffer.from('<html><head><title>Quotes</title></head><body><article>'),
        Buffer.from(
          Array.from(
            { length: 4 },
            () => '<p>The minister said \x93we will build it\x94 \x96 and left\x85</p>',
          ).join(''),
          'latin1',
        ),
        Buffer.from('</article></body></html>'),
      ]),
      'text/html; charset=windows-1252',
    ),
  );
  server.route('/copy-a', send(page('Same text twice', ''), 'text/html'));
  server.route('/copy-b', send(page('Same text twice', ''), 'text/html'));
  server.route('/pdf', send('%PDF-1.4 ...', 'application/pdf'));
  server.route('/photo', send(PNG, 'image/png'));
  server.route('/gone', send('<h1>Not found</h1>', 'text/html', 404));
  server.route('/error', send('<h1>Error</h1>', 'text/html', 500));
  server.route('/loop', redirect('/loop2'));
  server.route('/loop2', redirect('/loop'));
  server.route('/slow', silent);
  server.route('/huge', endless('text/html'));
  server.route('/cut', brokenMidway());
  server.route('/empty', send('<html><body><div></div><script>render()</script></body></html>', 'text/html'));
});
afterAll(() => server.close());

beforeEach(async () => {
  profile = tempProfile();
  services = await createServices({
    userDataDir: profile.dir,
    createStore: confStore,
    runner: createInProcessRunner(),
    urlImport: {
      userAgent: USER_AGENT,
      timeoutMs: 500,
      maxPageBytes: 2 * 1024 * 1024,
      maxRedirects: 5,
      imageTimeoutMs: 500,
      images: IMAGE_LIMITS,
    },
  });
});
afterEach(async () => {
  await services.close();
  profile.remove();
});

const importUrl = async (url: string): Promise<ImportOutcome> => {
  const answer = await services.handlers['library.importUrl']({ url });
  return answer;
};

function okOutcome(o: ImportOutcome): Extract<ImportOutcome, { ok: true }> {
  if (!o.ok) throw new Error(`expected an import, got: ${o.message}`);
  return o;
}

describe('importing a web page', () => {
  it('imports the article with every image it shows stored beside it, nothing remote left', async () => {
    const o = okOutcome(await importUrl(server.url('/story')));
    expect(o.existed).toBe(false);
    expect(o.article.title).toBe('Ferry line doubles its fleet');
    expect(o.article.url).toBe(server.url('/story-canonical'));
    expect(o.message).toMatch(
      /^Imported “Ferry line doubles its fleet” from 127\.0\.0\.1, with its 4 images saved/,
    );
    expect(o.warnings.join(' ')).toMatch(/2 images of this article could not be saved/);
    expect(server.headersOf('/story')?.['user-agent']).toMatch(/^Gloss\/\d+\.\d+\.\d+ \(offline reader\)$/);

    const article = services.library.get(o.article.id);
    const srcs = [...article.html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(srcs).toHaveLength(4);
    const stored = readdirSync(path.join(services.library.articleDir(o.article.id), 'images')).sort();
    for (const src of srcs) {
      expect(src).toMatch(new RegExp(`^/article-images/${o.article.id}/[0-9a-f]{32}\\.(png|jpg|gif|webp)$`));
      expect(stored).toContain(path.basename(src));
    }
    // The lazy image's real GIF, not its stand-in; the missing PNG and the SVG are left out.
    const bytes = srcs.map((s) =>
      readFileSync(path.join(services.library.articleDir(o.article.id), 'images', path.basename(s))),
    );
    expect(bytes).toContainEqual(PNG);
    expect(bytes).toContainEqual(GIF);
    expect(article.html).not.toMatch(/127\.0\.0\.1|data-gloss-image|srcset|data-src|loading=/);
    expect(rendererText(article.html)).toBe(article.text);
  });

  it('honours the charset the server declares', async () => {
    const o = okOutcome(await importUrl(server.url('/legacy')));
    expect(services.library.get(o.article.id).text).toContain(
      'The minister said “we will build it” – and left…',
    );
  });

  it('opens the article already there: the same address, a redirect to it, its canonical address, or the same text', async () => {
    const first = okOutcome(await importUrl(server.url('/story')));
    const again = okOutcome(await importUrl(server.url('/story-canonical#comments')));
    expect(again.existed).toBe(true);
    expect(again.article.id).toBe(first.article.id);
    expect(again.message).toMatch(/already in your library; it was opened instead/);
    // Known by its address: not fetched again.
    expect(server.requests.filter((r) => r === '/story-canonical')).toHaveLength(0);
    // A redirect is followed (the page comes with it), and the page known by its canonical address.
    const moved = okOutcome(await importUrl(server.url('/moved')));
    expect(moved.existed).toBe(true);
    expect(moved.article.id).toBe(first.article.id);
    expect(server.requests).toContain('/story?utm_source=feed');

    const a = okOutcome(await importUrl(server.url('/copy-a')));
    const b = okOutcome(await importUrl(server.url('/copy-b')));
    expect(b.existed).toBe(true);
    expect(b.article.id).toBe(a.article.id);
    expect(services.library.list()).toHaveLength(2);
  });

  it('refuses bad input with a reason, leaving the library as it was', async () => {
    okOutcome(await importUrl(server.url('/copy-a')));
    const before = JSON.stringify(services.library.list());
    const articles = readdirSync(services.library.articlesDir).sort();
    for (const [url, code, why] of [
      [server.url('/pdf'), 'not-html', /is a PDF document, not a web page/],
      [server.url('/photo'), 'not-html', /is an image, not a web page/],
      [server.url('/gone'), 'http-status', /404: not found/],
      [server.url('/error'), 'http-status', /site had an error \(500\)/],
      [server.url('/loop'), 'redirects', /redirects in a loop/],
      [server.url('/slow'), 'timeout', /did not answer within/],
      [server.url('/huge'), 'too-large', /larger than 2 MB/],
      [server.url('/cut'), 'network', /connection was lost/],
      [server.url('/empty'), 'no-content', /No readable text/],
      ['file:///etc/passwd', 'bad-url', /file on this computer/],
      ['javascript:alert(1)', 'bad-url', /not “javascript:” addresses/],
      ['data:text/html,<p>hello</p>', 'bad-url', /not “data:” addresses/],
      ['   ', 'bad-url', /Paste the address/],
    ] as const) {
      const o = await importUrl(url);
      expect(o.ok, url).toBe(false);
      if (o.ok) continue;
      expect(o.code, url).toBe(code);
      expect(o.message, url).toMatch(why);
      expect(o.path).toBe(url);
    }
    expect(JSON.stringify(services.library.list())).toBe(before);
    expect(readdirSync(services.library.articlesDir).sort()).toEqual(articles);
  });

  it('is refused by the contract without a string', async () => {
    const { dispatch } = await import('../../electron/services/service-map');
    const answer = await dispatch(services.handlers, 'library.importUrl', { url: 42 });
    expect(answer.ok).toBe(false);
  });
});

describe('canonical addresses', () => {
  it('trusts a page’s canonical address unless it is the site’s home page or not on the web', () => {
    expect(trustedCanonical('/a/story', 'https://site.com/a/story?x=1')).toBe('https://site.com/a/story');
    expect(trustedCanonical('https://other.com/original', 'https://site.com/copy')).toBe(
      'https://other.com/original',
    );
    expect(trustedCanonical('https://site.com/', 'https://site.com/a/story')).toBeNull();
    expect(trustedCanonical('javascript:alert(1)', 'https://site.com/a')).toBeNull();
    expect(trustedCanonical(null, 'https://site.com/a')).toBeNull();
    // A saved page: no address it came from, so only an absolute canonical counts.
    expect(trustedCanonical('https://site.com/a/story')).toBe('https://site.com/a/story');
    expect(trustedCanonical('/a/story')).toBeNull();
    expect(trustedCanonical('https://site.com/')).toBeNull();
    expect(trustedCanonical('https://site.com/?p=12')).toBe('https://site.com/?p=12');
  });
});

describe('a saved page with its images beside it', () => {
  it('copies the images from the page’s folder into the article', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const dir = path.join(profile.dir, 'downloads');
    mkdirSync(path.join(dir, 'Story_files'), { recursive: true });
    writeFileSync(path.join(dir, 'Story_files', 'ship.png'), PNG);
    writeFileSync(
      path.join(dir, 'Story.html'),
      page(
        'Saved ferry story',
        '<img src="Story_files/ship.png" alt="Ship"><img src="https://example.com/remote.jpg">',
      ),
    );
    const [o] = await services.importFiles([path.join(dir, 'Story.html')]);
    const ok = okOutcome(o!);
    const html = services.library.get(ok.article.id).html;
    expect(html).toMatch(new RegExp(`<img[^>]*src="/article-images/${ok.article.id}/[0-9a-f]{32}\\.png"`));
    expect(html).not.toContain('example.com');
    expect(ok.warnings.join(' ')).toMatch(/1 image of this article could not be saved \(they are on the web/);
    expect(existsSync(path.join(services.library.articleDir(ok.article.id), 'images'))).toBe(true);
  });
});
