import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Article } from '../../../common/model/article';
import {
  BACKUP_VERSION,
  backupHeaderSchema,
  backupSchema,
  type Backup,
} from '../../../common/transfer/backup-schema';
import { ServiceError } from '../errors';
import { finish } from '../import';

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

/**
 * The body as the importer would store it, and the check that it reads as the stored text: a
 * backup written by hand, or damaged, can hold markup Gloss never keeps (scripts, handlers) or a
 * text that does not match its body, and every offset depends on that match.
 */
function storedBody(article: Article): string | null {
  try {
    const doc = finish(
      {
        format: article.format,
        title: article.title,
        byline: null,
        siteName: null,
        bodyHtml: article.html,
        warnings: [],
      },
      article.sourceName,
    );
    return doc.text === article.text ? doc.html : null;
  } catch {
    return null;
  }
}

/**
 * Checks a whole parsed backup before anything is written: its kind and version, every record
 * against the schema, ids unique, each text matching its hash and its body. Returns the backup with
 * each body as Gloss would store it; throws a sentence naming the first problem.
 */
export function checkBackup(raw: unknown): Backup {
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
  for (const [list, records] of [
    ['article', backup.articles],
    ['trashed article', backup.trash],
  ] as const) {
    records.forEach((rec, at) => {
      const { article } = rec;
      const name = `${list} ${at + 1} (“${article.title.slice(0, 80)}”)`;
      if (seen.has(article.id)) refuse(`This backup holds ${name} twice.`);
      seen.add(article.id);
      if (createHash('sha256').update(article.text).digest('hex') !== article.contentHash)
        refuse(`This backup is damaged: the text of ${name} does not match its checksum.`);
      const html = storedBody(article);
      if (html === null) refuse(`This backup is damaged: the body of ${name} does not read as its text.`);
      article.html = html!;
      const ids = new Set<string>();
      for (const h of rec.annotations.highlights) {
        if (ids.has(h.id)) refuse(`This backup is damaged: ${name} holds highlight ${h.id} twice.`);
        ids.add(h.id);
      }
    });
  }
  return backup;
}
