/**
 * "Sentix Managing Director Patrick Hussy", "Yara Chief Executive Svein Tore Holsether": capitalized
 * words before an office and the person holding it name the body the office is in. The tagger,
 * knowing neither company, leaves them out; on CoNLL-2003 train every name written so (47 of 47) is
 * an organization, a people or a place, never a person.
 */
import type { Token } from '../tokenize';
import { gazBits, phraseGazetteer, wordGazetteer, type Lexicon, type WordInfo } from './features';
import { keyOf, surnameKey } from './descriptors';
import { isAddress, POSSESSIVES } from './retype';
import type { TokenSpan } from './tagger';

const PER = 0;
const ORG = 1;
const LOC = 2;
/** A known place's name before an office is where it is held: "Kiev Mayor Vitali Klitschko". */
const PLACE = gazBits('country', 'city', 'region', 'mined-place');
const COUNTRY = gazBits('country');
/** Offices held in a town, a state or a region. */
const PLACE_OFFICES = new Set(
  'mayor governor gov lieutenant lt senator sen representative rep congressman congresswoman assemblyman assemblywoman sheriff premier minister councillor councilman councilwoman'.split(
    ' ',
  ),
);
const NOT_PLACE = gazBits('demonym', 'mined-person', 'mined-organization', 'company', 'known-organization');
const ROLE = gazBits('role');
/** Words of an office's name that no list of roles holds alone ("Managing Director", "Chief Executive"). */
const OFFICE_WORDS = new Set(
  'managing executive vice deputy general senior acting interim financial operating technology'.split(' '),
);
/** Words that say what the capitals are instead: a common word, a people, a place, a first name. */
const NOT_A_BODY = gazBits('common-word', 'demonym', 'country', 'city', 'region', 'person-name');

/**
 * Adds the bodies before offices, or retypes the person the tagger read there, with every other
 * mention of that name: not a word known as a first name ("Hillary Clinton Spokesman Brian
 * Fallon"), a surname some person in the article has in full ("Clinton Spokesman Mike McCurry"
 * beside "Bill Clinton") or a name written after a title elsewhere ("Speaker Pelosi").
 */
export function bodiesBeforeOffices(
  spans: TokenSpan[],
  tokens: readonly Token[],
  words: readonly WordInfo[],
  lexicon: Lexicon,
): TokenSpan[] {
  const isRole = (i: number): boolean =>
    words[i]!.cap &&
    !words[i]!.allCaps &&
    (OFFICE_WORDS.has(tokens[i]!.text.toLowerCase()) ||
      (wordGazetteer(lexicon, tokens[i]!.text) & ROLE) !== 0);
  // "Then-Vice President", "Co-Premiers": an office of its own, not a body
  const hyphenedOffice = (t: string): boolean => {
    const m = /^(\p{L}+)-(\p{L}+)$/u.exec(t);
    return (
      m !== null &&
      (/^(?:co|vice|ex|then|former|now)$/iu.test(m[1]!) ||
        OFFICE_WORDS.has(m[2]!.toLowerCase()) ||
        (wordGazetteer(lexicon, m[2]!) & ROLE) !== 0)
    );
  };
  const bodyWord = (i: number): boolean =>
    words[i]!.cap &&
    !isRole(i) &&
    !hyphenedOffice(tokens[i]!.text) &&
    !(wordGazetteer(lexicon, tokens[i]!.text) & NOT_A_BODY);
  const bodies = new Map<string, TokenSpan>();
  const places: TokenSpan[] = [];
  spans.forEach((sp, k) => {
    if (sp.type !== PER) return;
    let role = sp.first;
    while (role > 0 && sp.first - role < 3 && isRole(role - 1)) role--;
    if (role === sp.first) return;
    // an office a place has ("Kiev Mayor", "Sindh Chief Minister"), or a country's ("US President");
    // a town's club has a president too ("Getafe President Angel Torres")
    const placeOffice = tokens
      .slice(role, sp.first)
      .some((t) => PLACE_OFFICES.has(t.text.toLowerCase().replace(/\.$/u, '')));
    for (let first = Math.max(0, role - 3); first < role; first++) {
      const g = phraseGazetteer(lexicon, words, first, role);
      if (!words[first]!.cap || !(g & PLACE) || g & NOT_PLACE || words[first - 1]?.cap) continue;
      if (!placeOffice && !(g & COUNTRY)) continue;
      const prev = spans[k - 1];
      // a place the tagger left out, or read as the body the office is in (not a people's
      // adjective: "Saudi Prince Alwaleed")
      if (!prev || prev.last <= first || (prev.first === first && prev.last === role && prev.type === ORG))
        places.push({ first, last: role, type: LOC });
      return;
    }
    let first = role;
    while (first > 0 && role - first < 3 && bodyWord(first - 1)) first--;
    const prev = spans[k - 1];
    // the body is all the tagger's mention before the office, or words it left out
    if (first === role || (prev && prev.last > first && (prev.first !== first || prev.last !== role))) return;
    // the capitals open a sentence or follow a lower-case word: "said Sentix Managing Director …";
    // not a possessive's ("his Majesty King Hassan")
    const before = words[first - 1];
    if (before && (before.cap || /^['’]s$/u.test(tokens[first - 1]!.text) || POSSESSIVES.has(before.lower)))
      return;
    const body = { first, last: role, type: ORG };
    bodies.set(keyOf(words, body), body);
  });
  if (places.length) {
    const at = new Set(places.map((p) => p.first));
    spans = [...spans.filter((sp) => !at.has(sp.first)), ...places].sort((a, b) => a.first - b.first);
  }
  if (!bodies.size) return spans;
  // read the rest of the article only for the few that have a body before an office
  const notBodies = new Set<string>();
  for (const sp of spans) if (sp.type === PER && sp.last - sp.first > 1) notBodies.add(surnameKey(words, sp));
  for (let i = 1; i < tokens.length; i++)
    if (isAddress(tokens[i - 1]!) || isRole(i - 1)) notBodies.add(keyOf(words, { first: i, last: i + 1 }));
  for (const key of notBodies) bodies.delete(key);
  if (!bodies.size) return spans;
  const out = spans.map((sp) =>
    sp.type === PER && bodies.has(keyOf(words, sp)) ? { ...sp, type: ORG } : sp,
  );
  for (const body of bodies.values())
    if (!out.some((sp) => sp.first < body.last && body.first < sp.last)) out.push(body);
  return out.sort((a, b) => a.first - b.first);
}
