/**
 * Span repairs that read what a name is made of, where 1996 training text could not teach it:
 * - a preposition opening a sentence, a plural noun and its preposition before a name, or a date
 *   or a negated verb after it are no part of it ("For New Year's Eve", "Shares of Wells Fargo",
 *   "Britain January 8", "Flowers Won't"),
 *   and a surname's particles are ("von der Leyen");
 * - a holiday is a date, not a place or a person ("for Christmas", "Christmas Eve"), and a page's link
 *   to its pictures is no name ("Slideshow (68 images)");
 * - a form of address makes the name after it a person ("Mr. Xi", "Dr. Fauci"), without itself, and
 *   so does a rank ("Sheikh Nawaf", "Queen Elizabeth");
 * - a name ending in a word for a way, a crossing or a land is a place ("Middle Corridor", "Silk
 *   Road", "Targovishte Province"), one headed by a label's, a studio's or a club's word no person
 *   ("Domino Records", "Bolton Wanderers"), nor a school a place ("Somerville College"), and one
 *   headed by a prize's, a work's, a festival's or a battle's word misc ("Grammy Award for Best
 *   Album", "Goldberg Variations", "Third Battle of Ypres", "Best Actress");
 * - a pronoun with its verb is no name ("I’m"), a participle opening a biography's clause no place
 *   ("Born in Sheffield"), and a known place's name of two words or more no person ("Raleigh, North
 *   Carolina");
 * - a web address written as a name is an outlet or a site ("News.Az", "Amazon.com");
 * - a social-media handle ("@BrianKempGA") is misc, as the 2020 annotation guidelines have it, and
 *   so are a platform something is said or followed on ("said on Twitter") and a name with a number
 *   ("COVID-19", "MiG-29").
 */
import type { Token } from '../tokenize';
import { gazBits, phraseGazetteer, wordGazetteer, type Lexicon, type WordInfo } from './features';
import { hashString } from './hash';
import type { TokenSpan } from './tagger';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

const HOLIDAY = gazBits('holiday');
/** What makes a holiday's name also a name ("Australia Day" gives "Australia", a country). */
export const KNOWN_NAME = gazBits(
  'mined-person',
  'mined-organization',
  'mined-place',
  'country',
  'city',
  'region',
  'demonym',
  'company',
  'brand',
  'known-organization',
);
const COMMON_WORD = gazBits('common-word');
const NAMED_PLACE = gazBits('country', 'region', 'city');
const MINED_PERSON = gazBits('mined-person');
export const STATE_OR_COUNTRY = gazBits('region', 'country');
/** Known as a body by compromise's lexicon or simple-icons (a team, a brand), not only by word lists. */
export const KNOWN_TEAM = gazBits('brand', 'known-organization');

/** Forms of address that only ever stand before a person's name. */
export const FORMS_OF_ADDRESS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);

/** Brands, companies and known organizations: names no description makes a place or a platform's post. */
export const KNOWN_BRAND = gazBits('brand', 'company', 'known-organization');
const KNOWN_ORGANIZATION = gazBits('mined-organization', 'brand', 'company', 'known-organization');
/** A possessive's ending as its own token ("’s", "'"). */
export const POSSESSIVE = /^['’]s?$/u;
const ON = hashString('on');
const IN = hashString('in');
const COUNTY = hashString('county');
const CITY = hashString('city');
const AT_PLACE = new Set(['in', 'from', 'near'].map(hashString));
const TOWN_OR_CITY = gazBits('city', 'town', 'region');
/** A county's town ("Riverside"), not a club's name ("Derby", "Stirling"). */
const isTownNotClub = (gaz: number): boolean => (gaz & TOWN_OR_CITY) !== 0 && !(gaz & KNOWN_ORGANIZATION);
const HOLDINGS = new Set(['shares', 'stake', 'stakes', 'holding', 'holdings'].map(hashString));
export const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your'].map(hashString));
/** What is done on a platform, before "on" ("said on Twitter", "followers on Instagram"). */
const POSTING = new Set(
  [
    'said',
    'says',
    'wrote',
    'writes',
    'posted',
    'posts',
    'tweeted',
    'announced',
    'shared',
    'followers',
    'live',
    'streamed',
    'video',
  ].map(hashString),
);
const OF_LIKE = new Set(['of', 'at', 'in', 'from', 'for'].map(hashString));
const PREPOSITIONS = new Set(
  ['for', 'in', 'at', 'on', 'with', 'from', 'by', 'to', 'after', 'before', 'during'].map(hashString),
);
const PARTICIPLES = new Set(
  ['born', 'raised', 'educated', 'based', 'founded', 'located', 'situated', 'formed'].map(hashString),
);
const CONTRACTION = /^(?:i|we|you|they|he|she|it)['’](?:m|ve|ll|d|re|s)$/iu;
/** The calendar's words, as word hashes: months written out, months with their abbreviations, days. */
export const MONTH_NAMES = new Set(
  'january february march april may june july august september october november december'
    .split(' ')
    .map(hashString),
);
export const MONTHS = new Set([
  ...MONTH_NAMES,
  ...'jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.'
    .split(' ')
    .map(hashString),
]);
export const WEEKDAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday'.split(' ').map(hashString),
);
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'bin', 'ibn'].map(hashString));
const PERSONAL_PARTICLES = new Set(['von', 'van', 'bin', 'ibn'].map(hashString));
/**
 * Offices and bodies a state's or a country's name stands before ("the Texas senator", "Iowa
 * voters"), not a team's ("Florida coach"), for which the 1996 sports pages teach the tagger an
 * organization, nor a university's ("Texas president Jay Hartzell").
 */
