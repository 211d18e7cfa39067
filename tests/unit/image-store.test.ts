import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectImages,
  IMAGE_LIMITS,
  writeImages,
  type ImageSource,
} from '../../electron/services/images/image-store';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { imageResponse } from '../../electron/main/image-protocol';
import { resolveImagePath } from '../../electron/services/images/paths';
import { sniffImage } from '../../electron/services/images/sniff';
import { besideFileSource, webImageSource } from '../../electron/services/images/sources';
import { importDocument } from '../../electron/services/import';
import { GIF, JPEG, makePng, send, startTestServer, WEBP, type TestServer } from '../support/http-server';
import { tempProfile } from '../support/profile';
import { rendererText } from './import-helpers';

const PNG = makePng(3, 2, [0, 128, 255]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

let server: TestServer;
let inFlight = 0;
let mostInFlight = 0;
beforeAll(async () => {
  server = await startTestServer();
  const slow =
    (body: Buffer, type: string): Parameters<TestServer['route']>[1] =>
    (req, res) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        send(body, type)(req, res);
      }, 40);
    };
  server.route('/a.png', slow(PNG, 'image/png'));
  server.route('/b.jpg', slow(JPEG, 'image/jpeg'));
  server.route('/c.gif', slow(GIF, 'image/gif'));
  server.route('/d.webp', slow(WEBP, 'image/webp'));
  for (let i = 0; i < 8; i++) server.route(`/n${i}.png`, slow(makePng(1, i + 1, [i, 0, 0]), 'image/png'));
  server.route('/logo.svg', send(SVG, 'image/svg+xml'));
  server.route('/page-as-image.jpg', send('<html>not an image</html>', 'text/html'));
  server.route('/lying.png', send(GIF, 'application/octet-stream'));
  server.route('/big.png', send(Buffer.concat([PNG, Buffer.alloc(300_000)]), 'image/png'));
});
afterAll(() => server.close());

/** An article body as the importer makes it: images held aside by number, for the store. */
async function imported(body: string) {
  return importDocument({
    fileName: 'page.html',
    bytes: Buffer.from(
      `<html><head><title>Harbour news</title></head><body><article>${body}</article></body></html>`,
    ),
    baseUrl: server.origin + '/story/',
  } as Parameters<typeof importDocument>[0]);
}

const web = (pageIsPrivate = true): ImageSource =>
  webImageSource({
    userAgent: 'Gloss/test',
    timeoutMs: 2000,
    base: server.origin + '/story/',
    pageIsPrivate,
  });

