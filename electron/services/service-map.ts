import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type {
  Contract,
  Envelope,
  EventSink,
  ImportOutcome,
  MethodName,
  MethodOutput,
} from '../../common/ipc/contract';
import { contract, events, METHOD_NAMES } from '../../common/ipc/contract';
import type { LibraryEntry } from '../../common/model/library';
import { AnalysisService } from './analysis/analysis-service';
import type { AnalysisRunner } from './analysis/runner';
import type { Annotations } from './annotations';
import { ServiceError } from './errors';
import { FlushCoordinator } from './flush';
import { ImportService } from './import-service';
import { ExternalLinks } from './links';
import { createInProcessImporter, type Importer } from './import/runner';
import type { Library } from './library';
import { NoticeBoard } from './notices';
import { SearchService } from './search/search-service';
import { SettingsService } from './settings';
import type { StoreConstructor } from './storage/store-factory';
import { Backups } from './backup/backups';
import { startStorage } from './journal/start-storage';
import { ExportService } from './export/export-service';
import { UrlImportService, URL_IMPORT_OPTIONS, type UrlImportOptions } from './url-import/url-import-service';
import { TransferService } from './transfer/transfer-service';
import { createLibraryViews } from './aggregate/library-views';

export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => Promise<MethodOutput<M>> | MethodOutput<M>;
};

export interface ServiceOptions {
  /** The user data folder: everything Gloss stores lives below it. */
  userDataDir: string;
  /** electron-store in the app, conf in tests and tools. */
  createStore: StoreConstructor;
  runner: AnalysisRunner;
  /** Reads imported files; on the calling thread unless given (the app gives a worker). */
  importer?: Importer | undefined;
  /** The bundled sample article, added to the library on first run. */
  sampleFile?: string | undefined;
  /** Delivers events to the renderer; each payload is checked against the contract first. */
  events?: EventSink | undefined;
  /** Opens a checked link outside the app (shell.openExternal); without it links are only recorded. */
  openExternal?: ((url: string) => Promise<void>) | undefined;
  /** Asks the user for a folder to export into (the system's dialog); without it there is none. */
  chooseExportFolder?: (() => Promise<string | null>) | undefined;
  /** Limits of importing from the web (tests shorten the timeouts). */
  urlImport?: UrlImportOptions | undefined;
  /** The app's version, written into backups. */
  appVersion?: string | undefined;
}

