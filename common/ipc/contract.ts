/**
 * The one IPC contract between the renderer and the main process. The preload bridge, the
 * `ipcMain` handlers and the browser-test bridge are all derived from this map; the main process
 * validates every input against its schema before a service sees it. Payloads are plain JSON so
 * that any transport (Electron IPC, Playwright's exposeBinding) carries them unchanged.
 */
import { z } from 'zod';
import type { Analysis } from '../model/analysis';
import {
  correctionInputSchema,
  highlightColorSchema,
  highlightSchema,
  highlightTargetSchema,
  noteSchema,
  type ArticleAnnotations,
  type Correction,
  type Highlight,
} from '../model/annotation';
import type { Article, ArticleMeta } from '../model/article';
import { articleIdSchema, recordIdSchema } from '../model/ids';
import {
  MAX_BATCH,
  shelfPatchesSchema,
  shelfPatchSchema,
  trashIdSchema,
  type LibraryEntry,
  type TrashEntry,
} from '../model/library';
import { searchQuerySchema, type SearchHit } from '../model/search';
import { settingsPatchSchema, type Settings } from '../model/settings';
import type { BackupDone, TransferPreview, TransferSummary } from '../transfer/summary';
import {
  entityQuerySchema,
  peopleQuerySchema,
  reviewQuerySchema,
  rowKeySchema,
  type AggregatePage,
  type EntityRow,
  type MentionRef,
  type PersonRow,
  type QuotationRef,
  type ReviewPage,
} from '../model/views';
import { exportProgressSchema, exportRequestSchema, type ExportSummary } from '../export/request';
import { MENU_COMMAND_NAMES } from './menu-commands';

export type { CorrectionInput } from '../model/annotation';
export type { SettingsPatch } from '../model/settings';
export { articleIdSchema };

const offsetSchema = z.number().int().nonnegative().max(1_000_000_000);

/** Something the user should be told once, e.g. a damaged file that was set aside at start-up. */
export const noticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;

/**
 * What became of one file handed to `library.importFiles`: every file gets exactly one, so the
 * renderer shows one message per file whichever way it came (button, drop, File menu).
 */
export type ImportOutcome =
  | {
      path: string;
      fileName: string;
      ok: true;
      article: ArticleMeta;
      /** Whether it was in the library already (and is opened rather than added). */
      existed: boolean;
      /** Whether it was a new version of an article there, updated in place. */
      updated?: boolean;
      /** The one sentence to tell the user: imported, or already there and opened. */
      message: string;
      warnings: string[];
    }
  | { path: string; fileName: string; ok: false; code: string; message: string };

/**
 * What became of a folder handed to `library.importFolder`: the main process walks it, so that a
 * folder of thousands of files is one request. Refused files name their reason; nothing already in
 * the library is touched by them.
 */
export interface FolderImportSummary {
  folder: string;
  /** Files looked at: those with an extension Gloss reads. */
  total: number;
  imported: { fileName: string; articleId: string; title: string; updated: boolean }[];
  /** Already in the library: the same text, or the same canonical address. */
  duplicates: { fileName: string; articleId: string; title: string }[];
  refused: { fileName: string; path: string; code: string; message: string }[];
  /** Files passed over for their kind (images, scripts, PDFs…). */
  ignored: number;
  /** Set when the folder held more files than one import takes; the message says how many. */
  truncated: string | null;
}

/** A file path as the OS gives it; the main process checks what it points at before reading. */
const filePathSchema = z.string().min(1).max(4096);
const MAX_FILES_PER_IMPORT = 200;
/** A folder is named by its absolute path: a relative one would be walked from wherever main runs. */
const folderPathSchema = filePathSchema.regex(/^(?:\/|[A-Za-z]:[\\/]|\\\\)/, 'not an absolute path');

export interface ReadingState {
  /** Offset into the plain text of the first line in view: survives font and window changes. */
  offset: number;
}

/** A backup of every article's annotations: a day ("2026-03-01") or the moment before a restore. */
export const backupIdSchema = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2}|before-restore-[0-9TZ-]+)$/, 'not a backup');
export interface BackupInfo {
  id: string;
  created: string;
  articles: number;
  highlights: number;
}
export interface RestoreResult {
  /** Articles whose annotations were put back as they were in the backup. */
  restored: number;
  /** Articles in the backup no longer in the library, left out. */
  skipped: number;
  /** The backup taken of what the restore replaced, so the restore itself can be undone. */
  before: string;
}

const none = z.undefined();
const byArticle = z.object({ articleId: articleIdSchema }).strict();

/** Declares a method: its input schema, and as a type only what it resolves to. */
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): { input: I; output: O } => ({ input, output: undefined as O });