const PARAS = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i} of the harbour story, long enough to be read as the article by Readability itself.</p>`,
).join('');

describe('sniffing', () => {
  it('knows PNG, JPEG, GIF, WebP and AVIF by their bytes, and nothing else', () => {
    expect(sniffImage(PNG)).toBe('png');
    expect(sniffImage(JPEG)).toBe('jpg');
    expect(sniffImage(GIF)).toBe('gif');
    expect(sniffImage(WEBP)).toBe('webp');
    const avif = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif'), Buffer.alloc(8)]);
    expect(sniffImage(avif)).toBe('avif');
    expect(sniffImage(SVG)).toBeNull();
    expect(sniffImage(Buffer.from('<html>'))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });
});

describe('collecting an article’s images', () => {
  it('saves each image once, points the article at its store, and drops what is not an image', async () => {
    const doc = await imported(
      `<p><img src="/a.png" alt="A"></p>${PARAS}<figure><img src="../b.jpg"><figcaption>Caption</figcaption></figure>` +
        `<img src="/c.gif"><img src="/d.webp"><img src="/a.png" alt="again"><img src="/logo.svg">` +
        `<img src="/page-as-image.jpg"><img src="/missing.png"><img src="/lying.png">`,
    );
    expect(doc.html).not.toMatch(/\ssrc=/);
    const got = await collectImages(doc, web());
    expect(got.saved).toBe(6);
    expect(got.failed).toBe(3);
    expect(got.files.size).toBe(4); // a.png twice, lying.png is the GIF's bytes
    const html = got.htmlFor('harbour-news-1234abcd');
    const srcs = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    expect(srcs).toHaveLength(6);
    for (const src of srcs)
      expect(src).toMatch(/^\/article-images\/harbour-news-1234abcd\/[0-9a-f]{32}\.(png|jpg|gif|webp)$/);
    expect(html).not.toContain('data-gloss-image');
    expect(html).toContain('alt="again"');
    expect(rendererText(html)).toBe(doc.text);
    // Each source was asked for once.
    expect(server.requests.filter((r) => r === '/a.png')).toHaveLength(1);
  });

  it('downloads a few at a time', async () => {
    mostInFlight = 0;
    const doc = await imported(
      PARAS + Array.from({ length: 8 }, (_, i) => `<img src="/n${i}.png">`).join(''),
    );
    const got = await collectImages(doc, web(), { ...IMAGE_LIMITS, concurrency: 3 });
    expect(got.saved).toBe(8);
    expect(mostInFlight).toBe(3);
  });

  it('keeps to the per-image, total and count limits', async () => {
    const doc = await imported(
      `${PARAS}<img src="/big.png"><img src="/a.png"><img src="/b.jpg"><img src="/c.gif">`,
    );
    const perImage = await collectImages(doc, web(), { ...IMAGE_LIMITS, perImageBytes: 100_000 });
    expect(perImage.saved).toBe(3);
    const total = await collectImages(doc, web(), {
      ...IMAGE_LIMITS,
      concurrency: 1,
      totalBytes: PNG.length + JPEG.length,
    });
    expect([...total.files.values()].reduce((n, b) => n + b.length, 0)).toBeLessThanOrEqual(
      PNG.length + JPEG.length,
    );
    expect(total.failed).toBeGreaterThan(0);
    const few = await collectImages(doc, web(), { ...IMAGE_LIMITS, maxImages: 2 });
    expect(few.saved + few.failed).toBe(4);
    expect(few.saved).toBeLessThanOrEqual(2);
  });

  it('begins no image past the article’s time limit, and gives up on each that does not come', async () => {
    for (let i = 0; i < 6; i++) server.route(`/silent${i}.png`, () => {});
    const doc = await imported(
      PARAS + Array.from({ length: 6 }, (_, i) => `<img src="/silent${i}.png">`).join(''),
    );
    const slowWeb = webImageSource({
      userAgent: 'Gloss/test',
      timeoutMs: 200,
      base: server.origin,
      pageIsPrivate: true,
    });
    const start = Date.now();
    const got = await collectImages(doc, slowWeb, { ...IMAGE_LIMITS, concurrency: 1, totalMs: 300 });
    expect(got.failed).toBe(6);
    expect(Date.now() - start).toBeLessThan(1500);
    // Two were tried (the second begun before the limit), the rest never asked for.
    expect(server.requests.filter((r) => r.startsWith('/silent')).length).toBeLessThanOrEqual(3);
  });

  it('stores an embedded image too, and refuses an embedded SVG', async () => {
    const dataPng = `data:image/png;base64,${makePng(40, 40, [1, 2, 3]).toString('base64')}`;
    const dataSvg = `data:image/svg+xml;base64,${Buffer.concat([SVG, Buffer.alloc(600, 32)]).toString('base64')}`;
    const doc = await imported(`${PARAS}<img src="${dataPng}"><img src="${dataSvg}">`);
    const got = await collectImages(doc, web());
    expect(got.saved).toBe(1);
    expect(got.failed).toBe(1);
    expect(got.htmlFor('x-1')).not.toContain('data:');
  });

  it('follows no redirect of a public page’s image into a private network', async () => {
    server.route('/public/photo.png', (_req, res) =>
      res.writeHead(302, { location: '/private/photo.png' }).end(),
    );
    server.route('/private/photo.png', send(PNG, 'image/png'));
    server.route('/public/ok.png', send(PNG, 'image/png'));
    const source = webImageSource({
      userAgent: 'Gloss/test',
      timeoutMs: 2000,
      base: server.origin + '/public/',
      pageIsPrivate: false,
      // Here every address is loopback: the path says which this test counts as public.
      isPrivate: async (u) => !u.pathname.startsWith('/public/'),
    });
    const doc = await imported(`${PARAS}<img src="/public/photo.png"><img src="/public/ok.png">`);
    const got = await collectImages(doc, source);
    expect(got.saved).toBe(1);
    expect(got.failed).toBe(1);
    expect(server.requests).toContain('/public/photo.png');
    expect(server.requests).not.toContain('/private/photo.png');
  });

  it('fetches nothing from a private network for a public page', async () => {
    const before = server.requests.length;
    const doc = await imported(`${PARAS}<img src="/c.gif">`);
    const got = await collectImages(doc, web(false));
    expect(got.failed).toBe(1);
    expect(server.requests.length).toBe(before);
  });

  it('writes the files into the article’s images folder', () => {
    const { dir, remove } = tempProfile();
    try {
      writeImages(dir, new Map([['0123456789abcdef0123456789abcdef.png', PNG]]));
      writeImages(dir, new Map([['0123456789abcdef0123456789abcdef.png', PNG]]));
      expect(readdirSync(path.join(dir, 'images'))).toEqual(['0123456789abcdef0123456789abcdef.png']);
      expect(readFileSync(path.join(dir, 'images', '0123456789abcdef0123456789abcdef.png'))).toEqual(PNG);
    } finally {
      remove();
    }
  });
});

describe('images saved beside a page', () => {
  it('reads them from the page’s folder only', async () => {
    const { dir, remove } = tempProfile();
    try {
      const page = path.join(dir, 'saved', 'Story.html');
      mkdirSync(path.join(dir, 'saved', 'Story_files'), { recursive: true });
      writeFileSync(path.join(dir, 'saved', 'Story_files', 'photo one.png'), PNG);
      writeFileSync(path.join(dir, 'outside.png'), PNG);
      symlinkSync(path.join(dir, 'outside.png'), path.join(dir, 'saved', 'Story_files', 'link.png'));
      const source = besideFileSource(page);
      expect(await source('Story_files/photo%20one.png', 1e6)).toEqual(PNG);
      expect(await source('./Story_files/photo one.png', 1e6)).toEqual(PNG);
      expect(await source('../outside.png', 1e6)).toBeNull();
      expect(await source('Story_files/link.png', 1e6)).toBeNull();
      expect(await source(`file://${path.join(dir, 'outside.png')}`, 1e6)).toBeNull();
      expect(await source('https://example.com/a.png', 1e6)).toBeNull();
      expect(await source('Story_files/photo%20one.png', 10)).toBeNull();
      expect(await source('Story_files/none.png', 1e6).catch(() => null)).toBeNull();
    } finally {
      remove();
    }
  });
});

