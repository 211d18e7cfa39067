import { z } from 'zod';
import { articleSchema, type Article } from '../../../common/model/article';
import { readJson, writeJsonAtomic, type ReadResult } from './json-file';
import { migrate, VERSION_KEY, type StoreVersion } from './store-factory';

/**
 * article.json's formats: 1, unversioned (every file written before versions); 2, the same fields
 * with `schemaVersion`. Versioned like the stores so a newer Gloss's article is set aside, never
 * read in part, and a later change of fields has a migration to hang on.
 */
export const ARTICLE_FORMAT: StoreVersion = { current: 2, migrations: {} };

/** The file as read: migrated to the current format, then checked; the version key is not the article's. */
const articleFileSchema = z
  .record(z.string(), z.unknown())
  .transform((value, ctx) => {
    try {
      return migrate(value, ARTICLE_FORMAT);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  })
  .pipe(articleSchema);

export function readArticle(file: string): ReadResult<Article> {
  return readJson(file, articleFileSchema);
}

export function writeArticle(file: string, article: Article): void {
  writeJsonAtomic(file, { ...article, [VERSION_KEY]: ARTICLE_FORMAT.current });
}
