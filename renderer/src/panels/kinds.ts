/**
 * The Notes panel's kinds: the reader's own highlights (all, or those with a note), or what the
 * analysis found and the reader corrected, listed in reading order, each opening at its passage.
 */
import type { Analysis, Span } from '../../../common/model/analysis';
import type { Correction } from '../../../common/model/annotation';

export const NOTE_KINDS = [
  { kind: 'highlights', label: 'My highlights' },
  { kind: 'notes', label: 'Notes' },
  { kind: 'quotations', label: 'Quotations' },
  { kind: 'entities', label: 'Entities' },
  { kind: 'corrections', label: 'Corrections' },
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number]['kind'];

/** Kinds that list the reader's highlights; the others list rows of their own. */
export const isHighlightKind = (k: NoteKind): boolean => k === 'highlights' || k === 'notes';

/** What opening a row shows: a quotation's card, an entity's card at a mention, or the passage. */
export type RowTarget =
  | { open: 'quote'; span: Span }
  | { open: 'mention'; span: Span; entityId: string }
  | { open: 'passage'; span: Span };

export interface KindRow {
  key: string;
  label: string;
  detail: string;
  /** Null where the text no longer holds it (an entity correction whose name is gone). */
  target: RowTarget | null;
}

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const byPlace = (a: KindRow, b: KindRow) =>
  (a.target?.span.start ?? Infinity) - (b.target?.span.start ?? Infinity);

function firstMention(analysis: Analysis | null, name: string): RowTarget | null {
  const entity = analysis?.entities.find((e) => e.name === name || e.aliases.includes(name));
  const m = entity && analysis?.mentions.find((x) => x.entityId === entity.id);
  return m ? { open: 'mention', span: { start: m.start, end: m.end }, entityId: m.entityId } : null;
}

function mentionAt(analysis: Analysis | null, span: Span): RowTarget {
  const m = analysis?.mentions.find((x) => x.start === span.start && x.end === span.end);
  return m ? { open: 'mention', span, entityId: m.entityId } : { open: 'passage', span };
}

function correctionRow(c: Correction, analysis: Analysis | null): KindRow {
  const at = 'target' in c ? { start: c.target.position.start, end: c.target.position.end } : null;
  const words = 'target' in c ? `“${clip(c.target.quote.exact)}”` : '';
  const row = (label: string, detail: string, target: RowTarget | null): KindRow => ({
    key: c.id,
    label,
    detail,
    target,
  });
  switch (c.kind) {
    case 'add-quote':
      return row('Quotation added', `${words} · ${c.speakerName ?? 'speaker unknown'}`, {
        open: 'quote',
        span: at!,
      });
    case 'set-speaker':
      return row(`Speaker set to ${c.speakerName}`, words, { open: 'quote', span: at! });
    case 'reject-quote':
      return row('Not a quotation', words, { open: 'passage', span: at! });
    case 'add-mention':
      return row(`Marked as ${c.entityType}`, words, mentionAt(analysis, at!));
    case 'reject-mention':
      return row('Not a name', words, { open: 'passage', span: at! });
    case 'reject-entity':
      return row(`Not an entity: ${c.entityName}`, c.entityType, null);
    case 'retype-entity':
      return row(
        `${c.entityName}: ${c.entityType} → ${c.to}`,
        'Type changed',
        firstMention(analysis, c.entityName),
      );
    case 'merge-entities':
      return row(`${c.fromName} is ${c.intoName}`, 'Merged', firstMention(analysis, c.intoName));
  }
}

/** The rows of a kind that is not the reader's highlights, in reading order. */
export function rowsOf(
  kind: NoteKind,
  analysis: Analysis | null,
  corrections: readonly Correction[],
): KindRow[] {
  if (kind === 'quotations')
    return (analysis?.quotes ?? []).map((q) => ({
      key: `q${q.start}`,
      label: `“${clip(q.text)}”`,
      detail: q.speakerName ? `${q.speakerName}${q.speakerSure ? '' : ' (check)'}` : 'Speaker unknown',
      target: { open: 'quote', span: { start: q.start, end: q.end } },
    }));
  if (kind === 'entities')
    return (analysis?.entities ?? [])
      .map((e) => ({
        key: e.id,
        label: e.name,
        detail: `${e.type === 'misc' ? 'other' : e.type} · ${e.mentionCount} ${e.mentionCount === 1 ? 'mention' : 'mentions'}`,
        target: firstMention(analysis, e.name),
      }))
      .sort(byPlace);
  if (kind === 'corrections') return corrections.map((c) => correctionRow(c, analysis)).sort(byPlace);
  return [];
}
