/**
 * What the analysis finds in one article's plain text. Every position is a UTF-16 offset into that
 * text (end exclusive), the same coordinates as the user's highlights, so the renderer paints all
 * layers through one offset-to-DOM mapping.
 */

export type EntityType = 'person' | 'organization' | 'place' | 'misc';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'misc'];

export interface Span {
  start: number;
  end: number;
}

export interface EntityMention extends Span {
  type: EntityType;
  text: string;
  /** Same for every mention of one entity within the article. */
  entityId: string;
}

export interface Entity {
  id: string;
  /** The fullest name the text gives ("Hikmet Hajiyev", "Shanghai Cooperation Organization"). */
  name: string;
  type: EntityType;
  /** Every distinct surface form seen for it, the canonical name included. */
  aliases: string[];
  mentionCount: number;
}

export interface Quote extends Span {
  text: string;
  /**
   * The quoted stretches, marks included, in reading order; one for a quotation in one piece. The
   * attribution between two stretches ("…,” she said, “…”) is not quoted and not tinted.
   */
  parts: Span[];
  /** The speaker mention as written next to the quotation ("he", "the Assistant to the President"). */
  speaker: (Span & { text: string }) | null;
  /** The entity the speaker mention resolves to, where the text allows. */
  speakerEntityId: string | null;
  /** The resolved name, or the mention's own text where it names someone no entity covers. */
  speakerName: string | null;
  cue: Span | null;
  /**
   * How likely the speaker mention is right, 0..1, calibrated on PolNeAR train by cross-validation;
   * null where nothing was calibrated (reported speech). A user's correction is 1.
   */
  speakerConfidence: number | null;
  /** Right often enough to be shown as fact; the reader marks the others "check". */
  speakerSure: boolean;
}

/**
 * Reported (indirect) speech: the content clause of "Hajiyev noted that …", with the same fields as
 * a quotation (`text` is the clause, `cue` the reporting verb, `speaker` its subject).
 */
export type ReportedSpeech = Quote;

/** Quotation marks that are not speech: scare quotes, terms, titles, nicknames. */
export interface Term extends Span {
  text: string;
}

export interface Analysis {
  /** Changes whenever models or rules change, so cached results from an older analyzer are redone. */
  analyzerVersion: string;
  entities: Entity[];
  mentions: EntityMention[];
  quotes: Quote[];
  /** Reported speech outside quotation marks, a quieter layer than the quotations. */
  reported: ReportedSpeech[];
  terms: Term[];
}