const STATE_OFFICES = new Set(
  (
    'senator sen governor gov rep representative congressman congresswoman lawmaker lawmakers ' +
    'legislator legislators legislature attorney mayor minister premier delegate delegates ' +
    'delegation official officials voters'
  ).split(' '),
);

/**
 * Words for the followers of a faith, for a faith, and for peoples no country list names. Not
 * "Christian", a first name as often.
 */
const FAITHS_AND_PEOPLES = new Set(
  (
    'muslim muslims moslem moslems christians jew jews jewish catholic catholics protestant ' +
    'protestants evangelical evangelicals mormon mormons hindu hindus sikh sikhs buddhist buddhists ' +
    'sunni sunnis shia shiite shiites islam islamic christianity judaism hinduism buddhism ' +
    'anglican anglicans baptists methodist methodists lutheran lutherans presbyterians quaker ' +
    'quakers episcopalians pentecostals islamist islamists zionist zionists druze alawite alawites ' +
    'copts latino latinos latina latinas latinx hispanic hispanics arab arabs kurd kurds kurdish ' +
    'hutu hutus tutsi tutsis tamils uighur uighurs'
  )
    .split(' ')
    .map(hashString),
);
const HYPHEN_AMERICAN = /^(\p{Lu}\p{Ll}+)-Americans?$/u;
/** A people's word, as a country list or the training text's misc names have it ("Cuban", "African"). */
const PEOPLE_WORD = gazBits('demonym', 'mined-misc');

/** Ranks written before a ruler's or a royal's name. */
const RANKS = new Set(
  ['sheikh', 'emir', 'king', 'queen', 'prince', 'princess', 'sultan', 'pope'].map(hashString),
);

/** Last words of the names of ways and crossings (not "County": Notts County is a club). */
const PLACE_HEADS = new Set(
  [
    'corridor',
    'road',
    'street',
    'avenue',
    'highway',
    'motorway',
    'route',
    'canal',
    'strait',
    'bridge',
    'tunnel',
    'building',
    'trail',
  ].map(hashString),
);
/**
 * Last words of the names of lands and grounds, which no person's or body's name ends with ("Danubian
 * Plain", "Targovishte Province", "Balkan Mountains"), unlike "Stephen Street" or "Hampden Park".
 */
const LAND_HEADS = new Set(
  (
    'province plain plains mountains valley peninsula desert islands cemetery basin forest gallery ' +
    'museum river'
  )
    .split(' ')
    .map(hashString),
);

/**
 * Last words of a business's name ("Nielsen Sports", "Hut Group", "Mizuho Securities"), which the
 * tagger reads as a person's, or as a place's where the first word names one ("Orange Holdings"): no
 * person's or place's name ends with them.
 */
