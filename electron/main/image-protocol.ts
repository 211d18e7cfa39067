import { readFile } from 'node:fs/promises';
import { resolveImagePath } from '../services/images/paths';
import { withSecurityHeaders } from './csp';

/**
 * The answer to a request for an article's stored image (gloss://app/article-images/<id>/<file>):
 * the file, with its type and the app's security headers, or a 404 for anything the resolver
 * does not map to an image in that article's own folder. Plain Node, so it is tested outside
 * Electron; protocol.ts hands it the requests.
 */
export async function imageResponse(pathname: string, articleDir: (id: string) => string): Promise<Response> {
  const found = resolveImagePath(pathname, articleDir);
  const bytes = found ? await readFile(found.file).catch(() => null) : null;
  if (!found || !bytes) return withSecurityHeaders(new Response('Not found', { status: 404 }));
  return withSecurityHeaders(
    new Response(bytes, {
      status: 200,
      headers: {
        'content-type': found.contentType,
        // An image's name is its content hash: it never changes under the same URL.
        'cache-control': 'max-age=31536000, immutable',
      },
    }),
  );
}
