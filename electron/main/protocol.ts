import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IMAGE_URL_PREFIX } from '../services/images/paths';
import { withSecurityHeaders } from './csp';
import { imageResponse } from './image-protocol';

export const APP_SCHEME = 'gloss';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** Must run before the app is ready: lets gloss:// behave as a secure, standard origin. */
export function registerSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from gloss://app/…, refusing any path that leaves its folder, and the
 * articles' stored images from gloss://app/article-images/…, so that an article's images come
 * from the app's own origin (the CSP allows no other). A custom origin instead of file:// keeps
 * the page from reading arbitrary local files.
 */
export function serveRenderer(rendererDir: string, articleDir: (id: string) => string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('Not found', { status: 404 });
    if (url.pathname.startsWith(IMAGE_URL_PREFIX)) return imageResponse(url.pathname, articleDir);
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(root, `.${rel}`);
    if (!file.startsWith(root + path.sep)) return new Response('Forbidden', { status: 403 });
    // The CSP as a header too: the meta tag only covers the page that carries it.
    return withSecurityHeaders(await net.fetch(pathToFileURL(file).toString()));
  });
}
