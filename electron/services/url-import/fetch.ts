import { UrlImportError } from './errors';
import { checkWebUrl, describeUrl } from './web-url';

export interface FetchLimits {
  /** For the whole exchange: every redirect, the headers and the body. */
  timeoutMs: number;
  /** The body is read as a stream and the download stopped as soon as it passes this. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  accept: string;
  /** Asked before each request, redirects included; throws to refuse going there. */
  checkHop?: ((url: URL) => Promise<void>) | undefined;
}

export interface Fetched {
  /** Where the body came from, after redirects. */
  url: string;
  /** The media type alone, lower case ("text/html"), or null when the server named none. */
  mediaType: string | null;
  /** The charset parameter of the Content-Type header, as the server wrote it. */
  charset: string | null;
  bytes: Uint8Array;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET with every limit enforced here rather than trusted to the server: redirects followed by
 * hand (each hop checked to be http(s), a loop named as such), one deadline for everything, and a
 * size cap counted on the bytes as they arrive, since Content-Length may be absent or a lie.
 * Plain fetch (undici), so that it runs the same in Node tests and in Electron's main process.
 */
export async function fetchBounded(start: string, limits: FetchLimits): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const seen = new Set<string>();
  let url = checkWebUrl(start).href;
  try {
    for (;;) {
      seen.add(url);
      await limits.checkHop?.(new URL(url));
      const response = await fetch(url, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { 'user-agent': limits.userAgent, accept: limits.accept },
      }).catch((err: unknown) => {
        throw failure(err, url, limits, controller.signal);
      });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => {});
        url = nextHop(url, response.headers.get('location'), seen, limits.maxRedirects);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw statusError(response.status, url);
      }
      const contentType = response.headers.get('content-type');
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw tooLarge(url, limits.maxBytes);
      }
      const bytes = await readCapped(response, limits.maxBytes, url).catch((err: unknown) => {
        throw failure(err, url, limits, controller.signal);
      });
      return { url, ...parseContentType(contentType), bytes };
    }
  } finally {
    clearTimeout(timer);
  }
}

function nextHop(from: string, location: string | null, seen: Set<string>, max: number): string {
  if (!location)
    throw new UrlImportError('redirects', `${describeUrl(from)} redirected without saying where to.`);
  let next: string;
  try {
    next = checkWebUrl(new URL(location, from).href).href;
  } catch (err) {
    if (err instanceof UrlImportError)
      throw new UrlImportError('redirects', `${describeUrl(from)} redirected to ${err.message}`);
    throw err;
  }
  if (seen.has(next))
    throw new UrlImportError(
      'redirects',
      `${describeUrl(from)} redirects in a loop (back to ${describeUrl(next)}), so there is no page to import.`,
    );
  if (seen.size > max)
    throw new UrlImportError(
      'redirects',
      `${describeUrl(seen.values().next().value ?? from)} redirected more than ${max} times; Gloss stopped following it.`,
    );
  return next;
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

export function parseContentType(header: string | null): {
  mediaType: string | null;
  charset: string | null;
} {
  if (!header) return { mediaType: null, charset: null };
  const [type, ...params] = header.split(';');
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1])
    .find((c): c is string => !!c);
  return { mediaType: type!.trim().toLowerCase() || null, charset: charset ?? null };
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

function tooLarge(url: string, max: number): UrlImportError {
  return new UrlImportError(
    'too-large',
    `${describeUrl(url)} is larger than ${megabytes(max)} MB; Gloss stopped downloading it.`,
  );
}

function statusError(status: number, url: string): UrlImportError {
  const what =
    status === 404 || status === 410
      ? 'no page there (it answered 404: not found)'
      : status === 401 || status === 403
        ? `it refused to give the page (${status}: it may need a login, which Gloss does not have)`
        : status >= 500
          ? `the site had an error (${status}); try again later`
          : `it answered ${status}`;
  return new UrlImportError('http-status', `${describeUrl(url)} could not be imported: ${what}.`);
}

/** A rejected fetch or body read, told as what happened: the deadline, or the network. */
function failure(err: unknown, url: string, limits: FetchLimits, signal: AbortSignal): unknown {
  if (err instanceof UrlImportError) return err;
  if (signal.aborted)
    return new UrlImportError(
      'timeout',
      `${describeUrl(url)} did not answer within ${Math.round(limits.timeoutMs / 1000)} s; Gloss gave up.`,
    );
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const why =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? 'no such site was found (check the address, or the network)'
      : code === 'ECONNREFUSED'
        ? 'the site refused the connection'
        : /CERT|SSL|TLS/i.test(code)
          ? 'its security certificate could not be checked'
          : 'the connection was lost before the page had come in';
  return new UrlImportError('network', `${describeUrl(url)} could not be imported: ${why}.`);
}
