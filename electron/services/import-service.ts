import path from 'node:path';
import type { EventSink, ImportOutcome } from '../../common/ipc/contract';
import type { ArticleMeta } from '../../common/model/article';
import { ServiceError } from './errors';
import { collectImages, imageAssets, imagesWarning, NO_IMAGES, type ImageSource } from './images/image-store';
import { besideFileSource } from './images/sources';
import { readImportFile } from './import/from-path';
import type { Importer } from './import/runner';
import type { Library } from './library';

/**
 * Files into the library, one outcome each, whichever way they came (the Open button, a drop,
 * the File menu): the messages are written here once, so every way in says the same.
 */
export class ImportService {
  constructor(
    private readonly importer: Importer,
    private readonly library: Library,
    private readonly emit: EventSink,
  ) {}

  /**
   * Reads bytes into an article; an article with the same text is found, not added twice. Its
   * images are read from `images` and stored with it; those it cannot give are left out and counted.
   */
  async addBytes(
    fileName: string,
    bytes: Uint8Array,
    title?: string,
    images: ImageSource = NO_IMAGES,
  ): Promise<{ article: ArticleMeta; existed: boolean; updated: boolean; warnings: string[] }> {
    const doc = await this.importer.import({ fileName, bytes, ...(title ? { title } : {}) });
    const collected = await collectImages(doc, images);
    const added = this.library.add(doc, path.basename(fileName), new Date(), imageAssets(collected));
    const lost = imagesWarning(collected.failed, 'they are on the web or missing beside the file');
    return { ...added, warnings: lost ? [...doc.warnings, lost] : doc.warnings };
  }

  async importFiles(paths: readonly string[]): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const file of paths) {
      outcomes.push(await this.importOne(file));
      const progress = { fileName: path.basename(file), done: outcomes.length, total: paths.length };
      this.emit('import.progress', progress);
    }
    return outcomes;
  }

  private async importOne(file: string): Promise<ImportOutcome> {
    const which = { path: file, fileName: path.basename(file) };
    try {
      const { article, existed, updated, warnings } = await this.addBytes(
        which.fileName,
        await readImportFile(file),
        undefined,
        besideFileSource(file),
      );
      // A duplicate says only that: its warnings were told when it first came in.
      return existed
        ? {
            ...which,
            ok: true,
            article,
            existed,
            message: `“${article.title}” is already in your library; it was opened instead.`,
            warnings: [],
          }
        : updated
          ? {
              ...which,
              ok: true,
              article,
              existed,
              message: `Updated “${article.title}” to the new version of its text; its highlights and notes were kept (any whose words are gone are listed as not found).`,
              warnings,
            }
          : { ...which, ok: true, article, existed, message: `Imported “${article.title}”.`, warnings };
    } catch (err) {
      if (err instanceof ServiceError) return { ...which, ok: false, code: err.code, message: err.message };
      return {
        ...which,
        ok: false,
        code: 'internal',
        message: `“${which.fileName}” could not be imported: ${(err as Error).message}`,
      };
    }
  }
}
