/**
 * Span repairs that read what a name is made of, where 1996 training text could not teach it:
 * - a holiday is a date, not a place or a person ("for Christmas", "Christmas Eve");
 * - a form of address makes the name after it a person ("Mr. Xi", "Dr. Fauci"), without itself;
 * - a name ending in a word for a way or a crossing is a place ("Middle Corridor", "Silk Road");
 * - a web address written as a name is an outlet or a site ("News.Az", "Amazon.com");
 * - a social-media handle ("@BrianKempGA") is misc, as the 2020 annotation guidelines have it.
 */
import type { Token } from '../tokenize';
import { GAZ_CLASSES, MAX_PHRASE, phraseHash, type Lexicon, type WordInfo } from './features';
import { hashString } from './hash';
import type { TokenSpan } from './tagger';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

const bit = (c: (typeof GAZ_CLASSES)[number]): number => 1 << GAZ_CLASSES.indexOf(c);
const HOLIDAY = bit('holiday');
/** What makes a holiday's name also a name ("Australia Day" gives "Australia", a country). */
const KNOWN_NAME = (
  [
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
  ] as const
).reduce((m, c) => m | bit(c), 0);

/** Forms of address that only ever stand before a person's name. */
export const FORMS_OF_ADDRESS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);

const WAYS = new Set(
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
  ].map(hashString),
);

const WEB_NAME = /^\p{L}[\p{L}\p{N}-]*\.\p{L}{2,3}$/u;

function isAddress(t: Token): boolean {
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
  const gazOf = (first: number, last: number): number =>
    last - first > MAX_PHRASE
      ? 0
      : lexicon.gazetteer(phraseHash(words.slice(first, last).map((w) => w.lower)));
  const out: TokenSpan[] = [];
  for (const sp of spans) {
    const gaz = gazOf(sp.first, sp.last);
    if (gaz & HOLIDAY && !(gaz & KNOWN_NAME)) continue;
    if (isAddress(tokens[sp.first]!)) {
      if (sp.last - sp.first > 1) out.push({ first: sp.first + 1, last: sp.last, type: PER });
      continue;
    }
    if (sp.last - sp.first > 1 && sp.type !== PER && WAYS.has(words[sp.last - 1]!.lower)) {
      out.push({ ...sp, type: LOC });
      continue;
    }
    out.push(sp);
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
    }
  }
  if (added.length === 0) return out;
  const kept = out.filter((sp) => !added.some((a) => a.first < sp.last && sp.first < a.last));
  return [...kept, ...added].sort((a, b) => a.first - b.first);
}
