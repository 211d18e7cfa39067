import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  BACKUP_VERSION,
  backupHeaderSchema,
  backupSchema,
  type Backup,
  type BackupArticle,
  type BackupTrashed,
} from '../../../common/transfer/backup-schema';
import { ServiceError } from '../errors';
import { collectImages, NO_IMAGES } from '../images/image-store';
import { imageUrl, resolveImagePath } from '../images/paths';
import { finish } from '../import';
import { parseFragment } from '../import/dom';

const refuse = (message: string): never => {
  throw new ServiceError('invalid-backup', `${message} Nothing in your library was changed.`);
};

/** "article 3 (“Title”)": where in the file a problem is, in words. */
function where(raw: unknown, issuePath: readonly PropertyKey[]): string {
  const [list, at] = issuePath;
  if ((list !== 'articles' && list !== 'trash') || typeof at !== 'number') return '';
  const rec = (raw as Record<string, unknown[]>)[list]?.[at] as { article?: { title?: unknown } } | undefined;
  const title = typeof rec?.article?.title === 'string' ? ` (“${rec.article.title.slice(0, 80)}”)` : '';
  return `${list === 'trash' ? 'trashed article' : 'article'} ${at + 1}${title}`;
}

/** An article's images, by file name, for the article's own image store to read from. */
export type ArticleImages = Map<string, Uint8Array>;

/**
 * The body as the importer would store it, and the check that it reads as the stored text: a
 * backup written by hand, or damaged, can hold markup Gloss never keeps (scripts, handlers) or a
 * text that does not match its body, and every offset depends on that match. Its images go
 * through the image store as an import's do (each checked to be an image, named by its bytes):
 * each of the article's own is handed over embedded, as a page's embedded image is, so it keeps
 * its place; one the backup lacks is taken out.
 */
async function storedBody(rec: BackupArticle): Promise<StoredBody | null> {
  const { article } = rec;
  const own = imageUrl(article.id, '');
  const carried = new Map((rec.images ?? []).map((i) => [i.name, i.data]));
  const root = parseFragment(article.html);
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const served = src.startsWith(own) ? resolveImagePath(src, () => '') : null;
    const data = served && carried.get(src.slice(own.length));
    if (served && data) img.setAttribute('src', `data:${served.contentType};base64,${data}`);
  }
  let doc;
  try {
    doc = finish(
      {
        format: article.format,
        title: article.title,
        byline: null,
        siteName: null,
        bodyHtml: root.innerHTML,
        warnings: [],
      },
      article.sourceName,
    );
  } catch {
    return null;
  }
  if (doc.text !== article.text) return null;
  const collected = await collectImages(doc, NO_IMAGES);
  return { html: collected.htmlFor(article.id), images: collected.files };
}

/** Where a record is in the file, in words: "article 3 (“Title”)" (found by a search: for a message). */
const nameOf = (backup: Backup, rec: BackupArticle): string => {
  const inTrash = backup.trash.includes(rec as BackupTrashed);
  const at = (inTrash ? backup.trash : backup.articles).indexOf(rec as BackupTrashed) + 1;
  return `${inTrash ? 'trashed article' : 'article'} ${at} (“${rec.article.title.slice(0, 80)}”)`;
};

/**
 * Checks a whole parsed backup, short of the bodies: its kind and version, every record against
 * the schema, ids unique, each text matching its hash. Throws a sentence naming the first problem.
 */
export function parseBackup(raw: unknown): Backup {
  const header = backupHeaderSchema.safeParse(raw);
  if (!header.success) refuse('This file is not a Gloss backup.');
  const version = (raw as { version: number }).version;
  if (version > BACKUP_VERSION)
    refuse(
      `This backup was made by a newer Gloss (format version ${version}; this one reads version ${BACKUP_VERSION}). Update Gloss to import it.`,
    );
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const place = where(raw, issue.path);
    const field = issue.path.slice(place ? 2 : 0).join('.');
    refuse(
      `This backup is damaged${place ? ` at ${place}` : ''}${field ? `, ${field}` : ''}: ${issue.message}.`,
    );
  }
  const backup = (parsed as z.ZodSafeParseSuccess<Backup>).data;
  const seen = new Set<string>();
  const all = [
    ...backup.articles.map((rec, at) => ({ rec, name: `article ${at + 1}` })),
    ...backup.trash.map((rec, at) => ({ rec, name: `trashed article ${at + 1}` })),
  ];
  for (const { rec, name: where } of all) {
    const { article } = rec;
    const name = `${where} (“${article.title.slice(0, 80)}”)`;
    if (seen.has(article.id)) refuse(`This backup holds ${name} twice.`);
    seen.add(article.id);
    if (createHash('sha256').update(article.text).digest('hex') !== article.contentHash)
      refuse(`This backup is damaged: the text of ${name} does not match its checksum.`);
    const ids = new Set<string>();
    for (const h of rec.annotations.highlights) {
      if (ids.has(h.id)) refuse(`This backup is damaged: ${name} holds highlight ${h.id} twice.`);
      ids.add(h.id);
    }
  }
  return backup;
}

export interface StoredBody {
  html: string;
  images: ArticleImages;
}

/**
 * The bodies of the articles about to be added, each as Gloss would store it (the others' bodies
 * are never written, so never read). Throws, naming the article, for one that does not read as
 * its text.
 */
export async function storedBodies(
  backup: Backup,
  records: readonly BackupArticle[],
): Promise<Map<string, StoredBody>> {
  const bodies = new Map<string, StoredBody>();
  let since = performance.now();
  for (const rec of records) {
    // Tens of milliseconds an article: other requests are let through now and then meanwhile.
    if (performance.now() - since > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
    const body = await storedBody(rec);
    if (body === null)
      refuse(`This backup is damaged: the body of ${nameOf(backup, rec)} does not read as its text.`);
    bodies.set(rec.article.id, body!);
  }
  return bodies;
}
