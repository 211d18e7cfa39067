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
import { gazBits, phraseGazetteer, phraseHash, type Lexicon, type WordInfo } from './features';
import { hashString } from './hash';
import { isAddress, KNOWN_BRAND, KNOWN_TEAM, POSSESSIVE, STATE_OR_COUNTRY } from './retype';
import type { TokenSpan } from './tagger';

/** A document's words and what the model knows of them. */
export interface NameDoc {
  tokens: readonly Token[];
  words: readonly WordInfo[];
  lexicon: Lexicon;
}

/** A document as the span repairs read it. */
export interface DocText extends NameDoc {
  sentences: readonly { first: number; last: number }[];
}

const COMMON_WORD = gazBits('common-word');
const ROLE = gazBits('role');
/** "Native Americans", "President Ford": a people's or a company's name says nothing of a person's. */
const PEOPLE_OR_COMPANY = gazBits('demonym', 'country', 'company', 'known-organization');
const PERSON_NAME = gazBits('person-name', 'mined-person');
const MAKERS = gazBits('company', 'brand', 'known-organization');
const PLACE_NAME = gazBits('city', 'region', 'mined-place');
const CITY = gazBits('city');
/** A name known as something other than a person's ("Nice", "Islam", "Ford"). */
const OTHER_NAME = gazBits(
  'mined-organization',
  'mined-place',
  'mined-misc',
  'country',
  'demonym',
  'company',
  'brand',
  'known-organization',
);

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
/** Last words of companies' names. */
const COMPANY_HEADS = hashes(
  'management capital partners holdings group pictures films records studios bros',
);
export const ARTICLES = hashes('the a an');
const THE = hashString('the');
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

/** A name's words as one key: the same for every mention written alike, whatever its case. */
export function keyOf(words: readonly WordInfo[], sp: { first: number; last: number }): string {
  let k = '';
  for (let i = sp.first; i < sp.last; i++) k += `${words[i]!.lower} `;
  return k;
}

/** A name's last word, as `keyOf` writes a one-word name. */
export const surnameKey = (words: readonly WordInfo[], sp: TokenSpan): string =>
  `${words[sp.last - 1]!.lower} `;

/**
 * The last words of the people's names in a document, as `keyOf` writes them: of the names of two
 * words or more, and the titled names (`titledNames`).
 */
function fullNameSurnames(
  spans: readonly TokenSpan[],
  doc: NameDoc,
  titled: ReadonlyMap<string, boolean> = titledNames(spans, doc),
): Set<string> {
  const { tokens, words } = doc;
  const surnames = new Set(titled.keys());
  for (const sp of spans)
    if (sp.type === PER && sp.last - sp.first > 1 && !BUSINESS_COMPOUND.test(tokens[sp.first]!.text))
      surnames.add(surnameKey(words, sp));
  return surnames;
}

/**
 * One-word names right after a title or a form of address ("President Obama", "Chancellor Merkel",
 * "Mr. Xi") that the tagger read as a person's, unless known as a people's or a company's, or that
 * are known as a person's and as no body's ("President Obama's popularity" read as a body): the title
 * says whose name it is, in an article that never writes "Barack". Each maps to whether that settles
 * all its mentions: not for a name that is also a place's or something else's ("Senator Warren" and
 * "Warren, Michigan", "Dr. Islam" and "Islam"), whose mentions vote instead.
 */
function titledNames(spans: readonly TokenSpan[], doc: NameDoc): Map<string, boolean> {
  const { tokens, words, lexicon } = doc;
  const names = new Map<string, boolean>();
  for (const sp of spans) {
    const title = sp.first > 0 ? words[sp.first - 1]! : null;
    if (sp.last - sp.first !== 1 || !title?.cap) continue;
    const gaz = lexicon.gazetteer(phraseHash([words[sp.first]!.lower]));
    if (sp.type === PER ? gaz & PEOPLE_OR_COMPANY : !(gaz & PERSON_NAME) || gaz & OTHER_NAME) continue;
    if (!isAddress(tokens[sp.first - 1]!) && !(lexicon.gazetteer(phraseHash([title.lower])) & ROLE)) continue;
    const k = keyOf(words, sp);
    names.set(k, (names.get(k) ?? true) && !(gaz & (OTHER_NAME | PLACE_NAME)));
  }
  return names;
}

