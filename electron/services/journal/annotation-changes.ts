import { z } from 'zod';
import {
  articleAnnotationsSchema,
  correctionSchema,
  highlightSchema,
  noteSchema,
  type ArticleAnnotations,
  type Correction,
  type Highlight,
} from '../../../common/model/annotation';
import { recordIdSchema } from '../../../common/model/ids';

/**
 * One change to an article's annotations, as the journal records it. Each carries whole records
 * (a put holds the highlight as it now is), so replaying a change needs nothing but the state
 * before it, and a change to a highlight the store lost still brings that highlight back.
 */
export const annotationChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put-highlights'), highlights: z.array(highlightSchema).min(1) }),
  z.object({ op: z.literal('delete-highlight'), id: recordIdSchema }),
  z.object({ op: z.literal('set-article-note'), note: noteSchema }),
  z.object({ op: z.literal('put-correction'), correction: correctionSchema }),
  z.object({ op: z.literal('delete-correction'), id: recordIdSchema }),
  /** Everything at once: a restore from a backup. */
  z.object({ op: z.literal('replace-all'), annotations: articleAnnotationsSchema }),
]);
export type AnnotationChange = z.infer<typeof annotationChangeSchema>;

/** Replaces the record with the same id where it stands, or appends it. */
function put<T extends { id: string }>(list: T[], records: T[]): T[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const out = list.map((r) => {
    const next = byId.get(r.id);
    if (next) byId.delete(r.id);
    return next ?? r;
  });
  return [...out, ...byId.values()];
}

/** The annotations after one change: pure, so the service and a replay at start-up agree. */
export function applyChange(data: ArticleAnnotations, change: AnnotationChange): ArticleAnnotations {
  switch (change.op) {
    case 'put-highlights':
      return { ...data, highlights: put<Highlight>(data.highlights, change.highlights) };
    case 'delete-highlight':
      return { ...data, highlights: data.highlights.filter((h) => h.id !== change.id) };
    case 'set-article-note':
      return { ...data, articleNote: change.note };
    case 'put-correction':
      return { ...data, corrections: put<Correction>(data.corrections, [change.correction]) };
    case 'delete-correction':
      return { ...data, corrections: data.corrections.filter((c) => c.id !== change.id) };
    case 'replace-all':
      return change.annotations;
  }
}