describe('the image protocol’s paths', () => {
  const dir = (id: string) => path.join('/profile/articles', id);
  it('maps an article’s image URL to the file in its images folder', () => {
    expect(resolveImagePath('/article-images/harbour-1/0123456789abcdef0123456789abcdef.jpg', dir)).toEqual({
      file: path.join('/profile/articles/harbour-1/images/0123456789abcdef0123456789abcdef.jpg'),
      contentType: 'image/jpeg',
    });
  });

  it('refuses anything else: traversal, other files, other folders, odd names', () => {
    for (const p of [
      '/article-images/../../etc/passwd',
      '/article-images/harbour-1/../annotations.json',
      '/article-images/harbour-1/..%2fannotations.json',
      '/article-images/harbour-1/%2e%2e/x.png',
      '/article-images/harbour-1/annotations.json',
      '/article-images/harbour-1/0123456789abcdef0123456789abcdef.svg',
      '/article-images/harbour-1/0123456789abcdef0123456789abcdef.png/x',
      '/article-images/Harbour/0123456789abcdef0123456789abcdef.png',
      '/article-images/harbour-1\\..\\x/0123456789abcdef0123456789abcdef.png',
      '/article-images//0123456789abcdef0123456789abcdef.png',
      '/article-images/0123456789abcdef0123456789abcdef.png',
      '/assets/0123456789abcdef0123456789abcdef.png',
    ])
      expect(resolveImagePath(p, dir), p).toBeNull();
  });
});

describe('serving a stored image', () => {
  it('answers with the file, its type and the app’s security headers; anything else is a 404', async () => {
    const { dir, remove } = tempProfile();
    try {
      const articleDir = (id: string) => path.join(dir, 'articles', id);
      const name = '0123456789abcdef0123456789abcdef.png';
      writeImages(articleDir('harbour-1'), new Map([[name, PNG]]));
      writeFileSync(path.join(articleDir('harbour-1'), 'annotations.json'), '{"secret":1}');
      const ok = await imageResponse(`/article-images/harbour-1/${name}`, articleDir);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('image/png');
      expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await ok.arrayBuffer())).toEqual(PNG);
      for (const p of [
        `/article-images/other-2/${name}`,
        '/article-images/harbour-1/annotations.json',
        '/article-images/harbour-1/../harbour-1/annotations.json',
        '/article-images/harbour-1/fedcba9876543210fedcba9876543210.png',
      ])
        expect((await imageResponse(p, articleDir)).status, p).toBe(404);
    } finally {
      remove();
    }
  });

  it('is the only place images come from: the CSP allows the app’s own origin (and inert data:)', () => {
    const imgSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('img-src '));
    expect(imgSrc).toBe("img-src 'self' data:");
  });
});
