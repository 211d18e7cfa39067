import { ServiceError } from './errors';

/** The only kinds of link an article may open, and only in the system's own apps. */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * Checks a link an article asked to open: a web or mail link, well-formed, comes back normalized;
 * anything else (file:, javascript:, a custom app scheme) is refused with a message.
 */
export function checkExternalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ServiceError('bad-link', 'That link is not a web address Gloss can open.');
  }
  if (!ALLOWED.has(url.protocol))
    throw new ServiceError(
      'bad-link',
      `Gloss opens only web (http, https) and mail links; a “${url.protocol}” link stays closed.`,
    );
  if (url.protocol !== 'mailto:' && !url.hostname)
    throw new ServiceError('bad-link', 'That link is not a web address Gloss can open.');
  return url.href;
}

/**
 * Opens links in the system browser or mail app (shell.openExternal in the app). Every link that
 * passed the check is kept in `opened`, which is how the browser tests see what would have opened.
 */
export class ExternalLinks {
  readonly opened: string[] = [];

  constructor(private readonly openWith?: (url: string) => Promise<void>) {}

  async open(raw: string): Promise<void> {
    const url = checkExternalUrl(raw);
    this.opened.push(url);
    await this.openWith?.(url);
  }
}