export interface Services {
  handlers: Handlers;
  library: Library;
  annotations: Annotations;
  settings: SettingsService;
  analysis: AnalysisService;
  notices: NoticeBoard;
  /** Asks the renderer to save what was typed, before a quit or a restart. */
  flush: FlushCoordinator;
  links: ExternalLinks;
  backups: Backups;
  /** Markdown, W3C and CSV exports into a folder. */
  exports: ExportService;
  /** Backups to a file and imports of backups and annotation files. */
  transfer: TransferService;
  /** Full-text search of the library (titles, text, highlights, notes), kept in step and saved. */
  search: SearchService;
  /** The library-wide review, people and entity views. */
  views: ReturnType<typeof createLibraryViews>;
  /** Imports files from disk, one outcome each (what `library.importFiles` serves). */
  importFiles(paths: string[]): Promise<ImportOutcome[]>;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

export const SAMPLE_TITLE = 'Azerbaijan and China: traditional ties of friendship';

/**
 * The main process's services and the map from each contract method to its handler. `ipcMain` in
 * the app and the browser tests' binding both serve exactly this map through `dispatch`.
 */
export async function createServices(opts: ServiceOptions): Promise<Services> {
  const emit: EventSink = (event, payload) => {
    // A payload off the contract is a bug here, not something to send and let the renderer drop.
    opts.events?.(event, events[event].parse(payload) as typeof payload);
  };
  // Without a renderer to send to (tests, tools), notices wait to be taken.
  const notices = new NoticeBoard(opts.events ? emit : undefined);
  const { stores, library, annotations } = startStorage(opts.userDataDir, opts.createStore, notices);
  const settings = new SettingsService(stores, opts.userDataDir);
  const backups = new Backups(opts.userDataDir, library, annotations, notices);
  const analysis = new AnalysisService(opts.runner, (id) => library.articleDir(id), opts.userDataDir);
  const search = new SearchService(
    opts.userDataDir,
    {
      list: () => library.list(),
      revision: () => library.revision,
      article: (id) => library.get(id),
      annotations: (id) => annotations.get(id),
      articleDir: (id) => library.articleDir(id),
    },
    notices,
  );

  const views = createLibraryViews({
    userDataDir: opts.userDataDir,
    library,
    annotations,
    analysis: (article) => analysis.get(article),
    searchHighlights: (words) => search.highlightScores(words),
  });

  const libraryEntries = (): LibraryEntry[] => {
    const entries = library.entries();
    const counts = search.counts(entries.map((e) => e.id));
    return entries.map((e) => ({ ...e, ...(counts.get(e.id) ?? { highlights: 0, notes: 0 }) }));
  };

  const transfer = new TransferService({
    library,
    annotations,
    settings,
    search,
    appVersion: opts.appVersion ?? 'development',
  });
  const exports = new ExportService(
    {
      entries: () => library.entries(),
      article: (id) => library.get(id),
      annotations: (id) => annotations.get(id),
      analysis: (article) => analysis.get(article),
    },
    (progress) => emit('export.progress', progress),
  );
  exports.chooseFolder = opts.chooseExportFolder ?? null;
  const flush = new FlushCoordinator(emit);
  const links = new ExternalLinks(opts.openExternal);
  const importer = opts.importer ?? createInProcessImporter();
  const imports = new ImportService(importer, library, emit);
  const urlImports = new UrlImportService(importer, library, opts.urlImport ?? URL_IMPORT_OPTIONS);

  if (opts.sampleFile && !settings.sampleSeeded) {
    try {
      await imports.addBytes(path.basename(opts.sampleFile), readFileSync(opts.sampleFile), SAMPLE_TITLE);
      settings.markSampleSeeded();
    } catch (err) {
      notices.add('warning', `The sample article could not be added: ${(err as Error).message}`);
    }
  }

  backups.start(); // after the sample, so that a first run's backup holds it

  /**
   * Articles to the trash: their annotations closed first (the folder moves with them on disk),
   * the reading positions of those that went forgotten.
   */
  const toTrash = (articleIds: readonly string[]) => {
    for (const id of articleIds) annotations.close(id);
    const out = library.removeMany(articleIds);
    settings.forgetArticles(out.moved.map((m) => m.articleId));
    return out;
  };

  const handlers: Handlers = {
    'app.notices': () => notices.take(),
    'app.flushed': ({ requestId }) => flush.acknowledge(requestId),
    'app.openExternal': ({ url }) => links.open(url),
    // The window is Electron's: electron/main puts its own handler here.
    'app.setFullScreen': () => {},
    'library.list': () => libraryEntries(),
    'library.updateShelf': (patch) => {
      library.updateShelf(patch);
      return libraryEntries().find((e) => e.id === patch.articleId) ?? null;
    },
    'library.updateShelves': ({ patches }) => ({ updated: library.updateShelves(patches) }),
    'library.trash': () => library.trashed(),
    'library.restore': ({ trashId }) => library.restore(trashId),
    'library.restoreMany': ({ trashIds }) => {
      const { restored, failed } = library.restoreMany(trashIds);
      return {
        restored,
        failed: failed.map((f) => ({ trashId: f.trashId, message: failureMessage(f.error) })),
      };
    },
    'library.importFiles': ({ paths }) => imports.importFiles(paths),
    'library.importFolder': ({ path: folder }) => imports.importFolder(folder),
    'library.importUrl': ({ url }) => urlImports.importUrl(url),
    'library.search': (query) => search.search(query),
    'library.searchArticles': ({ query }) => search.articlesFound(query),
    'library.remove': ({ articleId }) => {
      const { moved, failed } = toTrash([articleId]);
      if (failed[0]) throw failed[0].error;
      return { trashId: moved[0]?.trashId ?? null };
    },
    'library.removeMany': ({ articleIds }) => {
      const { moved, failed } = toTrash(articleIds);
      return {
        removed: moved.map((m) => m.articleId),
        trashIds: moved.flatMap((m) => (m.trashId ? [m.trashId] : [])),
        failed: failed.map((f) => ({ articleId: f.articleId, message: failureMessage(f.error) })),
      };
    },
    'article.get': ({ articleId }) => library.get(articleId),
    'article.getReadingState': ({ articleId }) => {
      const offset = settings.readingOffset(articleId);
      return offset === null ? null : { offset };
    },
    'article.setReadingState': ({ articleId, offset }) => {
      settings.setReadingOffset(articleId, offset);
      library.noteReading(articleId, offset);
    },
    'annotations.get': ({ articleId }) => annotations.get(articleId),
    'annotations.addHighlight': ({ articleId, ...input }) => annotations.addHighlight(articleId, input),
    'annotations.updateHighlight': ({ articleId, id, ...patch }) =>
      annotations.updateHighlight(articleId, id, patch),
    'annotations.deleteHighlight': ({ articleId, id }) => annotations.deleteHighlight(articleId, id),
    'annotations.restoreHighlight': ({ articleId, highlight }) =>
      annotations.restoreHighlight(articleId, highlight),
    'annotations.setArticleNote': ({ articleId, note }) => annotations.setArticleNote(articleId, note),
    'annotations.addCorrection': ({ articleId, correction }) =>
      annotations.addCorrection(articleId, correction),
    'annotations.removeCorrection': ({ articleId, id }) => annotations.removeCorrection(articleId, id),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'analysis.get': ({ articleId }) => analysis.get(library.get(articleId)),
    ...views.handlers,
    'transfer.backup': ({ path: file, articleIds }) => transfer.backup(file, articleIds ?? null),
    'transfer.inspect': ({ path: file }) => transfer.inspect(file),
    'transfer.import': ({ path: file, articleFor }) => transfer.import(file, articleFor ?? {}),
    'export.chooseFolder': () => exports.chooseFolder?.() ?? null,
    'export.run': (request) => exports.run(request),
    'backups.list': () => backups.list(),
    'backups.restore': ({ id }) => backups.restore(id),
  };

  // Every write to an article's highlights or notes re-indexes it before the next search.
  for (const m of METHOD_NAMES.filter((n) => n.startsWith('annotations.') && n !== 'annotations.get')) {
    const handler = handlers[m] as (input: { articleId: string }) => unknown;
    (handlers as Record<string, unknown>)[m] = async (input: { articleId: string }) => {
      const out = await handler(input);
      search.touch(input.articleId);
      return out;
    };
  }

  return {
    handlers,
    library,
    annotations,
    settings,
    analysis,
    notices,
    flush,
    links,
    search,
    backups,
    exports,
    transfer,
    views,
    importFiles: (paths) => imports.importFiles(paths),
    close: async () => {
      backups.stop();
      views.close();
      annotations.closeAll();
      search.close();
      library.close();
      await Promise.all([opts.runner.close(), importer.close()]);
    },
  };
}

const isMethod = (m: unknown): m is MethodName => typeof m === 'string' && Object.hasOwn(contract, m);

/**
 * Validates a raw request against the contract and runs it. Never throws: every failure comes back
 * as an envelope with a message fit to show the user.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  rawInput: unknown,
): Promise<Envelope<unknown>> {
  if (!isMethod(method))
    return { ok: false, error: { code: 'unknown-method', message: `Unknown request “${String(method)}”.` } };
  const parsed = contract[method].input.safeParse(rawInput);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Invalid request for ${method}${where}: ${first?.message ?? 'bad input'}.`,
      },
    };
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof ServiceError) return { ok: false, error: { code: err.code, message: err.message } };
    return { ok: false, error: { code: 'internal', message: failureMessage(err) } };
  }
}

/** What a failure says to the user: a service's own words, or what went wrong underneath. */
function failureMessage(err: unknown): string {
  return err instanceof ServiceError
    ? err.message
    : `Something went wrong: ${(err as Error)?.message ?? String(err)}`;
}