export const contract = {
  'app.notices': method<Notice[]>()(none),
  /** Opens a link from an article in the system browser or mail app (http, https, mailto). */
  'app.openExternal': method<void>()(z.object({ url: z.string().min(1).max(8192) }).strict()),
  /** The renderer's answer to an `app.flush` event: everything typed has been saved. */
  'app.flushed': method<void>()(z.object({ requestId: z.string().min(1).max(100) }).strict()),
  /** Focused reading's full screen: the window's, in the desktop app; nothing where there is none. */
  'app.setFullScreen': method<void>()(z.object({ on: z.boolean() }).strict()),

  /** Every article with its tags, progress and counts (the library view filters and sorts). */
  'library.list': method<LibraryEntry[]>()(none),
  /** Imports files by path (the button, drag and drop and the File menu all come here). */
  'library.importFiles': method<ImportOutcome[]>()(
    z.object({ paths: z.array(filePathSchema).min(1).max(MAX_FILES_PER_IMPORT) }).strict(),
  ),
  /**
   * Imports a web page by its address: fetched by the main process, its images stored with it.
   * The outcome's `path` is the address as given.
   */
  'library.importUrl': method<ImportOutcome>()(z.object({ url: z.string().min(1).max(8192) }).strict()),
  /** Imports every file Gloss reads below a folder (File > Import Folder…, a dropped folder). */
  'library.importFolder': method<FolderImportSummary>()(z.object({ path: folderPathSchema }).strict()),
  /** Moves an article to the trash; the id restores it (the toast's Undo, the trash view). */
  'library.remove': method<{ trashId: string | null }>()(byArticle),
  /** Tags, archive, done or unread. */
  'library.updateShelf': method<LibraryEntry | null>()(shelfPatchSchema),
  /** Tags, archive, done or unread for many articles in order; one not in the library stops none. */
  'library.updateShelves': method<{ updated: number }>()(shelfPatchesSchema),
  /** Many at once (the library's chosen rows), the index written once; one that fails stops none. */
  'library.removeMany': method<{
    /** Those gone from the library, and the trash ids that bring them back. */
    removed: string[];
    trashIds: string[];
    /** Those that stay, each with why. */
    failed: { articleId: string; message: string }[];
  }>()(z.object({ articleIds: z.array(articleIdSchema).min(1).max(MAX_BATCH) }).strict()),
  'library.trash': method<TrashEntry[]>()(none),
  'library.restore': method<ArticleMeta>()(z.object({ trashId: trashIdSchema }).strict()),
  /** Their Undo: back in order, the index written once; one that fails stops none. */
  'library.restoreMany': method<{
    restored: ArticleMeta[];
    /** Those left in the trash, each with why (an article of that id was imported again, say). */
    failed: { trashId: string; message: string }[];
  }>()(z.object({ trashIds: z.array(trashIdSchema).min(1).max(MAX_BATCH) }).strict()),
  /** Full-text search over titles, article text, highlights and notes, best first. */
  'library.search': method<SearchHit[]>()(searchQuerySchema),
  /** The ids of every article a search finds, best first (the export of what a search found). */
  'library.searchArticles': method<string[]>()(z.object({ query: searchQuerySchema.shape.query }).strict()),

  'article.get': method<Article>()(byArticle),
  'article.getReadingState': method<ReadingState | null>()(byArticle),
  'article.setReadingState': method<void>()(
    z.object({ articleId: articleIdSchema, offset: offsetSchema }).strict(),
  ),

  'annotations.get': method<ArticleAnnotations>()(byArticle),
  'annotations.addHighlight': method<Highlight>()(
    z
      .object({
        articleId: articleIdSchema,
        target: highlightTargetSchema,
        color: highlightColorSchema,
        note: noteSchema.optional(),
      })
      .strict(),
  ),
  'annotations.updateHighlight': method<Highlight>()(
    z
      .object({
        articleId: articleIdSchema,
        id: recordIdSchema,
        color: highlightColorSchema.optional(),
        note: noteSchema.optional(),
        /** Re-attached to other words (a moved highlight accepted, an orphaned one placed again). */
        target: highlightTargetSchema.optional(),
        tags: highlightSchema.shape.tags,
      })
      .strict(),
  ),
  'annotations.deleteHighlight': method<Highlight>()(
    z.object({ articleId: articleIdSchema, id: recordIdSchema }).strict(),
  ),
  /** Puts back a highlight exactly as it was (undo of a delete). */
  'annotations.restoreHighlight': method<Highlight>()(
    z.object({ articleId: articleIdSchema, highlight: highlightSchema }).strict(),
  ),
  'annotations.setArticleNote': method<void>()(
    z.object({ articleId: articleIdSchema, note: noteSchema }).strict(),
  ),
  'annotations.addCorrection': method<Correction>()(
    z.object({ articleId: articleIdSchema, correction: correctionInputSchema }).strict(),
  ),
  'annotations.removeCorrection': method<void>()(
    z.object({ articleId: articleIdSchema, id: recordIdSchema }).strict(),
  ),

  'settings.get': method<Settings>()(none),
  'settings.update': method<Settings>()(settingsPatchSchema),

  'analysis.get': method<Analysis>()(byArticle),

  /** One page of every highlight and note in the library, filtered as the Notes panel filters. */
  'review.list': method<ReviewPage>()(reviewQuerySchema),
  /** Every speaker across the library, most quoted first (articles never analyzed are, meanwhile). */
  'people.list': method<AggregatePage<PersonRow>>()(peopleQuerySchema),
  /** One speaker's quotations, newest article first. */
  'people.quotations': method<QuotationRef[]>()(rowKeySchema),
  /** Every entity across the library, of one type or all, in the most articles first. */
  'entities.list': method<AggregatePage<EntityRow>>()(entityQuerySchema),
  /** The articles that mention one entity, each with its count and first mention. */
  'entities.mentions': method<MentionRef[]>()(rowKeySchema),

  /** Backs up the library (or the articles named) to a file the user chose in the save dialog. */
  'transfer.backup': method<BackupDone>()(
    z
      .object({ path: filePathSchema, articleIds: z.array(articleIdSchema).min(1).max(100_000).optional() })
      .strict(),
  ),
  /** What a backup or annotation file holds, and which article each annotated page goes to. */
  'transfer.inspect': method<TransferPreview>()(z.object({ path: filePathSchema }).strict()),
  /** Merges a backup or annotation file in; `articleFor` gives the article for pages matched by hand. */
  'transfer.import': method<TransferSummary>()(
    z
      .object({
        path: filePathSchema,
        articleFor: z.record(z.string().max(8192), articleIdSchema).optional(),
      })
      .strict(),
  ),

  /** Asks the user for a folder to export into (the system's dialog); null if they cancelled. */
  'export.chooseFolder': method<string | null>()(none),
  /** Exports articles' highlights (Markdown, W3C JSON-LD) or quotations (CSV) into a folder. */
  'export.run': method<ExportSummary>()(exportRequestSchema),

  /** The rolling backups of annotations that read, newest first. */
  'backups.list': method<BackupInfo[]>()(none),
  /** Puts every article's annotations back as they were in a backup (backing up the present first). */
  'backups.restore': method<RestoreResult>()(z.object({ id: backupIdSchema }).strict()),
} as const;