const BUSINESS_HEADS = new Set(
  (
    'group holdings sports media capital partners ventures technologies systems industries ' +
    'enterprises securities investments insurance bancorp financial communications networks ' +
    'electronics pharmaceuticals motors labs films pictures productions records studios entertainment ' +
    'research'
  )
    .split(' ')
    .map(hashString),
);
/**
 * Last words that only an organization's name ends with ("Domino Records", "Bolton Wanderers"), and
 * that only a work's, a prize's or an event's name does ("Goldberg Variations", "Grammy Award",
 * "FA Cups"): the name's head says what it is where its context, the tagger's evidence, misleads.
 */
const ORG_HEADS = new Set(
  (
    'records recordings airlines airways railway railways party council commission ministry ' +
    'university college institute academy association society federation union club corporation ' +
    'company bank agency authority committee foundation board orchestra wanderers rovers athletic ' +
    'albion hotspur fc studios entertainment films pictures army fleet regiment'
  )
    .split(' ')
    .map(hashString)
    .concat([...BUSINESS_HEADS]),
);
/** Of those, the words that tell a school or a studio from the building or grounds it stands in. */
const SCHOOL_HEADS = new Set(
  'university college institute academy society studios records'.split(' ').map(hashString),
);
const MISC_HEADS = new Set(
  (
    'cup cups prize prizes award awards trophy championship championships olympics variations ' +
    'concerto concertos sonata requiem festival medal chart war battle siege series trilogy'
  )
    .split(' ')
    .map(hashString),
);

const COURT = hashString('court');
const COURT_KINDS = new Set(
  (
    'high supreme district federal appeals appellate constitutional criminal international european ' +
    'circuit county crown magistrates military revolutionary family superior juvenile state tax ' +
    'bankruptcy claims commercial administrative arbitration'
  )
    .split(' ')
    .map(hashString),
);

/** Heads of laws' and treaties' names ("Internal Market Bill", "Paris Agreement"): misc, but for a
 * person's name ("Buffalo Bill"). */
const LAW_HEADS = new Set(['act', 'bill', 'agreement', 'accord', 'protocol'].map(hashString));

/** First words of the names of natural places. */
const PLACE_LEADS = new Set(
  ['river', 'lake', 'mount', 'mt', 'cape', 'loch', 'lough', 'isle'].map(hashString),
);
/** An award's category ("Best Actress", not "Best Buy") and an animation house ("Studio Ghibli"). */
const BEST = hashString('best');
const AWARD_CATEGORIES = new Set(
  (
    'actor actress director picture film drama comedy song album novel series score screenplay ' +
    'documentary performance musical artist play book record'
  )
    .split(' ')
    .map(hashString),
);
const STUDIO = hashString('studio');
const MOUNT = new Set(['mount', 'mt', 'mt.'].map(hashString));
const HEAD_ENDS = new Set(['of', 'for'].map(hashString));

const WEB_NAME = /^\p{L}[\p{L}\p{N}-]*\.\p{L}{2,3}$/u;

/**
 * A name with a number ("COVID-19", "MiG-29", "CAC-40"): a disease, a vaccine, a model or an index,
 * misc, unless its letters are a common word ("Under-21") or it is a known organization's name
 * ("MyPa-47", a club).
 */
function isNamedNumber(t: Token, lexicon: Lexicon): boolean {
  const m = /^(\p{Lu}[\p{L}]{2,})-\d{1,4}$/u.exec(t.text);
  return m !== null && !(wordGazetteer(lexicon, m[1]!) & COMMON_WORD);
}

export function isAddress(t: Token): boolean {
  return FORMS_OF_ADDRESS.has(t.text.replace(/\.$/u, '').toLowerCase());
}

function isNameWord(w: WordInfo, t: Token): boolean {
  return w.cap && !w.allCaps && t.text.length > 1 && !isAddress(t);
}

