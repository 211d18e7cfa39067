import type { ArticleAnnotations } from '../../../common/model/annotation';
import type { Article } from '../../../common/model/article';
import type { SearchField } from '../../../common/model/search';

/**
 * What the index holds: one document per article (title and text), one per highlight (its quote
 * and note), one for the article note. Ids are `articleId`, `articleId/h/<highlightId>` and
 * `articleId/n`, so everything of one article is found, and discarded, by its id.
 */
export interface SearchDocument {
  id: string;
  articleId: string;
  highlightId: string | null;
  title: string;
  text: string;
  note: string;
  /** A highlight's tags, space-separated: the words filter finds them, as the Notes panel's does. */
  tags?: string;
  /** Where a highlight is in the article's text (stored, so a hit needs no read of the annotations). */
  start?: number;
  end?: number;
}

export const INDEXED_FIELDS = ['title', 'text', 'note', 'tags'] as const;
/**
 * Stored with each document: a highlight's quote and note and an article note are small, so a hit
 * on one is shown without opening the article's annotations; article text is read when shown.
 */
export const STORED_FIELDS = ['articleId', 'highlightId', 'quote', 'noteText', 'start', 'end'] as const;

export function documentsOf(article: Article, annotations: ArticleAnnotations): SearchDocument[] {
  const docs: SearchDocument[] = [
    {
      id: article.id,
      articleId: article.id,
      highlightId: null,
      title: article.title,
      text: article.text,
      note: '',
    },
  ];
  for (const h of annotations.highlights) {
    docs.push({
      id: `${article.id}/h/${h.id}`,
      articleId: article.id,
      highlightId: h.id,
      title: '',
      text: h.target.quote.exact,
      note: h.note,
      tags: (h.tags ?? []).join(' '),
      start: h.target.position.start,
      end: h.target.position.end,
    });
  }
  if (annotations.articleNote.trim()) {
    docs.push({
      id: `${article.id}/n`,
      articleId: article.id,
      highlightId: null,
      title: '',
      text: '',
      note: annotations.articleNote,
    });
  }
  return docs;
}

/** Which of the user's fields an index field of a document is. */
export function fieldOf(field: string, highlightId: string | null): SearchField {
  if (field === 'title') return 'title';
  if (highlightId) return field === 'note' ? 'note' : 'highlight';
  return field === 'note' ? 'articleNote' : 'text';
}
