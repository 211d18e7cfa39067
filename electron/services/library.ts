import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { articleMetaSchema, articleSchema, type Article, type ArticleMeta } from '../../common/model/article';
import { ServiceError } from './errors';
import type { ImportedDocument } from './import';
import type { NoticeBoard } from './notices';
import { quarantineFile, readJson, writeJsonAtomic } from './storage/json-file';

const INDEX_VERSION = 1;

const indexSchema = z.object({ version: z.literal(INDEX_VERSION), articles: z.array(articleMetaSchema) });
type LibraryIndex = z.infer<typeof indexSchema>;

function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'article';
}

export function metaOf(article: Article): ArticleMeta {
  const { html: _html, text: _text, ...meta } = article;
  return meta;
}

/**
 * The articles on disk: one folder each (article.json written once per version), and an index that
 * is only a cache of their metadata, rebuilt from the folders whenever it is missing or damaged.
 */
export class Library {
  private index: LibraryIndex | null = null;

  constructor(
    private readonly userDataDir: string,
    private readonly notices: NoticeBoard,
  ) {}

  get articlesDir(): string {
    return path.join(this.userDataDir, 'articles');
  }

  articleDir(id: string): string {
    return path.join(this.articlesDir, id);
  }

  private get indexFile(): string {
    return path.join(this.userDataDir, 'library', 'index.json');
  }

  list(): ArticleMeta[] {
    return [...this.loadIndex().articles].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  }

  get(id: string): Article {
    const file = path.join(this.articleDir(id), 'article.json');
    const read = readJson(file, articleSchema);
    if (read.kind === 'ok') return read.value;
    if (read.kind === 'damaged') {
      quarantineFile(this.userDataDir, file);
      this.forget(id);
      throw new ServiceError(
        'damaged',
        'This article’s file was damaged and has been set aside in the quarantine folder. Your other articles are unaffected; import it again to keep reading.',
      );
    }
    throw new ServiceError('not-found', 'That article is no longer in the library.');
  }

  has(id: string): boolean {
    return this.loadIndex().articles.some((a) => a.id === id);
  }

  /** Adds an imported document; importing the same text again returns the article already there. */
  add(
    doc: ImportedDocument,
    sourceName: string,
    now: Date = new Date(),
  ): { article: ArticleMeta; existed: boolean } {
    const contentHash = createHash('sha256').update(doc.text).digest('hex');
    const same = this.loadIndex().articles.find((a) => a.contentHash === contentHash);
    if (same) return { article: same, existed: true };
    // The id follows from title and text, so re-importing an article whose file was set aside finds
    // its folder, and with it the highlights that stayed there.
    const base = `${slugify(doc.title)}-${contentHash.slice(0, 8)}`;
    let id = base;
    for (let n = 2; existsSync(path.join(this.articleDir(id), 'article.json')); n++) id = `${base}-${n}`;
    const stamp = now.toISOString();
    const article: Article = {
      id,
      title: doc.title,
      byline: doc.byline,
      siteName: doc.siteName,
      sourceName,
      format: doc.format,
      importedAt: stamp,
      updatedAt: stamp,
      contentHash,
      wordCount: doc.wordCount,
      excerpt: doc.excerpt,
      html: doc.html,
      text: doc.text,
    };
    writeJsonAtomic(path.join(this.articleDir(id), 'article.json'), article);
    const index = this.loadIndex();
    index.articles.push(metaOf(article));
    this.saveIndex(index);
    return { article: metaOf(article), existed: false };
  }

  /** Moves the article's folder (with its annotations) to the trash folder rather than deleting it. */
  remove(id: string, now: Date = new Date()): void {
    const dir = this.articleDir(id);
    if (existsSync(dir)) {
      const trash = path.join(this.userDataDir, 'trash');
      mkdirSync(trash, { recursive: true });
      renameSync(dir, path.join(trash, `${now.toISOString().replace(/[:.]/g, '-')}-${id}`));
    }
    this.forget(id);
  }

  private forget(id: string): void {
    const index = this.loadIndex();
    index.articles = index.articles.filter((a) => a.id !== id);
    this.saveIndex(index);
  }

  private loadIndex(): LibraryIndex {
    if (this.index) return this.index;
    const read = readJson(this.indexFile, indexSchema);
    if (read.kind === 'ok') {
      this.index = read.value;
      return this.index;
    }
    if (read.kind === 'damaged') quarantineFile(this.userDataDir, this.indexFile);
    this.index = this.rebuildIndex();
    this.saveIndex(this.index);
    return this.index;
  }

  /** Recovers the index from the article folders; a damaged article file is set aside and named. */
  private rebuildIndex(): LibraryIndex {
    const articles: ArticleMeta[] = [];
    if (!existsSync(this.articlesDir)) return { version: INDEX_VERSION, articles };
    for (const entry of readdirSync(this.articlesDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const file = path.join(this.articlesDir, entry.name, 'article.json');
      const read = readJson(file, articleSchema);
      if (read.kind === 'ok') articles.push(metaOf(read.value));
      else if (read.kind === 'damaged') {
        const kept = quarantineFile(this.userDataDir, file);
        this.notices.add(
          'warning',
          `An article file could not be read and was set aside as ${path.basename(kept)} in the quarantine folder. Its highlights are still in its folder; import the article again to see them.`,
        );
      }
    }
    return { version: INDEX_VERSION, articles };
  }

  private saveIndex(index: LibraryIndex): void {
    writeJsonAtomic(this.indexFile, index);
  }
}
