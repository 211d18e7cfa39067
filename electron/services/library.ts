import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { articleMetaSchema, type Article, type ArticleMeta } from '../../common/model/article';
import {
  EMPTY_SHELF,
  shelfSchema,
  type Shelf,
  type ShelfPatch,
  type TrashEntry,
} from '../../common/model/library';
import { ServiceError } from './errors';
import type { ImportedDocument } from './import';
import { Trash } from './library-trash';
import type { NoticeBoard } from './notices';
import { readArticle, writeArticle } from './storage/article-file';
import { quarantineFile, readJson, writeJsonAtomic } from './storage/json-file';

const INDEX_VERSION = 2;
/** Reading progress comes with every scroll: the index (a cache) is saved a moment later, shelf.json at once. */
const SAVE_INDEX_AFTER_MS = 1000;

const indexEntrySchema = articleMetaSchema.extend({ shelf: shelfSchema });
export type IndexEntry = z.infer<typeof indexEntrySchema>;
const indexSchema = z.object({ version: z.literal(INDEX_VERSION), articles: z.array(indexEntrySchema) });
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

/** Trimmed, the first spelling of each kept: "Budget" and "budget" are one tag. */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const t of tags) {
    const tag = t.trim();
    if (tag && !seen.has(tag.toLocaleLowerCase())) seen.set(tag.toLocaleLowerCase(), tag);
  }
  return [...seen.values()];
}

const metaOnly = ({ shelf: _shelf, ...meta }: IndexEntry): ArticleMeta => meta;

/** What an article brings besides its text: files written into its folder, and the HTML using them. */
export interface ArticleAssets {
  /** Writes the files into the article's folder and returns its HTML for that id. */
  write(articleDir: string, articleId: string): string;
}

/**
 * The articles on disk: one folder each (article.json written once per version), and an index that
 * is only a cache of their metadata, rebuilt from the folders whenever it is missing or damaged.
 */
export class Library {
  private index: LibraryIndex | null = null;
  private saveTimer: NodeJS.Timeout | null = null;
  private readonly lengths = new Map<string, number>();
  private readonly trash: Trash;
  private changes = 0;

  constructor(
    private readonly userDataDir: string,
    private readonly notices: NoticeBoard,
  ) {
    this.trash = new Trash(userDataDir);
  }

  get articlesDir(): string {
    return path.join(this.userDataDir, 'articles');
  }

  articleDir(id: string): string {
    return path.join(this.articlesDir, id);
  }

  private get indexFile(): string {
    return path.join(this.userDataDir, 'library', 'index.json');
  }

  /** Every article with its shelf, newest first. */
  entries(): IndexEntry[] {
    return [...this.loadIndex().articles].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  }

  list(): ArticleMeta[] {
    return this.entries().map(metaOnly);
  }

  private entry(id: string): IndexEntry {
    const found = this.loadIndex().articles.find((a) => a.id === id);
    if (!found) throw new ServiceError('not-found', 'That article is no longer in the library.');
    return found;
  }

  /** Tags, archive, done or unread: written to the article's shelf.json before this returns. */
  updateShelf(patch: Omit<ShelfPatch, 'articleId'> & { articleId: string }): IndexEntry {
    const entry = this.entry(patch.articleId);
    this.patchShelf(entry, patch);
    this.saveIndex(this.loadIndex());
    return entry;
  }

  /**
   * The same for many, in order, the index written once: a thousand chosen rows archived is a
   * thousand small shelf files and one index, not a thousand indexes. An article no longer in the
   * library is passed over; answers how many were changed.
   */
  updateShelves(patches: readonly (Omit<ShelfPatch, 'articleId'> & { articleId: string })[]): number {
    const byId = new Map(this.loadIndex().articles.map((a) => [a.id, a]));
    let updated = 0;
    for (const patch of patches) {
      const entry = byId.get(patch.articleId);
      if (!entry) continue;
      this.patchShelf(entry, patch);
      updated++;
    }
    if (updated) this.saveIndex(this.loadIndex());
    return updated;
  }

  private patchShelf(entry: IndexEntry, patch: Omit<ShelfPatch, 'articleId'>): void {
    const shelf: Shelf = { ...entry.shelf };
    if (patch.tags) shelf.tags = uniqueTags(patch.tags);
    if (patch.archived !== undefined) shelf.archived = patch.archived;
    if (patch.progress !== undefined) shelf.progress = patch.progress;
    this.writeShelf(entry, shelf);
  }

