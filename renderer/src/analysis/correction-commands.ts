/**
 * The user's corrections of the analysis, each as the input the store takes and the words its
 * toast says. Null where the thing to correct is no longer there (a card left open on a mark that
 * a correction elsewhere removed).
 */
import { findEntity } from '../../../common/analysis/corrections';
import { describeRange } from '../../../common/anchoring/anchor';
import type { CorrectionInput } from '../../../common/ipc/contract';
import type { Analysis, EntityType, Span } from '../../../common/model/analysis';
import { isReported, TYPE_LABEL } from './layers';

export interface CorrectionCommand {
  input: CorrectionInput;
  label: string;
}

const typeWord = (t: EntityType) => TYPE_LABEL[t].toLowerCase();
const entity = (a: Analysis, id: string) => a.entities.find((e) => e.id === id);

export function rejectMention(
  a: Analysis,
  text: string,
  entityId: string,
  mention: Span,
): CorrectionCommand | null {
  const e = entity(a, entityId);
  if (!e) return null;
  const target = describeRange(text, mention.start, mention.end);
  return {
    input: { kind: 'reject-mention', target },
    label: `“${target.quote.exact}” is no longer marked as a ${typeWord(e.type)}.`,
  };
}

export function rejectEntity(a: Analysis, entityId: string): CorrectionCommand | null {
  const e = entity(a, entityId);
  return e
    ? {
        input: { kind: 'reject-entity', entityName: e.name, entityType: e.type },
        label: `“${e.name}” is no longer marked anywhere in this article.`,
      }
    : null;
}

export function retypeEntity(a: Analysis, entityId: string, to: EntityType): CorrectionCommand | null {
  const e = entity(a, entityId);
  return e && e.type !== to
    ? {
        input: { kind: 'retype-entity', entityName: e.name, entityType: e.type, to },
        label: `“${e.name}” is now marked as ${typeWord(to)}.`,
      }
    : null;
}

/** Also gives the id of the entity merged into, where the card moves to. */
export function mergeEntities(
  a: Analysis,
  entityId: string,
  intoName: string,
): (CorrectionCommand & { intoId: string }) | null {
  const e = entity(a, entityId);
  const into = findEntity(
    a.entities.filter((x) => x !== e),
    intoName,
  );
  return e && into
    ? {
        input: { kind: 'merge-entities', fromName: e.name, intoName: into.name },
        label: `“${e.name}” merged into “${into.name}”.`,
        intoId: into.id,
      }
    : null;
}

export function rejectQuote(a: Analysis, text: string, q: Span): CorrectionCommand {
  return {
    input: { kind: 'reject-quote', target: describeRange(text, q.start, q.end) },
    label: isReported(a, q) ? 'No longer marked as reported speech.' : 'No longer marked as a quotation.',
  };
}

export function setSpeaker(text: string, q: Span, speakerName: string): CorrectionCommand {
  return {
    input: { kind: 'set-speaker', target: describeRange(text, q.start, q.end), speakerName },
    label: `Speaker set to ${speakerName}.`,
  };
}

export function addMention(text: string, s: Span, entityType: EntityType): CorrectionCommand {
  const target = describeRange(text, s.start, s.end);
  return {
    input: { kind: 'add-mention', target, entityType },
    label: `“${target.quote.exact}” marked as ${typeWord(entityType)}.`,
  };
}

export function addQuote(text: string, s: Span, speakerName: string | null): CorrectionCommand {
  return {
    input: { kind: 'add-quote', target: describeRange(text, s.start, s.end), speakerName },
    label: speakerName ? `Marked as a quotation by ${speakerName}.` : 'Marked as a quotation.',
  };
}
