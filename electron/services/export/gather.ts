/**
 * One article as the export formats take it: its highlights placed in the current text (as the
 * reader places them), and its quotations with the user's corrections applied.
 */
import { applyCorrections } from '../../../common/analysis/corrections';
import { saidInOrder } from '../../../common/analysis/speakers';
import { anchorTarget } from '../../../common/anchoring/anchor';
import type { ExportHighlight, ExportItem } from '../../../common/export/item';
import type { Analysis } from '../../../common/model/analysis';
import type { ArticleAnnotations } from '../../../common/model/annotation';
import type { Article } from '../../../common/model/article';

export interface ExportSources {
  /** Every article's id and tags, the library's order. */
  entries(): { id: string; shelf: { tags: string[] } }[];
  article(id: string): Article;
  annotations(id: string): ArticleAnnotations;
  analysis(article: Article): Promise<Analysis>;
}

export async function gatherItem(
  sources: ExportSources,
  id: string,
  tags: readonly string[],
  withQuotations: boolean,
): Promise<ExportItem> {
  const article = sources.article(id);
  const annotations = sources.annotations(id);
  const highlights: ExportHighlight[] = annotations.highlights
    .map((h) => {
      const at = anchorTarget(article.text, h.target);
      return at.status === 'orphaned'
        ? { ...h, start: h.target.position.start, end: h.target.position.end, found: false }
        : { ...h, start: at.start, end: at.end, found: true };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const quotations = withQuotations
    ? saidInOrder(
        applyCorrections(await sources.analysis(article), annotations.corrections, article.text).quotes,
        null,
      )
    : null;
  const { html: _html, text, ...meta } = article;
  return {
    meta,
    text,
    url: article.url ?? null,
    published: article.published ?? null,
    tags,
    articleNote: annotations.articleNote,
    highlights,
    quotations,
  };
}