  /** Where the reader is: the furthest share of the text reached, and when. */
  noteReading(id: string, offset: number, now: Date = new Date()): void {
    const entry = this.entry(id);
    let length = this.lengths.get(id);
    if (length === undefined) {
      length = Math.max(1, this.get(id).text.length);
      this.lengths.set(id, length);
    }
    const progress = Math.max(entry.shelf.progress, Math.min(1, offset / length));
    this.writeShelf(entry, { ...entry.shelf, progress, lastReadAt: now.toISOString() });
    this.saveIndexSoon();
  }

  /** The index's entry for an article stored in its folder: its metadata and the shelf kept beside it. */
  private entryOf(article: Article): IndexEntry {
    return { ...metaOf(article), shelf: this.readShelf(article.id) };
  }

  private writeShelf(entry: IndexEntry, shelf: Shelf): void {
    writeJsonAtomic(path.join(this.articleDir(entry.id), 'shelf.json'), shelf);
    entry.shelf = shelf;
  }

  private readShelf(id: string): Shelf {
    const file = path.join(this.articleDir(id), 'shelf.json');
    const read = readJson(file, shelfSchema);
    if (read.kind === 'ok') return read.value;
    if (read.kind === 'damaged') {
      const kept = quarantineFile(this.userDataDir, file);
      this.notices.add(
        'warning',
        `An article’s tags and reading progress could not be read and were set aside as ${path.basename(kept)} in the quarantine folder; the article and its highlights are unaffected.`,
      );
    }
    return { ...EMPTY_SHELF };
  }

