import type { Analysis, EntityMention, Quote, Span } from '../../../common/model/analysis';
import type { Settings } from '../../../common/model/settings';
import type { PlacedHighlight } from '../state/session/placed';

export interface MarksAt {
  /** The user's highlights under the offset, innermost first. */
  highlights: string[];
  mention?: EntityMention | undefined;
  /** A quotation, or else reported speech. */
  quote?: Quote | undefined;
}

const inside = (s: Span, offset: number) => s.start <= offset && offset < s.end;

/** What a click at `offset` lands on. Only marks the user can see answer: a hidden layer is not there. */
export function marksAt(
  offset: number,
  placed: readonly PlacedHighlight[],
  analysis: Analysis | null,
  layers: Settings['layers'],
): MarksAt {
  const highlights = placed
    .filter((p) => p.start !== null && p.end !== null && p.start <= offset && offset < p.end)
    .sort((a, b) => a.end! - a.start! - (b.end! - b.start!))
    .map((p) => p.highlight.id);
  if (!analysis) return { highlights };
  const mention = layers.entities
    ? analysis.mentions.find((m) => inside(m, offset) && layers.entityTypes[m.type])
    : undefined;
  const quote =
    // the attribution between two stretches is not part of the quotation's tint, nor of its card
    (layers.quotes ? analysis.quotes.find((q) => q.parts.some((p) => inside(p, offset))) : undefined) ??
    (layers.reported ? analysis.reported.find((q) => inside(q, offset)) : undefined);
  return { highlights, mention, quote };
}
