import path from 'node:path';
import { articleIdSchema } from '../../../common/model/ids';
import { IMAGE_TYPES, type ImageExt } from './sniff';

/**
 * Where an article's images are served from: a path of the app's own origin (gloss://app in the
 * app, the test server's origin in browser tests), so the renderer's CSP needs no other source.
 */
export const IMAGE_URL_PREFIX = '/article-images/';

/** An image's file name: its content hash and the type its bytes showed. */
const IMAGE_NAME = /^([0-9a-f]{32})\.(png|jpg|gif|webp|avif)$/;

export const imageFileName = (hash: string, ext: ImageExt): string => `${hash.slice(0, 32)}.${ext}`;

export const imageUrl = (articleId: string, name: string): string =>
  `${IMAGE_URL_PREFIX}${articleId}/${name}`;

/** An article's image folder. */
export const imagesDir = (articleDir: string): string => path.join(articleDir, 'images');

/**
 * The file an image URL names, or null: only `<prefix><article id>/<hash>.<ext>`, each part
 * matched whole against its pattern, so no spelling ("..", "%2e%2e", a backslash, a second slash)
 * reaches any file but an image in that article's own images folder.
 */
export function resolveImagePath(
  pathname: string,
  articleDir: (id: string) => string,
): { file: string; contentType: string } | null {
  if (!pathname.startsWith(IMAGE_URL_PREFIX)) return null;
  const parts = pathname.slice(IMAGE_URL_PREFIX.length).split('/');
  if (parts.length !== 2) return null;
  const [id, name] = parts as [string, string];
  if (!articleIdSchema.safeParse(id).success) return null;
  const match = IMAGE_NAME.exec(name);
  if (!match) return null;
  return {
    file: path.join(imagesDir(articleDir(id)), name),
    contentType: IMAGE_TYPES[match[2] as ImageExt],
  };
}