export function retypeSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  words: readonly WordInfo[],
  lexicon: Lexicon,
): TokenSpan[] {
  const gazOf = (first: number, last: number): number => phraseGazetteer(lexicon, words, first, last);
  // Name words after a rank, the last no common word ("Prince Edward Island" is a place).
  const namedAfterRank = (first: number, last: number): boolean => {
    for (let i = first; i < last; i++) if (!/^\p{Lu}|^\p{Ll}+-\p{Lu}/u.test(tokens[i]!.text)) return false;
    return !(gazOf(last - 1, last) & COMMON_WORD);
  };
  // "said on Twitter", "1.3 million followers on Instagram", "wrote on his Facebook page".
  const onPlatform = (i: number): boolean => {
    let k = i - 1;
    if (k >= 0 && POSSESSIVES.has(words[k]!.lower)) k--;
    if (k < 1 || words[k]!.lower !== ON) return false;
    const before = words[k - 1]!;
    return POSTING.has(before.lower) || (before.hasDigit && !before.hasLetter);
  };
  // A name of two words or more typed by what it is made of: its first word ("River Inagh", "Mount
  // Kosciuszko", "Loch Ness": a place, unless the whole is a known club, "River Plate", a person,
  // "Lake Bell", or named with a common word, "Cape Cod Times", "Cape Air"), its last ("Silk
  // Road") or its head, which stands before "of" or "for" ("Grammy Award for Best Album",
  // "University of Paris"). Else the type it has.
  const typeByParts = (sp: TokenSpan): number => {
    if (sp.last - sp.first < 2) return sp.type;
    const lastWord = words[sp.last - 1]!.lower;
    let common = false;
    for (let i = sp.first + 1; i < sp.last; i++) if (gazOf(i, i + 1) & COMMON_WORD) common = true;
    if (
      sp.type !== LOC &&
      sp.type !== PER &&
      PLACE_LEADS.has(words[sp.first]!.lower) &&
      !common &&
      !ORG_HEADS.has(lastWord) &&
      !MISC_HEADS.has(lastWord) &&
      !(gazOf(sp.first, sp.last) & KNOWN_ORGANIZATION)
    )
      return LOC;
    const firstWord = words[sp.first]!.lower;
    if (firstWord === BEST && words.slice(sp.first + 1, sp.last).some((w) => AWARD_CATEGORIES.has(w.lower)))
      return MISC;
    if (firstWord === STUDIO && sp.type === PER) return ORG;
    if (sp.type !== PER && PLACE_HEADS.has(lastWord)) return LOC;
    if (LAND_HEADS.has(lastWord) && !(gazOf(sp.first, sp.last) & KNOWN_ORGANIZATION)) return LOC;
    let head = sp.last - 1;
    for (let i = sp.first + 1; i < sp.last - 1; i++)
      if (HEAD_ENDS.has(words[i]!.lower)) {
        head = i - 1;
        break;
      }
    const headWord = words[head]!.lower;
    if (sp.type === PER && ORG_HEADS.has(headWord)) return ORG;
    if (sp.type === LOC && (SCHOOL_HEADS.has(headWord) || BUSINESS_HEADS.has(headWord))) return ORG;
    // "in the High Court", "the Sindh High Court": a court that rules by its kind, not a ground a
    // match is played on ("Stadium Court") nor a place ("Earls Court")
    if (
      sp.type === LOC &&
      headWord === COURT &&
      words.slice(sp.first, head).some((w) => COURT_KINDS.has(w.lower))
    )
      return ORG;
    if (MISC_HEADS.has(headWord) || (LAW_HEADS.has(headWord) && sp.type !== PER)) return MISC;
    return sp.type;
  };
  // "African-Americans", "Cuban-American", not "Anglo-American" (a miner) or "Pan-American"
  const hyphenAmerican = (text: string): boolean => {
    const m = HYPHEN_AMERICAN.exec(text);
    return m !== null && (wordGazetteer(lexicon, m[1]!) & PEOPLE_WORD) !== 0;
  };
  // "in Cleveland", "in Texas": a city's or a state's name after "in" is where something is, not the
  // team of that name the 1996 sports pages taught the tagger; not a team's win ("in Metz's 3-1
  // victory") nor a company's shares ("Shares in Slough")
  const inPlace = (sp: TokenSpan): boolean =>
    words[sp.first - 1]?.lower === IN &&
    words[sp.first - 1]!.lowerStart &&
    !POSSESSIVE.test(tokens[sp.last]?.text ?? '') &&
    !HOLDINGS.has(words[sp.first - 2]?.lower ?? 0);
  const out: TokenSpan[] = [];
  for (let sp of spans) {
    // "For New Year's Eve": a preposition opening a sentence is no part of a name; "London, Britain
    // January 8": nor is a date after it.
    while (sp.last - sp.first > 1 && PREPOSITIONS.has(words[sp.first]!.lower))
      sp = { ...sp, first: sp.first + 1 };
    // "Shares of Wells Fargo fell": a capitalised plural common word and a preposition before a name,
    // when the whole is no known name ("Friends of the Earth" has no capital after its "of").
    if (
      sp.last - sp.first > 2 &&
      OF_LIKE.has(words[sp.first + 1]!.lower) &&
      words[sp.first + 2]!.cap &&
      /[^s]s$/u.test(tokens[sp.first]!.text) &&
      gazOf(sp.first, sp.first + 1) & COMMON_WORD &&
      !gazOf(sp.first, sp.last)
    )
      sp = { ...sp, first: sp.first + 2 };
    if (sp.last - sp.first > 1 && MONTHS.has(words[sp.last - 1]!.lower) && words[sp.last]?.hasDigit)
      sp = { ...sp, last: sp.last - 1 };
    // "Gennifer Flowers Won't": the stem of a negated verb ends no name.
    if (sp.last - sp.first > 1 && /^n['’]t$/iu.test(tokens[sp.last]?.text ?? ''))
      sp = { ...sp, last: sp.last - 1 };
    const gaz = gazOf(sp.first, sp.last);
    if (gaz & HOLIDAY && !(gaz & KNOWN_NAME)) continue;
    // “I’m …”, "We've": a pronoun with its verb opening a quotation, no name
    if (
      CONTRACTION.test(
        tokens
          .slice(sp.first, sp.last)
          .map((t) => t.text)
          .join(''),
      )
    )
      continue;
    // "Born in Sheffield, she …": a participle opening a biography's clause, no place
    if (
      sp.last - sp.first === 1 &&
      PARTICIPLES.has(words[sp.first]!.lower) &&
      PREPOSITIONS.has(words[sp.last]?.lower ?? 0)
    )
      continue;
    // "Slideshow (68 images)": a web page's link to its pictures, no name.
    if (
      tokens[sp.last]?.text === '(' &&
      words[sp.last + 1]?.hasDigit &&
      /^(?:images|photos)$/iu.test(tokens[sp.last + 2]?.text ?? '')
    )
      continue;
    if (isAddress(tokens[sp.first]!)) {
      if (sp.last - sp.first > 1) out.push({ first: sp.first + 1, last: sp.last, type: PER });
      continue;
    }
    // "Sheikh Nawaf al-Ahmad al-Sabah", "Queen Elizabeth": a rank before a name is no part of it,
    // and makes it a person's.
    if (
      sp.last - sp.first > 1 &&
      RANKS.has(words[sp.first]!.lower) &&
      namedAfterRank(sp.first + 1, sp.last)
    ) {
      out.push({ first: sp.first + 1, last: sp.last, type: PER });
      continue;
    }
    const before = words[sp.first - 1];
    if (before?.cap && RANKS.has(before.lower) && namedAfterRank(sp.first, sp.last)) {
      out.push({ ...sp, type: PER });
      continue;
    }
    // "von der Leyen": the lower-case particles of a surname are part of it, and "von", "van", "bin"
    // or "ibn" make it a person's ("de" also joins places: "Banco de Mexico").
    let first = sp.first;
    while (first > 0 && PARTICLES.has(words[first - 1]!.lower) && words[first - 1]!.lowerStart) first--;
    if (first < sp.first && (sp.type === PER || PERSONAL_PARTICLES.has(words[first]!.lower)))
      sp = { ...sp, first, type: PER };
    // "Mount Kessler is a stratovolcano": a mountain's name, the tagger's person without its "Mount"
    const lead = words[sp.first - 1];
    const prev = out[out.length - 1];
    if (sp.type === PER && lead?.cap && MOUNT.has(lead.lower) && !(prev && prev.last >= sp.first)) {
      out.push({ ...sp, first: sp.first - 1, type: LOC });
      continue;
    }
    // "Raleigh, North Carolina": a place's name of two words or more is no person's
    const placeGaz = gazOf(sp.first, sp.last);
    // "Birmingham City", "Stoke City": a town's name and "City", where no list knows the whole as
    // a city ("Kansas City", "Mexico City", "Iowa City" are), is its football club, as "Manchester
    // City" and "Bristol City" are on CoNLL train
    const town = gazOf(sp.first, sp.first + 1);
    if (
      sp.type === LOC &&
      sp.last - sp.first === 2 &&
      words[sp.last - 1]!.lower === CITY &&
      // a place where things happen is the city: "a bomb exploded in Davao City"
      !AT_PLACE.has(words[sp.first - 1]?.lower ?? 0) &&
      !(placeGaz & TOWN_OR_CITY) &&
      (placeGaz & KNOWN_ORGANIZATION || (town & TOWN_OR_CITY && !(town & STATE_OR_COUNTRY)))
    ) {
      out.push({ ...sp, type: ORG });
      continue;
    }
    if (sp.type === PER && sp.last - sp.first > 1 && placeGaz & NAMED_PLACE && !(placeGaz & MINED_PERSON)) {
      out.push({ ...sp, type: LOC });
      continue;
    }
    // "Muslims", "Latinos", "African-Americans": a faith's or a people's word alone is misc, as the
    // guidelines have nationalities; 1996 text wrote "Moslem", and seldom the others
    if (
      sp.last - sp.first === 1 &&
      (FAITHS_AND_PEOPLES.has(words[sp.first]!.lower) || hyphenAmerican(tokens[sp.first]!.text))
    ) {
      out.push({ ...sp, type: MISC });
      continue;
    }
    // "Riverside County", "Los Angeles County": a town's county is a place, where neither the whole
    // nor the town is known as a club's name ("Derby County", "Notts County", "Stirling"); and no
    // person's name ends in "County" ("Barnes County, N.Dak.")
    if (
      sp.last - sp.first >= 2 &&
      words[sp.last - 1]!.lower === COUNTY &&
      !(placeGaz & KNOWN_ORGANIZATION) &&
      (sp.type === PER || (sp.type === ORG && isTownNotClub(gazOf(sp.first, sp.last - 1))))
    ) {
      out.push({ ...sp, type: LOC });
      continue;
    }
    // "Salem, New Hampshire", "Laredo, Texas": a state or a country after a place and its comma;
    // "the Texas senator", "Texas Sen. Ted Cruz": one before an office, whose land it names; and a
    // city, a state or a country after "in"
    if (sp.type === ORG && placeGaz & NAMED_PLACE && !(placeGaz & KNOWN_TEAM)) {
      const state = (placeGaz & STATE_OR_COUNTRY) !== 0;
      const after = tokens[sp.first - 1]?.text === ',' && prev?.type === LOC && prev.last === sp.first - 1;
      const next = tokens[sp.last]?.text.replace(/\.$/u, '').toLowerCase();
      const office = next !== undefined && STATE_OFFICES.has(next);
      if ((state && (after || office)) || inPlace(sp)) {
        out.push({ ...sp, type: LOC });
        continue;
      }
    }
    const type = typeByParts(sp);
    out.push(type === sp.type ? sp : { ...sp, type });
  }
  // Mentions the tagger left out, or typed by their look alone: they replace what overlaps them,
  // unless the tagger found them already with this type.
  const added: TokenSpan[] = [];
  const propose = (sp: TokenSpan): void => {
    if (!out.some((o) => o.type === sp.type && o.first <= sp.first && sp.first < o.last)) added.push(sp);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (isAddress(t) && next && isNameWord(words[i + 1]!, next)) {
      let last = i + 2;
      while (last < tokens.length && last - i <= 3 && isNameWord(words[last]!, tokens[last]!)) last++;
      propose({ first: i + 1, last, type: PER });
    } else if (
      t.text === '@' &&
      next?.start === t.end &&
      words[i + 1]!.hasLetter &&
      (i === 0 || tokens[i - 1]!.end < t.start)
    ) {
      propose({ first: i, last: i + 2, type: MISC });
    } else if (words[i]!.cap && WEB_NAME.test(t.text)) {
      propose({ first: i, last: i + 1, type: ORG });
    } else if (words[i]!.cap && gazOf(i, i + 1) & KNOWN_BRAND && onPlatform(i)) {
      propose({ first: i, last: i + 1, type: MISC });
    } else if (
      words[i]!.hasDigit &&
      words[i]!.cap &&
      isNamedNumber(t, lexicon) &&
      !(gazOf(i, i + 1) & KNOWN_ORGANIZATION)
    ) {
      propose({ first: i, last: i + 1, type: MISC });
    }
  }
  if (added.length === 0) return out;
  const kept = out.filter((sp) => !added.some((a) => a.first < sp.last && sp.first < a.last));
  return [...kept, ...added].sort((a, b) => a.first - b.first);
}
