import path from 'node:path';
import type { Analysis } from '../../../common/model/analysis';
import type { Article } from '../../../common/model/article';
import type { Annotations } from '../annotations';
import { readStoredAnnotations } from '../journal/journaled-article';
import type { Library } from '../library';
import type { Handlers } from '../service-map';
import { PeopleAggregate } from './people-aggregate';
import { ReviewAggregate } from './review-aggregate';
import { annotationStamp } from './stamp';

/** What the corrections of an article are changed by: only these remake its people and entities. */
const CORRECTING = new Set(['put-correction', 'delete-correction', 'replace-all']);

export interface LibraryViewsDeps {
  userDataDir: string;
  library: Library;
  annotations: Annotations;
  analysis: (article: Article) => Promise<Analysis>;
  /** The library search index's highlight matches (SearchService.highlightScores). */
  searchHighlights: (words: string) => Map<string, number>;
}

/**
 * The review, people and entity views of the whole library: their summaries are saved under
 * library/aggregate/ and kept in step with every annotation change (told by the annotations
 * service, whichever way the change came) and with the library's list (new, re-imported and
 * removed articles are seen when a view is asked for).
 */
export function createLibraryViews(deps: LibraryViewsDeps) {
  const { library, annotations } = deps;
  const dir = path.join(deps.userDataDir, 'library', 'aggregate');
  const stampOf = (id: string) => annotationStamp(library.articleDir(id));
  const stored = (id: string) => readStoredAnnotations(library.articleDir(id));
  const review = new ReviewAggregate(path.join(dir, 'review.json'), {
    list: () => library.list(),
    annotations: stored,
    stampOf,
    search: deps.searchHighlights,
  });
  const people = new PeopleAggregate(path.join(dir, 'people.json'), {
    list: () => library.list(),
    article: (id) => library.get(id),
    annotations: stored,
    analysis: deps.analysis,
    stampOf,
  });
  const listener = (articleId: string, change: { op: string }) => {
    review.touch(articleId);
    if (CORRECTING.has(change.op)) people.touch(articleId);
  };
  annotations.listeners.add(listener);

  const handlers = {
    'review.list': (query) => review.page(query),
    'people.list': (query) => people.people(query),
    'people.quotations': ({ key }) => people.quotations(key),
    'entities.list': (query) => people.entities(query),
    'entities.mentions': ({ key }) => people.mentions(key),
  } satisfies Partial<Handlers>;

  return {
    review,
    people,
    handlers,
    close(): void {
      annotations.listeners.delete(listener);
      review.close();
      people.close();
    },
  };
}
