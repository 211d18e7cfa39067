/**
 * The reversible changes a reader makes to one article's annotations. Each carries what it needs to
 * be written, reversed and written again, so undo and redo are the same path as doing.
 */
import type { GlossApi } from '../../../../common/ipc/bridge';
import type { CorrectionInput } from '../../../../common/ipc/contract';
import type {
  ArticleAnnotations,
  Correction,
  Highlight,
  HighlightTarget,
} from '../../../../common/model/annotation';

export type AnnotationsApi = GlossApi['annotations'];

/** A highlight before the main process has given it an id. */
export type NewHighlight = Omit<Highlight, 'id' | 'created' | 'modified'>;

export type Change =
  | { kind: 'add-highlight'; highlight: Highlight | NewHighlight }
  | { kind: 'delete-highlight'; highlight: Highlight }
  | { kind: 'edit-highlight'; before: Highlight; after: Highlight }
  | { kind: 'article-note'; before: string; after: string }
  | { kind: 'add-correction'; correction: Correction | CorrectionInput }
  | { kind: 'remove-correction'; correction: Correction };

/** A change as the main process stored it: every record has its id. */
export type StoredChange = Exclude<Change, { kind: 'add-highlight' | 'add-correction' }> | AddedChange;
type AddedChange =
  { kind: 'add-highlight'; highlight: Highlight } | { kind: 'add-correction'; correction: Correction };

const isStoredHighlight = (h: Highlight | NewHighlight): h is Highlight => 'id' in h;

export function inverse(c: StoredChange): StoredChange {
  switch (c.kind) {
    case 'add-highlight':
      return { kind: 'delete-highlight', highlight: c.highlight };
    case 'delete-highlight':
      return { kind: 'add-highlight', highlight: c.highlight };
    case 'edit-highlight':
      return { kind: 'edit-highlight', before: c.after, after: c.before };
    case 'article-note':
      return { kind: 'article-note', before: c.after, after: c.before };
    case 'add-correction':
      return { kind: 'remove-correction', correction: c.correction };
    case 'remove-correction':
      return { kind: 'add-correction', correction: c.correction };
  }
}

/** A correction as the user asked for it, without what the store added. */
function correctionInput(c: Correction | CorrectionInput): CorrectionInput {
  const { id: _id, created: _created, ...input } = c as Correction;
  return input as CorrectionInput;
}

/**
 * Writes one change to the main process and resolves with it as stored. A deleted highlight comes
 * back under its own id; a correction put back gets a new one (the contract has no restore for
 * corrections), which is why callers keep the stored change, not the one they asked for.
 */
export async function write(api: AnnotationsApi, articleId: string, c: Change): Promise<StoredChange> {
  switch (c.kind) {
    case 'add-highlight': {
      const h = c.highlight;
      const highlight = isStoredHighlight(h)
        ? await api.restoreHighlight({ articleId, highlight: h })
        : await api.addHighlight({ articleId, target: h.target, color: h.color, note: h.note });
      return { kind: 'add-highlight', highlight };
    }
    case 'delete-highlight':
      await api.deleteHighlight({ articleId, id: c.highlight.id });
      return c;
    case 'edit-highlight': {
      const { id, color, note, target, tags } = c.after;
      // The target only when it changed: a note typed is a few bytes, a target a paragraph.
      const retarget = !sameTarget(c.before.target, target);
      const retag = !sameTags(c.before.tags, tags);
      return {
        ...c,
        after: await api.updateHighlight({
          articleId,
          id,
          color,
          note,
          ...(retarget ? { target } : {}),
          ...(retag ? { tags: tags ?? [] } : {}),
        }),
      };
    }
    case 'article-note':
      await api.setArticleNote({ articleId, note: c.after });
      return c;
    case 'add-correction': {
      const correction = await api.addCorrection({ articleId, correction: correctionInput(c.correction) });
      return { kind: 'add-correction', correction };
    }
    case 'remove-correction':
      await api.removeCorrection({ articleId, id: c.correction.id });
      return c;
  }
}

/** What the store holds once a stored change is in: the same result as reading it back. */
export function reduce(data: ArticleAnnotations, c: StoredChange): ArticleAnnotations {
  switch (c.kind) {
    case 'add-highlight':
      return {
        ...data,
        highlights: [...data.highlights.filter((h) => h.id !== c.highlight.id), c.highlight],
      };
    case 'delete-highlight':
      return { ...data, highlights: data.highlights.filter((h) => h.id !== c.highlight.id) };
    case 'edit-highlight':
      return { ...data, highlights: data.highlights.map((h) => (h.id === c.after.id ? c.after : h)) };
    case 'article-note':
      return { ...data, articleNote: c.after };
    case 'add-correction':
      return { ...data, corrections: [...data.corrections, c.correction] };
    case 'remove-correction':
      return { ...data, corrections: data.corrections.filter((x) => x.id !== c.correction.id) };
  }
}

/**
 * Two edits of the same thing in a row as one step (a note typed over several saves), or null when
 * they cannot be one. The result may change nothing, which the history then drops.
 */
export function merge(first: StoredChange, next: StoredChange): StoredChange | null {
  if (first.kind === 'edit-highlight' && next.kind === 'edit-highlight' && first.after.id === next.after.id)
    return { kind: 'edit-highlight', before: first.before, after: next.after };
  if (first.kind === 'article-note' && next.kind === 'article-note')
    return { kind: 'article-note', before: first.before, after: next.after };
  return null;
}

export const sameTarget = (a: HighlightTarget, b: HighlightTarget): boolean =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

export const sameTags = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  (a ?? []).join('\n') === (b ?? []).join('\n');

export function changesNothing(c: StoredChange): boolean {
  if (c.kind === 'article-note') return c.before === c.after;
  if (c.kind === 'edit-highlight')
    return (
      c.before.note === c.after.note &&
      c.before.color === c.after.color &&
      sameTarget(c.before.target, c.after.target) &&
      sameTags(c.before.tags, c.after.tags)
    );
  return false;
}
