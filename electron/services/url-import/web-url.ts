import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { UrlImportError } from './errors';

const MAX_URL_LENGTH = 8192;

/**
 * What the user pasted, as an http(s) URL or a refusal that says why. An address without a scheme
 * ("example.com/story") is taken as https, as a browser's address bar would; any other scheme
 * (file:, javascript:, data:, ftp:) is refused: Gloss imports files through Open, and the rest are
 * not pages on the web.
 */
export function checkWebUrl(input: string): URL {
  const text = input.trim();
  if (!text) throw new UrlImportError('bad-url', 'Paste the address of a web page to import it.');
  if (text.length > MAX_URL_LENGTH)
    throw new UrlImportError('bad-url', 'That address is too long to be a web page’s.');
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+(?:[/?#]|$)/.test(text);
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    throw new UrlImportError('bad-url', `“${clip(text)}” is not a web address Gloss can read.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = url.protocol.replace(/:$/, '');
    throw new UrlImportError(
      'bad-url',
      scheme === 'file'
        ? 'That is the address of a file on this computer: open it with Open Article… instead.'
        : `Gloss imports web pages (http or https addresses), not “${scheme}:” addresses.`,
    );
  }
  if (!url.hostname) throw new UrlImportError('bad-url', `“${clip(text)}” names no site.`);
  if (url.username || url.password)
    throw new UrlImportError(
      'bad-url',
      'That address holds a user name or password; Gloss does not send those. Remove them and try again.',
    );
  return url;
}

/** The site and path of an address, short enough for a message. */
export function describeUrl(href: string): string {
  try {
    const u = new URL(href);
    return `“${clip(u.host + (u.pathname === '/' ? '' : u.pathname))}”`;
  } catch {
    return `“${clip(href)}”`;
  }
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * One spelling per page (no fragment, tracking parameters, `www.`, default port or trailing slash;
 * http the same as https), for finding an article already imported from it: the same rule that
 * matches annotations made elsewhere to their article.
 */
export { normalizeUrl } from '../../../common/transfer/source-url';

/**
 * Loopback, private, link-local and unique-local addresses, and names that only a local network
 * resolves. A page there may be imported (an intranet is a real place to read from); the images
 * of a page on the public web may not point there, or a hostile page could make Gloss send
 * requests to the user's router or printer.
 */
export function isPrivateAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.internal'))
    return true;
  const kind = isIP(h);
  if (kind === 4) {
    const [a, b] = h.split('.').map(Number) as [number, number];
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (kind === 6) {
    if (h === '::1' || h === '::') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    if (mapped) return isPrivateAddress(mapped[1]!);
    return /^f[cd]/.test(h) || /^fe[89ab]/.test(h);
  }
  return false;
}

/** Whether a host is, or resolves to, a private address (a name that does not resolve is not). */
export async function resolvesPrivately(host: string): Promise<boolean> {
  if (isPrivateAddress(host) || isIP(host.replace(/^\[|\]$/g, ''))) return isPrivateAddress(host);
  try {
    const found = await lookup(host, { all: true });
    return found.some((a) => isPrivateAddress(a.address));
  } catch {
    return false;
  }
}
