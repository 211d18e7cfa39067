/**
 * Types settled by the whole document.
 *
 * A name the document itself describes as a business is an organization, wherever it appears: "potash
 * miner Belaruskali", "California-based Robinhood", "Teneo, the advisory firm,", "Yara ASA",
 * "Countrywide shares"; and a one-word name that begins an organization's longer name in the same
 * article ("Patriot" after "Patriot Coal"). The tagger, trained on 1996 text, reads an unknown
 * one-word name as a person; one such description anywhere in the article settles every mention.
 * The same holds for a team in a game report, and for a person's full name.
 */
import type { Token } from '../tokenize';
import type { WordInfo } from './features';
import { hashString } from './hash';
import type { TokenSpan } from './tagger';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

const hashes = (ws: string): Set<number> => new Set(ws.split(' ').map(hashString));

/** Nouns for a business, as a description right before its name or in an apposition after it. */
const BUSINESS = hashes(
  'company firm group miner maker producer manufacturer retailer lender bank insurer carrier airline ' +
    'operator developer supplier chain brokerage broker startup start-up conglomerate subsidiary ' +
    'provider publisher distributor exporter importer refiner utility automaker carmaker drugmaker ' +
    'chipmaker consultancy outfit business agency house label studio giant',
);
/** Legal forms written after a company's name. */
const LEGAL_FORMS = hashes(
  'inc inc. corp corp. ltd ltd. plc llc asa ag sa nv n.v. gmbh se ab oyj spa s.p.a. lp',
);
/** Words after a name that only a company has: its shares, its stock. */
const TRADED = hashes('shares stock');
const ARTICLES = hashes('the a an');
const COMMA = hashString(',');
/** After a noun: it modifies another ("the company's founder", "a group of investors"). */
const MODIFIES = hashes("'s of");
/**
 * What may follow an apposition's head noun; not a verb: "sold to Jones, the company said" is a
 * reporting clause.
 */
const APPOSITION_END = hashes(', . ; which that based founded owned headquartered run');
/** Where an apposition's head phrase ends. */
const STOPS = new Set([COMMA, ...MODIFIES, ...hashes('. ;')]);
/** "London-listed", "California-based", "state-owned": a compound that describes a business. */
const BUSINESS_COMPOUND = /-(?:based|listed|owned|headquartered|registered|run)$/iu;

function keyOf(words: readonly WordInfo[], sp: TokenSpan): string {
  let k = '';
  for (let i = sp.first; i < sp.last; i++) k += `${words[i]!.lower} `;
  return k;
}

/** What tells a business by the words around one mention of it. */
function describedAsBusiness(tokens: readonly Token[], words: readonly WordInfo[], sp: TokenSpan): boolean {
  const before = words[sp.first - 1];
  if (before && before.lowerStart && BUSINESS.has(before.lower)) return true;
  if (sp.first > 0 && BUSINESS_COMPOUND.test(tokens[sp.first - 1]!.text)) return true;
  if (sp.last - sp.first > 1 && LEGAL_FORMS.has(words[sp.last - 1]!.lower)) return true;
  const after = words[sp.last];
  return after !== undefined && (LEGAL_FORMS.has(after.lower) || TRADED.has(after.lower));
}

/**
 * ", the advisory firm": an article, up to three modifiers and a business noun heading the phrase
 * (not "the company's founder", "a group of investors"). The one description that also overrules a
 * place: "London shares" is a market, "Peabody, the coal miner," a company.
 */
function apposedBusiness(words: readonly WordInfo[], sp: TokenSpan): boolean {
  if (words[sp.last]?.lower !== COMMA || !ARTICLES.has(words[sp.last + 1]?.lower ?? 0)) return false;
  for (let i = sp.last + 2; i < Math.min(words.length, sp.last + 6); i++) {
    const w = words[i]!;
    if (!w.lowerStart || STOPS.has(w.lower)) return false;
    if (BUSINESS.has(w.lower)) return words[i + 1] === undefined || APPOSITION_END.has(words[i + 1]!.lower);
  }
  return false;
}