  get(id: string): Article {
    const file = path.join(this.articleDir(id), 'article.json');
    const read = readArticle(file);
    if (read.kind === 'ok') return read.value;
    if (read.kind === 'damaged') {
      quarantineFile(this.userDataDir, file);
      this.rewriteIndex([id]);
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

  /**
   * Adds an imported document; importing the same text again returns the article already there.
   * `assets` writes what the article brings besides its text (its images) into its folder once its
   * id is known, and gives the HTML that points at them.
   */
  add(
    doc: ImportedDocument & { url?: string | null },
    sourceName: string,
    now: Date = new Date(),
    assets?: ArticleAssets,
  ): { article: ArticleMeta; existed: boolean; updated: boolean } {
    const contentHash = createHash('sha256').update(doc.text).digest('hex');
    const same = this.loadIndex().articles.find((a) => a.contentHash === contentHash);
    if (same) return { article: metaOnly(same), existed: true, updated: false };
    // The same file with the same title, its text changed: a new version of that article, in place.
    const earlier = this.loadIndex().articles.find(
      (a) => a.sourceName === sourceName && a.title === doc.title,
    );
    if (earlier)
      return {
        article: this.update(earlier, doc, contentHash, now, assets),
        existed: false,
        updated: true,
      };
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
      ...(doc.url ? { url: doc.url } : {}),
      ...(doc.published ? { published: doc.published } : {}),
      html: assets ? assets.write(this.articleDir(id), id) : doc.html,
      text: doc.text,
    };
    writeArticle(path.join(this.articleDir(id), 'article.json'), article);
    const index = this.loadIndex();
    // A folder found again (its article file had been set aside) keeps its tags and progress.
    index.articles.push(this.entryOf(article));
    this.saveIndex(index);
    return { article: metaOf(article), existed: false, updated: false };
  }

  /**
   * Adds articles as another Gloss stored them (a backup's), under their own ids, with their
   * shelves; the index is saved once for all. Refused if anything is in one's folder already: a
   * merge never writes over an article.
   */
  addStored(records: readonly { article: Article; shelf: Shelf }[]): void {
    for (const { article } of records)
      if (this.has(article.id) || existsSync(path.join(this.articleDir(article.id), 'article.json')))
        throw new ServiceError('exists', `The article “${article.title}” is in the library already.`);
    const index = this.loadIndex();
    for (const { article, shelf } of records) {
      writeArticle(path.join(this.articleDir(article.id), 'article.json'), article);
      const entry: IndexEntry = { ...metaOf(article), shelf };
      this.writeShelf(entry, shelf);
      index.articles.push(entry);
    }
    if (records.length) this.saveIndex(index);
  }

  /** Sets the whole shelf (a backup's merged in). */
  setShelf(id: string, shelf: Shelf): void {
    this.writeShelf(this.entry(id), shelf);
    this.saveIndex(this.loadIndex());
  }

  /** The folder of a trashed article, to read what it holds. */
  trashedFolder(trashId: string): string {
    return this.trash.folder(trashId);
  }

  /**
   * A new text version of an article: the previous article.json is kept under versions/, the
   * annotations stay where they are and are anchored on the new text as every highlight is when
   * shown (those that cannot be placed are listed as not found, never dropped).
   */
  private update(
    entry: IndexEntry,
    doc: ImportedDocument & { url?: string | null },
    contentHash: string,
    now: Date,
    assets: ArticleAssets | undefined,
  ): ArticleMeta {
    const file = path.join(this.articleDir(entry.id), 'article.json');
    const previous = this.get(entry.id);
    writeArticle(path.join(this.articleDir(entry.id), 'versions', `${previous.contentHash}.json`), previous);
    const article: Article = {
      ...previous,
      byline: doc.byline,
      siteName: doc.siteName,
      format: doc.format,
      updatedAt: now.toISOString(),
      contentHash,
      wordCount: doc.wordCount,
      excerpt: doc.excerpt,
      ...(doc.url ? { url: doc.url } : {}),
      ...(doc.published ? { published: doc.published } : {}),
      html: assets ? assets.write(this.articleDir(entry.id), entry.id) : doc.html,
      text: doc.text,
    };
    writeArticle(file, article);
    this.lengths.delete(entry.id);
    Object.assign(entry, metaOf(article));
    this.saveIndex(this.loadIndex());
    return metaOf(article);
  }

  /** Moves the article's folder (with its annotations) to the trash folder; returns its trash id. */
  remove(id: string, now: Date = new Date()): string | null {
    const { moved, failed } = this.removeMany([id], now);
    if (failed[0]) throw failed[0].error;
    return moved[0]?.trashId ?? null;
  }

  /**
   * Moves articles to the trash, the index written once for those that went. One whose folder
   * cannot be moved (a file held open by another program) stays in the library, and says why;
   * the others still go. One whose folder is gone already leaves the index with no trash entry.
   */
  removeMany(
    ids: readonly string[],
    now: Date = new Date(),
  ): {
    moved: { articleId: string; trashId: string | null }[];
    failed: { articleId: string; error: unknown }[];
  } {
    const moved: { articleId: string; trashId: string | null }[] = [];
    const failed: { articleId: string; error: unknown }[] = [];
    try {
      for (const articleId of ids) {
        try {
          const dir = this.articleDir(articleId);
          moved.push({ articleId, trashId: existsSync(dir) ? this.trash.put(dir, articleId, now) : null });
        } catch (error) {
          failed.push({ articleId, error });
        }
      }
    } finally {
      if (moved.length) this.rewriteIndex(moved.map((m) => m.articleId));
    }
    return { moved, failed };
  }

  trashed(): TrashEntry[] {
    return this.trash.list();
  }

  /** Puts a trashed article back, with its highlights, tags and progress. */
  restore(trashId: string): ArticleMeta {
    const { restored, failed } = this.restoreMany([trashId]);
    if (failed[0]) throw failed[0].error;
    return restored[0]!;
  }

  /**
   * Puts trashed articles back in order, the index written once. One that cannot come back (an
   * article of that id was imported again since) stays in the trash and says why; the others
   * still come back.
   */
  restoreMany(trashIds: readonly string[]): {
    restored: ArticleMeta[];
    failed: { trashId: string; error: unknown }[];
  } {
    const back: Article[] = [];
    const failed: { trashId: string; error: unknown }[] = [];
    try {
      for (const trashId of trashIds) {
        try {
          const { articleId } = this.trash.restore(trashId, (id) => this.articleDir(id));
          back.push(this.get(articleId));
        } catch (error) {
          failed.push({ trashId, error });
        }
      }
    } finally {
      if (back.length)
        this.rewriteIndex(
          back.map((a) => a.id),
          back.map((a) => this.entryOf(a)),
        );
    }
    return { restored: back.map(metaOf), failed };
  }

  /** The index without these articles' entries, with these entries added, saved once. */
  private rewriteIndex(without: readonly string[], add: readonly IndexEntry[] = []): void {
    const gone = new Set(without);
    const index = this.loadIndex();
    index.articles = index.articles.filter((a) => !gone.has(a.id));
    index.articles.push(...add);
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
    const articles: IndexEntry[] = [];
    if (!existsSync(this.articlesDir)) return { version: INDEX_VERSION, articles };
    for (const entry of readdirSync(this.articlesDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const file = path.join(this.articlesDir, entry.name, 'article.json');
      const read = readArticle(file);
      if (read.kind === 'ok') articles.push({ ...metaOf(read.value), shelf: this.readShelf(entry.name) });
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

  /** Counts the index's saves: what lists it (the search index) lists it again only when it moved. */
  get revision(): number {
    return this.changes;
  }

  private saveIndex(index: LibraryIndex): void {
    this.changes++;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    writeJsonAtomic(this.indexFile, index);
  }

  private saveIndexSoon(): void {
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.saveIndex(this.loadIndex()), SAVE_INDEX_AFTER_MS);
    this.saveTimer.unref();
  }

  /** Writes what is waiting to be written (the services stop). */
  close(): void {
    if (this.saveTimer && this.index) this.saveIndex(this.index);
  }
}
