import { statSync } from 'node:fs';
import path from 'node:path';
import { articleIdSchema } from '../../common/model/ids';

/**
 * The kinds of file the OS may hand Gloss (file associations in electron-builder.yml, which a test
 * holds to this list). EPUB is associated so the user gets the importer's own message about it.
 */
export const OPENABLE_EXTENSIONS = ['html', 'htm', 'md', 'txt', 'epub'] as const;
/** What the File menu's Open dialog offers: the associated kinds, and .markdown, which imports too. */
export const DIALOG_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'epub'] as const;

export const LINK_SCHEME = 'gloss:';

/** A gloss://open?article=…&offset=… link: an article, and the passage to show in it. */
export interface ArticleLink {
  articleId: string;
  offset: number;
}

export type OpenRequest =
  | { kind: 'files'; paths: string[] }
  | { kind: 'article'; link: ArticleLink }
  | { kind: 'bad-link'; url: string; reason: string };

/** Reads a gloss: link; a link that names no article (or a bad offset) is refused with the reason. */
export function parseLink(url: string): OpenRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'bad-link', url, reason: 'it is not a link' };
  }
  // `gloss://open?…` as the export writes it; `gloss:open?…` as some systems pass it on.
  const action = parsed.host || parsed.pathname.replace(/^\/+/, '');
  if (parsed.protocol !== LINK_SCHEME || action !== 'open')
    return { kind: 'bad-link', url, reason: 'Gloss links start with gloss://open' };
  const article = articleIdSchema.safeParse(parsed.searchParams.get('article'));
  if (!article.success) return { kind: 'bad-link', url, reason: 'it names no article' };
  const rawOffset = parsed.searchParams.get('offset') ?? '0';
  const offset = /^\d{1,10}$/.test(rawOffset) ? Number(rawOffset) : Number.NaN;
  if (!Number.isSafeInteger(offset)) return { kind: 'bad-link', url, reason: 'its offset is not a position' };
  return { kind: 'article', link: { articleId: article.data, offset } };
}

const hasOpenableExtension = (arg: string) =>
  (OPENABLE_EXTENSIONS as readonly string[]).includes(path.extname(arg).slice(1).toLowerCase());

/** 'file', 'folder' or 'missing' (an unreadable path counts as missing: the import says so). */
function kindOf(p: string): 'file' | 'folder' | 'missing' {
  try {
    return statSync(p).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/**
 * What a command line asks Gloss to open: the first launch's or a second launch's (Windows and
 * Linux pass files and links this way). Skips the executable (and, when run from source, the app
 * folder), options and folders. A path with an openable extension is taken even if missing, so the
 * import says it is not there; any other argument only if it is a file, so the import can say why
 * it cannot read it.
 */
export function openRequestsFromArgv(argv: readonly string[], cwd: string, skip: number): OpenRequest[] {
  const files: string[] = [];
  const requests: OpenRequest[] = [];
  for (const arg of argv.slice(skip)) {
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().startsWith(LINK_SCHEME)) {
      requests.push(parseLink(arg));
      continue;
    }
    const file = path.resolve(cwd, arg);
    const kind = kindOf(file);
    if (kind === 'file' || (kind === 'missing' && hasOpenableExtension(arg))) files.push(file);
  }
  return files.length ? [{ kind: 'files', paths: files }, ...requests] : requests;
}

/**
 * Holds what the OS asked to open until the window's renderer can take it (it may arrive before
 * the app is ready, as macOS's open-file does, or while the window is being made), then hands each
 * request over in order. A closed window makes it wait again for the next one.
 */
export class OpenQueue {
  private readonly waiting: OpenRequest[] = [];
  private ready = false;

  constructor(private readonly deliver: (request: OpenRequest) => void) {}

  add(requests: readonly OpenRequest[]): void {
    if (this.ready) requests.forEach((r) => this.deliver(r));
    else this.waiting.push(...requests);
  }

  /** The renderer is listening: everything that waited goes to it now. */
  rendererReady(): void {
    this.ready = true;
    this.waiting.splice(0).forEach((r) => this.deliver(r));
  }

  rendererGone(): void {
    this.ready = false;
  }

  get pending(): number {
    return this.waiting.length;
  }
}