export function businessesAsOrganizations(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  words: readonly WordInfo[],
): TokenSpan[] {
  // "Patriot" in a document about "Patriot Coal" is the company; not "Washington" for "Washington
  // Post", which is why a place needs an apposition.
  const overrulesPerson = new Set<string>();
  const overrulesPlace = new Set<string>();
  for (const sp of spans) {
    if (sp.type === ORG && sp.last - sp.first > 1) overrulesPerson.add(`${words[sp.first]!.lower} `);
    if (apposedBusiness(words, sp)) overrulesPlace.add(keyOf(words, sp));
    else if (describedAsBusiness(tokens, words, sp)) overrulesPerson.add(keyOf(words, sp));
  }
  for (const k of overrulesPlace) overrulesPerson.add(k);
  return spans.map((sp) =>
    (sp.type === PER && overrulesPerson.has(keyOf(words, sp))) ||
    (sp.type === LOC && overrulesPlace.has(keyOf(words, sp)))
      ? { ...sp, type: ORG }
      : sp,
  );
}

/**
 * Nouns for what a name is, as the word right before it ("the indie rock band Glass Harbor", "his
 * album Velvet Hours") or heading "is/was the … album" after it. Encyclopedic text says what each
 * thing is; the tagger, trained on 1996 Reuters, reads an unknown band as a person and an album as
 * an organization. The types are CoNLL's: groups that act are organizations, works and events misc.
 */
const ORG_KINDS = hashes(
  'band ensemble orchestra choir newspaper magazine tabloid broadcaster network university college ' +
    'charity foundation nonprofit union club militia',
);
const MISC_KINDS = hashes(
  'album single song ep film movie documentary novel book memoir series sitcom opera musical ' +
    'poem painting sculpture videogame anthem hymn symphony',
);
/** "Battle of Kursk", "Treaty of Baden", "Operation Citadel": events, misc wherever they stand. */
const EVENT_HEADS = hashes('battle siege treaty war');
const OPERATION = hashString('operation');
const OF = hashString('of');
const COPULAS = hashes('is was');
/** What may follow the noun that says what a thing is: "the third studio album by …". */
const KIND_END = hashes(', . ; by from released written directed recorded that which');

function kindOf(noun: number): number | null {
  return ORG_KINDS.has(noun) ? ORG : MISC_KINDS.has(noun) ? MISC : null;
}

/** The type a mention's own context says it has, or null. */
function describedKind(words: readonly WordInfo[], sp: TokenSpan): number | null {
  const before = words[sp.first - 1];
  if (before && before.lowerStart) {
    const k = kindOf(before.lower);
    if (k !== null) return k;
  }
  const head = words[sp.first]!.lower;
  if (sp.last - sp.first > 2 && EVENT_HEADS.has(head) && words[sp.first + 1]!.lower === OF) return MISC;
  if (sp.last - sp.first === 2 && head === OPERATION) return MISC;
  // "Velvet Hours is the third studio album by …"
  if (COPULAS.has(words[sp.last]?.lower ?? 0) && ARTICLES.has(words[sp.last + 1]?.lower ?? 0)) {
    for (let i = sp.last + 2; i < Math.min(words.length, sp.last + 6); i++) {
      const w = words[i]!;
      if (!w.lowerStart || STOPS.has(w.lower)) return null;
      const k = kindOf(w.lower);
      if (k !== null) return words[i + 1] === undefined || KIND_END.has(words[i + 1]!.lower) ? k : null;
    }
  }
  return null;
}

/**
 * A name the document describes as a band, a newspaper, an album or a battle has that type in every
 * mention; a description of a group overrules a person or a place, of a work or an event any type.
 */
