/**
 * A dateline is a place: "MILWAUKEE , Wisconsin 1996-08-29", "WASHINGTON , Dec 7 ( Reuters ) -",
 * "LONDON (AP) —". News opens its stories so; the tagger, reading a city's name in capitals where
 * the sports pages put a team's, types it by the team (on CoNLL-2003 train, 899 of 910 datelines
 * open with a place, the others mostly annotation slips).
 */
import type { Token } from '../tokenize';
import { gazBits, phraseGazetteer, type Lexicon, type WordInfo } from './features';
import { MONTHS, WEEKDAYS } from './retype';
import { hashString } from './hash';
import type { TokenSpan } from './tagger';

const LOC = 2;
const KNOWN_ORGANIZATION = gazBits('known-organization', 'mined-organization');
const PLACE = gazBits('city', 'town', 'country', 'region');
const TODAY = hashString('today');
const JOINERS = /^(?:in|on|of|at|to|for|and|by|with|from)$/iu;
const AGENCY = /^(?:reuters|ap|afp|upi|xinhua|dpa|ansa|efe|bloomberg)$/iu;

/**
 * Whether a dateline's end follows at `j`: a date, an agency's name in brackets, or a dash after a
 * known place (a dash alone follows a section's name as often: "SOCCER - ENGLISH LEAGUE RESULTS").
 * A date ends the line or comes before the agency, a dash or a comma: "FEMA Sept. 3 report found
 * …" opens a sentence with a date that is no dateline.
 */
function datelineEnd(
  tokens: readonly Token[],
  words: readonly WordInfo[],
  j: number,
  end: number,
  knownPlace: boolean,
): boolean {
  const t = (k: number): string => (k < end ? tokens[k]!.text : '');
  const boundary = (k: number): boolean => k >= end || /^[(,\-—–]$/u.test(t(k));
  if (/^\d{4}-\d\d-\d\d$/u.test(t(j))) return boundary(j + 1);
  if (j < end && MONTHS.has(words[j]!.lower) && /^\d{1,2}$/u.test(t(j + 1))) return boundary(j + 2);
  if (t(j) === '(' && AGENCY.test(t(j + 1)) && t(j + 2) === ')') return true;
  return knownPlace && /^[-—–]$/u.test(t(j)) && j + 1 < end;
}

/** Retypes (or adds) the place and its region at the start of each dateline sentence. */
export function datelinePlaces(
  spans: TokenSpan[],
  tokens: readonly Token[],
  words: readonly WordInfo[],
  sentences: readonly { first: number; last: number }[],
  lexicon: Lexicon,
): TokenSpan[] {
  const places: TokenSpan[] = [];
  for (const s of sentences) {
    let j = s.first;
    while (j < s.last && words[j]!.allCaps) j++;
    const city = { first: s.first, last: j };
    if (j === s.first) continue;
    // "FRIDAY , AUGUST 30": a date's own line in a results table
    const lead = words[s.first]!;
    if (!lead.hasLetter || WEEKDAYS.has(lead.lower) || lead.lower === TODAY) continue;
    // a city's name is short and holds no preposition: "U.S. EMBASSY IN ATHENS CLOSED ON LABOUR
    // DAY , SEP 2" is a headline
    const cityWords = tokens.slice(s.first, j).filter((t) => /\p{L}/u.test(t.text));
    if (cityWords.length > 3 || cityWords.some((t) => JOINERS.test(t.text))) continue;
    // "A Feb. 1 letter …": an article opening a sentence, no city
    if (cityWords.length === 1 && cityWords[0]!.text.length < 3) continue;
    let region: { first: number; last: number } | null = null;
    if (tokens[j]?.text === ',') {
      let k = j + 1;
      while (k < s.last && words[k]!.cap && !MONTHS.has(words[k]!.lower)) k++;
      if (k > j + 1) region = { first: j + 1, last: k };
      j = k;
    }
    const gaz = phraseGazetteer(lexicon, words, city.first, city.last);
    if (!datelineEnd(tokens, words, j, s.last, (gaz & PLACE) !== 0)) continue;
    // "UNITED NATIONS 1996-08-22": a body that has its own dateline
    if (gaz & KNOWN_ORGANIZATION) continue;
    places.push({ ...city, type: LOC });
    if (region) places.push({ ...region, type: LOC });
  }
  if (!places.length) return spans;
  const kept = spans.filter((sp) => !places.some((p) => p.first < sp.last && sp.first < p.last));
  return [...kept, ...places].sort((a, b) => a.first - b.first);
}
