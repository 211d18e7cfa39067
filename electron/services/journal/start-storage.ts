import path from 'node:path';
import { Annotations, type AnnotationOptions } from '../annotations';
import { Library } from '../library';
import type { NoticeBoard } from '../notices';
import { StoreFactory, type StoreConstructor } from '../storage/store-factory';
import { sweepTempFiles } from '../storage/temp-files';

/**
 * The storage services as the app starts them, before anything reads a file: what a crash left
 * (temporary files, journals not yet folded) is cleaned up and folded first. The service map and
 * the crash test both start storage here, so the crash test runs exactly what the app runs.
 */
export function startStorage(
  userDataDir: string,
  createStore: StoreConstructor,
  notices: NoticeBoard,
  options: AnnotationOptions = {},
) {
  const stores = new StoreFactory(userDataDir, createStore, notices);
  const library = new Library(userDataDir, notices);
  const ids = library.list().map((a) => a.id);
  sweepTempFiles([
    userDataDir,
    path.join(userDataDir, 'library'),
    ...ids.map((id) => library.articleDir(id)),
  ]);
  const annotations = new Annotations(
    stores,
    (id) => library.articleDir(id),
    (id) => library.has(id),
    notices,
    userDataDir,
    options,
  );
  annotations.recover(ids);
  return { stores, library, annotations };
}
