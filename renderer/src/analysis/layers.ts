/**
 * The machine's layers, painted with the same CSS Custom Highlight API as the user's highlights
 * (see reader/painter.ts for why) but at lower priorities and drawn as underlines and a text tint,
 * never as background fills: a fill means "the user marked this", so machine suggestions must not
 * look like one, and a user's highlight painted above them still reads as theirs.
 */
import {
  ENTITY_TYPES,
  type Analysis,
  type EntityType,
  type Quote,
  type Span,
} from '../../../common/model/analysis';
import type { Settings } from '../../../common/model/settings';
import { paintLayer } from '../reader/painter';
import type { TextMap } from '../reader/text-map';

export const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  misc: 'Other',
};

export const TYPE_PLURAL: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  misc: 'Other names',
};

/** What the app is focused on in the text: an entity (and one of its mentions), or a quotation. */
export type Focus =
  { kind: 'entity'; entityId: string; mention: Span } | { kind: 'quote'; quote: Span } | null;

export const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

/** A quotation, or reported speech: both have a speaker, a cue and the same card. */
export function findQuote(analysis: Analysis, span: Span): Quote | undefined {
  return analysis.quotes.find((q) => sameSpan(q, span)) ?? analysis.reported.find((q) => sameSpan(q, span));
}

export const isReported = (analysis: Analysis, q: Span): boolean =>
  analysis.reported.some((r) => sameSpan(r, q));

export function paintAnalysis(
  map: TextMap,
  analysis: Analysis | null,
  layers: Settings['layers'],
  focus: Focus,
): void {
  for (const type of ENTITY_TYPES) {
    const on = analysis && layers.entities && layers.entityTypes[type];
    paintLayer(`ent-${type}`, map, on ? analysis.mentions.filter((m) => m.type === type) : [], 1);
  }
  // only the quoted stretches are tinted: "…,” the mayor said, “…" leaves the attribution plain
  paintLayer('quote', map, analysis && layers.quotes ? analysis.quotes.flatMap((q) => q.parts) : [], 0);
  paintLayer('reported', map, analysis && layers.reported ? analysis.reported : [], 0);

  // Focus layers show what a card is about even when its layer is toggled off.
  const entity = focus?.kind === 'entity' && analysis ? focus : null;
  paintLayer(
    'ent-focus',
    map,
    entity ? analysis!.mentions.filter((m) => m.entityId === entity.entityId) : [],
    2,
  );
  paintLayer('ent-current', map, entity ? [entity.mention] : [], 3);
  const quote = focus?.kind === 'quote' && analysis ? findQuote(analysis, focus.quote) : undefined;
  paintLayer('quote-focus', map, quote ? quote.parts : [], 2);
  paintLayer('quote-cue', map, quote?.cue ? [quote.cue] : [], 3);
  paintLayer('quote-speaker', map, quote?.speaker ? [quote.speaker] : [], 3);
  // Read by `npm run bench`: when the machine's marks are all on screen.
  if (analysis) performance.mark('gloss:analysis-painted', { detail: analysis.mentions.length });
}