export function describedKinds(spans: readonly TokenSpan[], words: readonly WordInfo[]): TokenSpan[] {
  const kinds = new Map<string, number>();
  for (const sp of spans) {
    const k = describedKind(words, sp);
    if (k === null) continue;
    const key = keyOf(words, sp);
    if (!kinds.has(key)) kinds.set(key, k);
  }
  if (kinds.size === 0) return [...spans];
  return spans.map((sp) => {
    const k = kinds.get(keyOf(words, sp));
    if (k === undefined || k === sp.type) return sp;
    return { ...sp, type: k };
  });
}

const RECORD = /^\d{1,2}-\d{1,2}(?:-\d{1,2})?$/u;
const RANKED = /^\d+(?:st|nd|rd|th)-ranked$/iu;

/** "Oklahoma (7-2 overall", "No. 11 Oklahoma", "23rd-ranked Oregon", not "18th-ranked South African Amanda". */
function isTeam(tokens: readonly Token[], words: readonly WordInfo[], sp: TokenSpan): boolean {
  const after = tokens[sp.last];
  if (after?.text === '(' && RECORD.test(tokens[sp.last + 1]?.text ?? '')) return true;
  if (words[sp.last]?.cap) return false;
  const before = (k: number): string => tokens[sp.first - k]?.text ?? '';
  if (RANKED.test(before(1))) return true;
  return /^\d{1,2}$/u.test(before(1)) && (before(2) === 'No.' || (before(2) === '.' && before(3) === 'No'));
}

/**
 * A name with a season record after it or a poll rank before it is a team, and so is every mention
 * of it in the game report: an organization, not the state or the city ("Oklahoma", "New England",
 * "the Ducks"). Not a person's name: a pitcher's record follows it too ("Jimmy Key (9-10)").
 */
export function teamsAsOrganizations(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  words: readonly WordInfo[],
): TokenSpan[] {
  const teams = new Set<string>();
  for (const sp of spans) if (sp.type !== PER && isTeam(tokens, words, sp)) teams.add(keyOf(words, sp));
  if (teams.size === 0) return [...spans];
  return spans.map((sp) =>
    sp.type !== PER && sp.type !== ORG && teams.has(keyOf(words, sp)) ? { ...sp, type: ORG } : sp,
  );
}

/**
 * A word alone in a headline ("OBAMA", or "Obama" in a title-case line, read as capitals) that ends
 * a person's full name in the text is that person: headlines are where the tagger has least to go
 * on, the article's text where it has most.
 */
export function headlineSurnames(spans: readonly TokenSpan[], words: readonly WordInfo[]): TokenSpan[] {
  const surnames = new Set<number>();
  for (const sp of spans)
    if (sp.type === PER && sp.last - sp.first > 1 && !words[sp.last - 1]!.allCaps)
      surnames.add(words[sp.last - 1]!.lower);
  if (surnames.size === 0) return [...spans];
  return spans.map((sp) =>
    sp.type !== PER &&
    sp.last - sp.first === 1 &&
    words[sp.first]!.allCaps &&
    surnames.has(words[sp.first]!.lower)
      ? { ...sp, type: PER }
      : sp,
  );
}

/**
 * A person's name of two words or more written the same way several times names one person: where
 * most of its mentions are people, the others are too ("Hikmet Hajiyev noted ..." read once as an
 * organization among four people). Not for other types: a team and its city share a name.
 */
export function sameNameSameType(spans: readonly TokenSpan[], words: readonly WordInfo[]): TokenSpan[] {
  const votes = new Map<string, number>();
  for (const sp of spans) {
    if (sp.last - sp.first < 2) continue;
    const k = keyOf(words, sp);
    votes.set(k, (votes.get(k) ?? 0) + (sp.type === PER ? 1 : -1));
  }
  return spans.map((sp) =>
    sp.type !== PER && sp.last - sp.first >= 2 && (votes.get(keyOf(words, sp)) ?? 0) > 0
      ? { ...sp, type: PER }
      : sp,
  );
}