/** What tells a business by the words around one mention of it. */
function describedAsBusiness(tokens: readonly Token[], words: readonly WordInfo[], sp: TokenSpan): boolean {
  const before = words[sp.first - 1];
  if (before && before.lowerStart && BUSINESS.has(before.lower)) return true;
  if (sp.first > 0 && BUSINESS_COMPOUND.test(tokens[sp.first - 1]!.text)) return true;
  // "U.K.-based": the initialism keeps its period, and the hyphen is a token of its own
  if (tokens[sp.first - 2]?.text === '-' && BUSINESS_COMPOUND.test('-' + (tokens[sp.first - 1]?.text ?? '')))
    return true;
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

export function businessesAsOrganizations(spans: readonly TokenSpan[], doc: NameDoc): TokenSpan[] {
  const { tokens, words } = doc;
  // "Patriot" in a document about "Patriot Coal" is the company; not "Washington" for "Washington
  // Post", which is why a place needs an apposition.
  const overrulesPerson = new Set<string>();
  const overrulesPlace = new Set<string>();
  // not a person's surname the article names in full: "Hale" after "Dorothy Hale", for all the
  // "Hale Building"
  const surnames = fullNameSurnames(spans, doc);
  for (const sp of spans) {
    if (sp.type === ORG && sp.last - sp.first > 1 && !surnames.has(`${words[sp.first]!.lower} `))
      overrulesPerson.add(`${words[sp.first]!.lower} `);
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
 * album Velvet Hours"), in an apposition after one ("Their debut album, Northern Lights, was …") or
 * heading the definition that opens an encyclopedia's article ("Breaking Bad is an American crime
 * drama television series created by …", "Bach (1685-1750) was a German composer"). Encyclopedic
 * text says what each thing is; the tagger, trained on 1996 Reuters, reads an unknown band as a
 * person and an album as an organization. The types are CoNLL's: groups that act are
 * organizations, works and events misc.
 */
const KIND_WORDS = {
  org:
    'band ensemble orchestra choir newspaper magazine tabloid broadcaster network university college ' +
    'charity foundation nonprofit union club militia',
  misc:
    'album single song ep film movie documentary novel book memoir series sitcom opera musical ' +
    'poem painting sculpture videogame anthem hymn symphony debut drama thriller comedy drug vaccine ' +
    'antiseptic sedative anesthetic antibiotic antiviral painkiller',
};
const DEBUT = hashString('debut');
const ORG_KINDS = hashes(KIND_WORDS.org);
const MISC_KINDS = hashes(KIND_WORDS.misc);
/** Nouns that say what a thing is only where a definition says it: "X is a … footballer". */
const DEFINED_PER = hashes(
  'actor actress singer songwriter rapper musician guitarist drummer bassist pianist composer ' +
    'conductor politician footballer cricketer athlete boxer wrestler cyclist swimmer golfer jockey ' +
    'writer author novelist poet playwright screenwriter journalist painter artist sculptor ' +
    'photographer architect filmmaker comedian presenter dancer businessman businesswoman ' +
    'entrepreneur lawyer diplomat scientist physicist chemist biologist mathematician economist ' +
    'philosopher historian engineer inventor physician theologian activist explorer astronaut',
);
const WATERS = hashes('river lake');
const LANDS_AFTER = hashes('river lake valley mountains peninsula strait');
const APPS = hashes('app apps');
/** What follows a team's possessive: "Lyon's coach", "Burnley's defence", "Leeds's 2-1 win". */
const TEAM_WORDS = hashes(
  'coach manager defence defense attack striker strikers goalkeeper keeper midfielder midfield ' +
    'captain squad side players fans supporters win victory defeat loss goal goals lead season',
);
const MESSAGING = hashString('messaging');
/** Roles that name a person only right before the name. */
const PERSON_ROLES = hashes(
  'producer vocalist frontman frontwoman keyboardist saxophonist violinist cellist',
);
const DEFINED_ORG = hashes(
  'company corporation team party organisation organization manufacturer airline label publisher ' +
    'conglomerate retailer society association federation',
);
const DEFINED_LOC = hashes(
  'town village city hamlet river lake mountain island county municipality district suburb ' +
    'province commune parish borough neighbourhood neighborhood valley peninsula settlement',
);
const DEFINED_MISC = hashes('tournament competition championship festival game programme');
const GAME = hashString('game');
/** What makes a game a work: "a puzzle video game", "a first-person shooter game". */
const GAME_KINDS = hashes('video computer board card shooter puzzle arcade strategy role-playing mobile');
/** Words that end a definition's noun phrase before its noun could come: "a reaction to a series". */
const PHRASE_BREAKS = hashes('to for with at as a an the than about');
/** "Battle of Kursk", "Treaty of Baden", "Operation Citadel": events, misc wherever they stand. */
const EVENT_HEADS = hashes('battle siege treaty war');
const OPERATION = hashString('operation');
const OF = hashString('of');
const COPULAS = hashes('is was are were');
/** What may follow the noun that says what a thing is: "the third studio album by …". */
const KIND_END = hashes(
  ', . ; by from of released written directed recorded that which who and in on based formed ' +
    'founded located created born known headquartered active',
);
const OPEN_PAREN = hashString('(');
const QUOTE_MARK = /^(?:["“”]|'')$/u;
const CLOSE_PAREN = hashString(')');

/** Whether a kind noun's phrase ends before word `i`: at a stop, a preposition or a participle. */
function endsHead(tokens: readonly Token[], words: readonly WordInfo[], i: number): boolean {
  const w = words[i];
  return w === undefined || KIND_END.has(w.lower) || /^\p{Ll}{2,}ed$/u.test(tokens[i]!.text);
}

function kindOf(noun: number): number | null {
  return ORG_KINDS.has(noun) ? ORG : MISC_KINDS.has(noun) ? MISC : null;
}

function definedKindOf(noun: number): number | null {
  const k = kindOf(noun);
  if (k !== null) return k;
  if (DEFINED_PER.has(noun)) return PER;
  if (DEFINED_ORG.has(noun)) return ORG;
  if (DEFINED_LOC.has(noun)) return LOC;
  return DEFINED_MISC.has(noun) ? MISC : null;
}

/**
 * What the definition after token `at` says a thing is: "is/was a(n)/the", up to seven words
 * (capitalized ones too: "an American crime drama television series"), then a kind noun that ends
 * the head ("… series created by", "… club based in"), or null. A parenthesis between the name and
 * its verb is skipped: "Bach (1685-1750) was".
 */
function definedKind(tokens: readonly Token[], words: readonly WordInfo[], at: number): number | null {
  if (words[at]?.lower === OPEN_PAREN) {
    let k = at + 1;
    while (k < words.length && k < at + 12 && words[k]!.lower !== CLOSE_PAREN) k++;
    if (words[k]?.lower !== CLOSE_PAREN) return null;
    at = k + 1;
  }
  if (!COPULAS.has(words[at]?.lower ?? 0) || !ARTICLES.has(words[at + 1]?.lower ?? 0)) return null;
  for (let i = at + 2; i < Math.min(words.length, at + 9); i++) {
    const w = words[i]!;
    if (STOPS.has(w.lower)) return null;
    // a game is a work only as a kind of game ("a puzzle video game"), not "Politics is a tough game"
    const k =
      w.lowerStart && (w.lower !== GAME || GAME_KINDS.has(words[i - 1]?.lower ?? 0))
        ? definedKindOf(w.lower)
        : null;
    if (k !== null && endsHead(tokens, words, i + 1)) return k;
    // the noun phrase ended without a kind: "are the likely contenders to lead the team", "was a
    // reaction to a series of defeats"
    if (endsHead(tokens, words, i) || PHRASE_BREAKS.has(w.lower)) return null;
  }
  return null;
}

const LIST_JOINERS = hashes('and or');
const PREPOSITIONS = hashes(
  'of by in with from for on at to about after during before following since throughout like',
);
const WHO = hashString('who');

/**
 * Whether the noun phrase ending at word `noun` is a preposition's object ("The author of the book,
 * Mitchell Zuckoff,"): then the apposition after it is to another noun.
 */
function afterPreposition(words: readonly WordInfo[], noun: number): boolean {
  let i = noun - 1;
  while (
    i >= 0 &&
    noun - i < 5 &&
    words[i]!.lowerStart &&
    !ARTICLES.has(words[i]!.lower) &&
    !PREPOSITIONS.has(words[i]!.lower)
  )
    i--;
  if (i >= 0 && ARTICLES.has(words[i]!.lower)) i--;
  return i >= 0 && PREPOSITIONS.has(words[i]!.lower);
}

/** "the village of Kotel", "the towns of Omurtag and Targovishte": places by what they are. */
const PLACE_KIND = hashes(
  'town village city hamlet province region island state county district municipality port suburb',
);
/** Only a plural goes on to a list: "the state of Georgia, Trump and Biden" names one place. */
const PLACE_KINDS = hashes(
  'towns villages cities hamlets provinces regions islands states counties districts municipalities suburbs',
);

/** Token index just past a parenthesis of at most five tokens at `k` ("Loveless (1991)"), else `k`. */
function pastYear(words: readonly WordInfo[], k: number): number {
  if (words[k]?.lower !== OPEN_PAREN) return k;
  for (let i = k + 1; i < k + 6 && i < words.length; i++) if (words[i]!.lower === CLOSE_PAREN) return i + 1;
  return k;
}

/** Whether the names from span `j` on are a list's items, its last after "and" or "or". */
function listEndsAfter(words: readonly WordInfo[], spans: readonly TokenSpan[], j: number): boolean {
  for (let i = j; i + 1 < spans.length; i++) {
    let k = pastYear(words, spans[i]!.last);
    if (words[k]?.lower === COMMA) k++;
    const joined = LIST_JOINERS.has(words[k]?.lower ?? 0);
    if (joined) k++;
    if (spans[i + 1]!.first !== k || k === spans[i]!.last) return false;
    if (joined) return true;
  }
  return false;
}

/**
 * The first item of the list span `at` is in: walking back over items joined by "and" or "or", or
 * by commas in a list that "and" or "or" ends ("Foindu, Eastern Region Brigade Commander" and
 * "Lesbos, Abdullah Zahed, 25," are no lists). A year in brackets may follow an item.
 */
function listStart(words: readonly WordInfo[], spans: readonly TokenSpan[], at: number): number {
  let j = at;
  for (; j > 0; j--) {
    let k = spans[j]!.first - 1;
    if (LIST_JOINERS.has(words[k]?.lower ?? 0)) k--;
    else if (!listEndsAfter(words, spans, j)) break;
    if (words[k]?.lower === COMMA) k--;
    if (k === spans[j]!.first - 1) break;
    const prev = spans[j - 1]!;
    if (prev.last !== k + 1 && pastYear(words, prev.last) !== k + 1) break;
  }
  return j;
}

/** Whether span `at` of `spans` is, or is listed after, a name after "the <place kind> of". */
function namedPlace(words: readonly WordInfo[], spans: readonly TokenSpan[], at: number): boolean {
  const j = listStart(words, spans, at);
  const b = spans[j]!.first - 1;
  if (words[b]?.lower !== OF) return false;
  const kind = words[b - 1];
  if (!kind?.lowerStart) return false;
  return PLACE_KINDS.has(kind.lower) || (j === at && PLACE_KIND.has(kind.lower));
}

/** An English plural, for the kind nouns: "documentaries", "series", "albums". */
function plural(noun: string): string {
  if (noun.endsWith('series')) return noun;
  if (/[^aeiou]y$/u.test(noun)) return noun.slice(0, -1) + 'ies';
  return /(?:s|x|ch|sh)$/u.test(noun) ? noun + 'es' : noun + 's';
}

/** The plurals of the kinds, and of the groups that only a plural names so: "groups like Hamas". */
const PLURAL_KINDS = new Map<number, number>([
  ...[...KIND_WORDS.org.split(' '), 'group', 'label', 'team', 'company', 'party'].map(
    (w) => [hashString(plural(w)), ORG] as const,
  ),
  ...KIND_WORDS.misc.split(' ').map((w) => [hashString(plural(w)), MISC] as const),
]);
const LIST_INTROS = hashes('like including');
const SUCH = hashString('such');
const AS = hashString('as');
const SINGLES = hashString('singles');
const SEXES = hashes('men women');

/**
 * The kind a plural noun gives the items of the list after it: "bands like Green Day and The
 * Offspring", "singles Supersonic and Live Forever", "two albums, Isn't Anything (1988) and
 * Loveless (1991)", "groups such as Hamas". After a bare comma only a list of two or more.
 */
function listedKind(
  words: readonly WordInfo[],
  spans: readonly TokenSpan[],
  at: number,
  starts: ReadonlySet<number>,
  lexicon: Lexicon,
): number | null {
  const j = listStart(words, spans, at);
  let b = spans[j]!.first - 1;
  const intro = words[b]?.lower ?? 0;
  // not after a bare comma: "After two albums, Smith and Jones split."
  if (LIST_INTROS.has(intro)) b--;
  else if (intro === AS && words[b - 1]?.lower === SUCH) b -= 2;
  const noun = words[b];
  if (!noun || !(noun.lowerStart || starts.has(b))) return null;
  for (let i = b + 1; i <= spans[j]!.first; i++) if (starts.has(i)) return null;
  // tennis: "Men 's singles Michael Stich"
  if (noun.lower === SINGLES && SEXES.has(words[b - 2]?.lower ?? 0)) return null;
  const kind = PLURAL_KINDS.get(noun.lower) ?? null;
  // "drugs like Pfizer's Viagra": a maker among works stays what it is
  const sp = spans[at]!;
  return kind === MISC && phraseGazetteer(lexicon, words, sp.first, sp.last) & MAKERS ? null : kind;
}

function looksLikePersonName(lexicon: Lexicon, words: readonly WordInfo[], sp: TokenSpan): boolean {
  // a company first: "activist Elliott Management", "the producer Warner Bros. Pictures"
  if (
    phraseGazetteer(lexicon, words, sp.first, sp.last) &
    (PEOPLE_OR_COMPANY | PLACE_NAME | OTHER_NAME | MAKERS)
  )
    return false;
  const last = words[sp.last - 1]!.lower;
  if (BUSINESS.has(last) || LEGAL_FORMS.has(last) || COMPANY_HEADS.has(last)) return false;
  if (phraseGazetteer(lexicon, words, sp.first, sp.first + 1) & PERSON_NAME) return true;
  for (let i = sp.first; i < sp.last; i++)
    if (phraseGazetteer(lexicon, words, i, i + 1) & COMMON_WORD) return false;
  return true;
}

/** The type a mention's own context says it has, or null. */
function describedKind(
  { tokens, words, lexicon }: DocText,
  sp: TokenSpan,
  starts: ReadonlySet<number>,
): number | null {
  const before = words[sp.first - 1];
  // "album Sixteen Stone", and opening a sentence: "Single Comedown followed"
  if (before && !starts.has(sp.first) && (before.lowerStart || starts.has(sp.first - 1))) {
    // "debut" may end a phrase before a sentence's subject ("After his debut Arsenal signed him"):
    // a name known as something else is that, an unknown one the work ("her debut Pablo Honey")
    const gaz = phraseGazetteer(lexicon, words, sp.first, sp.last);
    const k = before.lower === DEBUT && gaz & (OTHER_NAME | PEOPLE_OR_COMPANY) ? null : kindOf(before.lower);
    // not a company the work is by: "the vaccine Pfizer developed", "the film Netflix made"
    if (k !== null && !(k === MISC && gaz & MAKERS)) return k;
    // "producer Butch Vig", "the poet Aogán Ó Rathaille": what a person does, before a name of two
    // words or more that opens with a first name or has no common word and names nothing known
    // (not "state engineer Comelf", "the swimmer Russia", "activist Chicago Teachers Union members")
    if (
      before.lowerStart &&
      (DEFINED_PER.has(before.lower) || PERSON_ROLES.has(before.lower)) &&
      sp.type !== LOC &&
      sp.last - sp.first >= 2 &&
      // a producer may be a company ("oil producer Lukoil Holdings"): then only a first name says so
      (BUSINESS.has(before.lower)
        ? phraseGazetteer(lexicon, words, sp.first, sp.first + 1) & PERSON_NAME
        : looksLikePersonName(lexicon, words, sp))
    )
      return PER;
  }
  // "the river Narmada", "the Vanva river", "the Ohio valley": waters and lands by their kind
  if (before?.lowerStart && WATERS.has(before.lower) && !starts.has(sp.first)) return LOC;
  const after = words[sp.last];
  // not a people's adjective: "the Crimean peninsula", "the Korean peninsula"
  if (after?.lowerStart && LANDS_AFTER.has(after.lower) && sp.type !== MISC) return LOC;
  // "on the Telegram messaging app": an app, never a person or a place (a company before "app"
  // stays one: "the Apple app"; "the Harris platform" is hers)
  const app = after?.lower === MESSAGING ? words[sp.last + 1] : after;
  if (app?.lowerStart && APPS.has(app.lower) && (sp.type === PER || sp.type === LOC)) return MISC;
  // "the punk band The Gutter Saints": the name's own article between
  if (before?.lower === THE && before.cap && words[sp.first - 2]?.lowerStart) {
    const k = kindOf(words[sp.first - 2]!.lower);
    if (k !== null) return k;
  }
  // 'the single "Northern Lights"', 'its lead single, "Paper Hearts",': a title in quotation marks
  // after its kind
  if (QUOTE_MARK.test(tokens[sp.first - 1]?.text ?? '') && QUOTE_MARK.test(tokens[sp.last]?.text ?? '')) {
    const kind = words[sp.first - 2]?.lower === COMMA ? words[sp.first - 3] : words[sp.first - 2];
    const k = kind?.lowerStart ? kindOf(kind.lower) : null;
    if (k !== null) return k;
  }
  // "Their debut album, Northern Lights, was": an apposition, closed after the name
  const noun = words[sp.first - 2];
  const closing = pastYear(words, sp.last);
  if (
    before?.lower === COMMA &&
    noun?.lowerStart &&
    words[closing]?.lower === COMMA &&
    // a list goes on after its items' commas: "the film, CNN, and the network"
    !LIST_JOINERS.has(words[closing + 1]?.lower ?? 0) &&
    // "the film, Smith, who starred in it,": a person, the clause says
    !(sp.type === PER && words[closing + 1]?.lower === WHO) &&
    !afterPreposition(words, sp.first - 2)
  ) {
    const k = kindOf(noun.lower);
    if (k !== null) return k;
  }
  const head = words[sp.first]!.lower;
  if (sp.last - sp.first > 2 && EVENT_HEADS.has(head) && words[sp.first + 1]!.lower === OF) return MISC;
  if (sp.last - sp.first === 2 && head === OPERATION) return MISC;
  // a definition is of the sentence's subject: not "Blaming Iraq for riots in Jordan is a dirty game"
  const opens = starts.has(sp.first) || (starts.has(sp.first - 1) && ARTICLES.has(before?.lower ?? 0));
  return opens ? definedKind(tokens, words, sp.last) : null;
}

/** Capitalized words that open a sentence without naming anything: "It is a …", "This was the …". */
const NOT_SUBJECTS = hashes('it this that he she they there these those here one each such the a an');
const NAME_JOINERS = hashes('of the and de & von van');

/**
 * The subject of a definition the tagger did not find ("Breaking Bad is an American … series"):
 * capitalized words from the start of a sentence to its verb, the article before them left out.
 */
function undefinedSubjects(
  spans: readonly TokenSpan[],
  { tokens, words, sentences, lexicon }: DocText,
): { added: TokenSpan[]; replaced: Set<TokenSpan> } {
  const added: TokenSpan[] = [];
  const replaced = new Set<TokenSpan>();
  for (const s of sentences) {
    let first = s.first;
    if (ARTICLES.has(words[first]?.lower ?? 0)) first++;
    let last = first;
    while (
      last < s.last &&
      last - first < 6 &&
      (words[last]!.cap || (last > first && NAME_JOINERS.has(words[last]!.lower)))
    )
      last++;
    while (last > first && !words[last - 1]!.cap) last--;
    if (last === first || NOT_SUBJECTS.has(words[first]!.lower)) continue;
    // a lone capitalized common word opening a sentence names nothing ("Politics is a tough game")
    if (last - first === 1 && lexicon.gazetteer(phraseHash([words[first]!.lower])) & COMMON_WORD) continue;
    const inside = spans.filter((sp) => sp.first < last && first < sp.last);
    // the tagger's part of it ("Spirit of [Eden] is the fourth studio album") gives way to the whole
    if (inside.length > 1 || inside.some((sp) => sp.first < first || sp.last > last)) continue;
    if (inside.length === 1 && inside[0]!.first === first) continue;
    const k = definedKind(tokens, words, last);
    // a person the tagger found keeps its own span: "Mr. Ryan is a …" is Ryan
    if (k === null || (k === PER && inside.length)) continue;
    for (const sp of inside) replaced.add(sp);
    added.push({ first, last, type: k });
  }
  return { added, replaced };
}

/**
 * A name the document describes as a band, a newspaper, an album or a battle, or defines as a
 * footballer, a town or a television series, has that type in every mention; a description of a
 * group overrules a person or a place, of a work or an event any type.
 */
export function describedKinds(found: readonly TokenSpan[], doc: DocText): TokenSpan[] {
  const { tokens, words, sentences } = doc;
  const { added, replaced } = undefinedSubjects(found, doc);
  const spans = added.length
    ? [...found.filter((sp) => !replaced.has(sp)), ...added].sort((a, b) => a.first - b.first)
    : found;
  const starts = new Set(sentences.map((s) => s.first));
  const kinds = new Map<string, number>();
  const surnames = fullNameSurnames(spans, doc);
  for (const [j, sp] of spans.entries()) {
    const key = keyOf(words, sp);
    // "the state of Sanders’ younger years" is no place, nor is a person's surname or a known brand
    // ("the province of Twitter")
    const place =
      namedPlace(words, spans, j) &&
      !POSSESSIVE.test(tokens[sp.last]?.text ?? '') &&
      !surnames.has(key) &&
      !(phraseGazetteer(doc.lexicon, words, sp.first, sp.last) & KNOWN_BRAND);
    const k = place
      ? LOC
      : (describedKind(doc, sp, starts) ?? listedKind(words, spans, j, starts, doc.lexicon));
    if (k === null) continue;
    if (!kinds.has(key)) kinds.set(key, k);
  }
  const typed =
    kinds.size === 0
      ? [...spans]
      : spans.map((sp) => {
          const k = kinds.get(keyOf(words, sp));
          if (k === undefined || k === sp.type) return sp;
          return { ...sp, type: k };
        });
  return listedPlaces(typed, doc);
}

/**
 * "screenings in Sydney, Melbourne, Brisbane, Canberra and Adelaide": in a list of three names or
 * more that are mostly places, a known city, region or country is a place too, not the club or
 * the company the tagger took it for. In place.
 */
function listedPlaces(spans: TokenSpan[], { words, lexicon }: DocText): TokenSpan[] {
  for (let j = spans.length - 1; j >= 2; j--) {
    const first = listStart(words, spans, j);
    if (j - first < 2) {
      j = first;
      continue;
    }
    const items = spans.slice(first, j + 1);
    const places = items.filter((sp) => sp.type === LOC).length;
    if (places >= 2 && places * 2 > items.length)
      for (let i = first; i <= j; i++) {
        const sp = spans[i]!;
        const gaz = phraseGazetteer(lexicon, words, sp.first, sp.last);
        if (sp.type !== LOC && gaz & (PLACE_NAME | STATE_OR_COUNTRY) && !(gaz & KNOWN_TEAM))
          spans[i] = { ...sp, type: LOC };
      }
    j = first;
  }
  return spans;
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

/** What a document says of each surname, for `firstNameAndSurname`. */
interface Surnames {
  /** Per one-word name: its person mentions less its others. */
  lone: ReadonlyMap<string, number>;
  titled: ReadonlyMap<string, boolean>;
  /** Per surname: the first words of the people's names of two words or more that end with it. */
  firstWords: ReadonlyMap<string, ReadonlySet<number>>;
}

const NOT_A_FIRST_NAME = OTHER_NAME | PLACE_NAME | COMMON_WORD | ROLE | gazBits('holiday');
/**
 * A first name and a surname the article reads as a person's ("fell short of Barack Obama's request"
 * read as a body, among a dozen "Obama" and "President Obama"): that person. Not where another
 * person has the surname ("Loretta Lynch" and "Merrill Lynch", "Senator Doug Jones" and "Edward
 * Jones"), nor a name the tagger read as no person's more than once, and only after a first word
 * known as nothing but a person's name, or unknown ("Barack"): "Dow Jones" stays what it was.
 */
function firstNameAndSurname(sp: TokenSpan, doc: NameDoc, readAsOther: number, names: Surnames): boolean {
  const { words, lexicon } = doc;
  if (sp.last - sp.first !== 2 || readAsOther > 1) return false;
  const k = surnameKey(words, sp);
  if ((names.lone.get(k) ?? 0) <= 0 && names.titled.get(k) !== true) return false;
  const first = words[sp.first]!;
  if ([...(names.firstWords.get(k) ?? [])].some((w) => w !== first.lower)) return false;
  const gaz = lexicon.gazetteer(phraseHash([first.lower]));
  return first.cap && !first.allCaps && (gaz & NOT_A_FIRST_NAME) === 0;
}

/**
 * A person's name of two words or more written the same way several times names one person: where
 * most of its mentions are people, the others are too ("Hikmet Hajiyev noted ..." read once as an
 * organization among four people). Of other types only a state's or a country's name votes (below),
 * and a city's, but only on its possessives: a team and its city share a name.
 */
export function sameNameSameType(spans: readonly TokenSpan[], doc: NameDoc): TokenSpan[] {
  const { words } = doc;
  const votes = new Map<string, number>();
  const readAsOther = new Map<string, number>();
  for (const sp of spans) {
    if (sp.last - sp.first < 2) continue;
    const k = keyOf(words, sp);
    votes.set(k, (votes.get(k) ?? 0) + (sp.type === PER ? 1 : -1));
    if (sp.type !== PER) readAsOther.set(k, (readAsOther.get(k) ?? 0) + 1);
  }
  // A surname alone, where the article names the person in full and most of its mentions are
  // people ("Obama’s plan", "the Obama administration" read as a place or a body among "President
  // Barack Obama" and a dozen "Obama"); a city that shares the name outvotes its person. A name
  // the article writes after a title is that person wherever it stands alone.
  const titled = titledNames(spans, doc);
  const surnames = fullNameSurnames(spans, doc, titled);
  const surnameVotes = new Map<string, number>();
  const lone = new Map<string, number>();
  const firstWords = new Map<string, Set<number>>();
  for (const sp of spans) {
    const k = surnameKey(words, sp);
    const vote = sp.type === PER ? 1 : -1;
    if (sp.last - sp.first === 1) lone.set(k, (lone.get(k) ?? 0) + vote);
    else if (sp.type === PER) firstWords.set(k, (firstWords.get(k) ?? new Set()).add(words[sp.first]!.lower));
    if (!surnames.has(k) || (sp.last - sp.first > 1 && sp.type !== PER)) continue;
    surnameVotes.set(k, (surnameVotes.get(k) ?? 0) + vote);
  }
  const names: Surnames = { lone, titled, firstWords };
  // A state's or a country's name that is a place in two thirds of its mentions or more is a place
  // in all ("his sizeable New Hampshire lead" among "Salem, New Hampshire"); where a team of that
  // name plays ("Texas coach Steve Sarkisian said Texas played poorly"), its mentions are more.
  const placeVotes = new Map<string, number>();
  const cities = new Set<string>();
  // "Kyiv's military administration", not a team's player or staff ("Lyon's Alexandre Lacazette",
  // "Lyon's coach", "Burnley's defence")
  const possessive = (sp: TokenSpan): boolean =>
    POSSESSIVE.test(doc.tokens[sp.last]?.text ?? '') &&
    words[sp.last + 1]?.lowerStart === true &&
    !TEAM_WORDS.has(words[sp.last + 1]!.lower);
  for (const sp of spans) {
    if (sp.type !== LOC && sp.type !== ORG) continue;
    const gaz = phraseGazetteer(doc.lexicon, words, sp.first, sp.last);
    if (!(gaz & (STATE_OR_COUNTRY | CITY)) || gaz & KNOWN_TEAM) continue;
    const k = keyOf(words, sp);
    const city = !(gaz & STATE_OR_COUNTRY);
    if (city) cities.add(k);
    // a city's possessive is what is voted on, not a voter
    if (city && sp.type === ORG && possessive(sp)) continue;
    placeVotes.set(k, (placeVotes.get(k) ?? 0) + (sp.type === LOC ? 1 : -2));
  }
  return spans.map((sp) => {
    const k = keyOf(words, sp);
    // a city's votes decide only its possessive ("Kyiv's military administration" among "in
    // Kyiv"): elsewhere a team may bear its name
    const vote = placeVotes.get(k) ?? -1;
    if (sp.type === ORG && (cities.has(k) ? vote > 0 && possessive(sp) : vote >= 0))
      return { ...sp, type: LOC };
    if (sp.type === PER) return sp;
    // titled names are one word, so only a lone mention matches one
    const votesFor = sp.last - sp.first >= 2 ? votes.get(k) : surnameVotes.get(k);
    if ((votesFor ?? 0) > 0 || titled.get(k) === true) return { ...sp, type: PER };
    return firstNameAndSurname(sp, doc, readAsOther.get(k) ?? 0, names) ? { ...sp, type: PER } : sp;
  });
}