/**
 * Messages from the main process to the renderer, each with its payload's schema. The preload and
 * the browser-test bridge derive `gloss.on(event, handler)` from this map; both check each payload
 * against its schema before a handler sees it, and the main process checks before it sends.
 */
export const events = {
  /** A command chosen from the application menu (or its accelerator). */
  'menu.command': z.object({ command: z.enum(MENU_COMMAND_NAMES) }).strict(),
  /**
   * An item of the article's right-click menu: highlight the selection (with a note), or look up the
   * name or quotation where the menu was opened.
   */
  'menu.contextCommand': z.object({ command: z.enum(['highlight', 'note', 'look-up']) }).strict(),
  /** Files chosen in the File menu's Open dialog: the renderer imports them as it does a drop. */
  'menu.openFiles': z.object({ paths: z.array(filePathSchema).min(1).max(MAX_FILES_PER_IMPORT) }).strict(),
  /** File > Back Up Library…: where the user chose to save; the renderer asks what to back up. */
  'menu.backupTo': z.object({ path: filePathSchema }).strict(),
  /** File > Import Backup or Annotations…: the file chosen; the renderer shows what it holds. */
  'menu.importTransfer': z.object({ path: filePathSchema }).strict(),
  /** The folder chosen with File > Import Folder…: the renderer imports it and shows the summary. */
  'menu.openFolder': z.object({ path: folderPathSchema }).strict(),
  /** Sent as each file of a `library.importFiles` or `library.importFolder` call is finished. */
  'import.progress': z
    .object({
      fileName: z.string(),
      done: z.number().int().nonnegative(),
      total: z.number().int().positive(),
    })
    .strict(),
  /** Sent as an `export.run` goes through its articles: `done` of `total`. */
  'export.progress': exportProgressSchema,
  /** Save everything typed now (the app is about to quit), then call `app.flushed` with the id. */
  'app.flush': z.object({ requestId: z.string().min(1).max(100) }).strict(),
  /** Something the user should be told that arose outside any request. */
  'app.notice': noticeSchema,
  /** A gloss://open link (from the OS, or a second launch): open the article at the passage. */
  'app.openArticle': z.object({ articleId: articleIdSchema, offset: offsetSchema }).strict(),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
/** The one channel events travel on in Electron, as `{ event, payload }`. */
export const EVENT_CHANNEL = 'gloss:event';
/** Whoever delivers events to the renderer: webContents.send in the app, the page in browser tests. */
export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** The channel each method travels on in Electron. */
export const channelOf = (m: MethodName): string => `gloss:${m}`;

/** What crosses the wire: errors travel as data because Electron strips custom error fields. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
