/**
 * Who said what, grouped by speaker: what People & quotes lists and what the export writes under
 * "Quotations", from one piece so the two cannot disagree.
 */
import type { Quote } from '../model/analysis';

export interface Said extends Quote {
  reported: boolean;
}

export interface Speaker {
  key: string;
  name: string;
  /** Quotations and reported speech, in reading order. */
  items: Said[];
  quoted: number;
  reported: number;
  chars: number;
}

/** Quotations, then reported speech if shown, merged in reading order. */
export function saidInOrder(quotes: readonly Quote[], reported: readonly Quote[] | null): Said[] {
  return [
    ...quotes.map((q) => ({ ...q, reported: false })),
    ...(reported ?? []).map((q) => ({ ...q, reported: true })),
  ].sort((a, b) => a.start - b.start);
}

/** Group by who said it: the resolved entity where there is one, else the name as written. */
export function bySpeaker(items: readonly Said[]): { speakers: Speaker[]; unattributed: Said[] } {
  const groups = new Map<string, Speaker>();
  const unattributed: Said[] = [];
  for (const q of items) {
    if (!q.speakerName) {
      unattributed.push(q);
      continue;
    }
    const key = q.speakerEntityId ?? `name:${q.speakerName.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, name: q.speakerName, items: [], quoted: 0, reported: 0, chars: 0 }));
    g.items.push(q);
    if (q.reported) g.reported++;
    else {
      g.quoted++;
      g.chars += q.end - q.start;
    }
  }
  // "How much they say": the length of their own words (quotations), then how often they are reported.
  const speakers = [...groups.values()].sort(
    (a, b) => b.chars - a.chars || b.quoted - a.quoted || b.reported - a.reported,
  );
  return { speakers, unattributed };
}

/** The quoted words alone: an interrupted quotation's stretches joined with " … ", the attribution left out. */
export function quotedText(q: Quote): string {
  return q.parts.map((p) => q.text.slice(p.start - q.start, p.end - q.start)).join(' … ');
}

/**
 * An attribution to check: someone is named, but the finder is not sure of it. A user's correction
 * is sure; reported speech carries no calibrated confidence and is not flagged.
 */
export const toCheck = (q: Quote): boolean =>
  q.speakerName !== null && q.speakerConfidence !== null && !q.speakerSure;

const LEADS = new Set(
  'the a an one another some several many most his her its their our my this that these those'.split(' '),
);

/**
 * A speaker named only by a description ("the spokesman", "A Clinton campaign official", "officials"):
 * someone in this article, not one person across the library, so the library's People view leaves
 * them to each article's own list.
 */
export const namedByDescription = (q: Pick<Quote, 'speakerName' | 'speakerEntityId'>): boolean =>
  q.speakerEntityId === null &&
  q.speakerName !== null &&
  (/^\p{Ll}/u.test(q.speakerName) || LEADS.has(q.speakerName.split(/\s/)[0]!.toLowerCase()));
