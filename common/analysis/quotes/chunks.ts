/**
 * The mentions that can be a quotation's source: a noun-phrase scan over tokens (names, titled
 * names, descriptions, pronouns) plus the quantities, possessives and relatives that speak, and the
 * subject of a verb for reported speech.
 */
import { isCue, mentionsIn, type Ctx, type Features } from './context';
import { ADVERBS, cueAt, isAdverb, mainSubject } from './subjects';
import { isDash, type Tok } from './text';
import {
  CUE_VERBS,
  DETERMINERS,
  pronounOf,
  SENTENCE_STARTERS,
  SPEAKER_NOUNS,
  STOP_WORDS,
  TITLES,
} from './lexicon';

export type ChunkType = 'he' | 'they' | 'it' | 'i' | 'who' | 'name' | 'desc' | 'descN' | 'bare';

/** How a chunk was found, when not by the usual noun-phrase scan. */
type ChunkVia = 'quant' | 'poss' | 'rel';

/** A candidate's mention before it is placed in a region and given features. */
export type Chunk = Omit<Candidate, 'region' | 'features'>;

export interface Candidate {
  /** Token range [ts, te). */
  ts: number;
  te: number;
  start: number;
  end: number;
  type: ChunkType;
  via?: ChunkVia;
  region: string;
  features: Features;
}

const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december today tonight'
  ).split(' '),
);

/** Prepositions that carry a name or description on to its complement ("a spokesman for the campaign"). */
const LINKING = new Set(['of', 'to', 'for']);

export function chunksIn(ctx: Ctx, a: number, b: number): Chunk[] {
  const { toks, inPair } = ctx;
  const out: Chunk[] = [];
  const ok = (j: number): boolean => j < b && inPair[j]! < 0 && toks[j]!.word;
  let i = a;
  while (i < b) {
    const t = toks[i]!;
    if (!ok(i)) {
      i++;
      continue;
    }
    // sources the noun-phrase scan below does not see: a quantity that speaks ("21 percent said",
    // "Another tweeted", "most said"), a possessive before a speech noun ("her remark that “…”"),
    // a relative pronoun that is a cue's subject ("a message that said “…”")
    const special = specialChunk(ctx, i, b);
    if (special) {
      out.push(special);
      i = special.te;
      continue;
    }
    const sentInitial =
      i === ctx.sentStart[t.sent] || (i > 0 && !toks[i - 1]!.word && toks[i - 1]!.text !== '.');
    let j = i + 1;
    let type: ChunkType | null = null;
    const pron = pronounOf(t.lower);
    if (pron) {
      // "He's" is the pronoun too, never a name
      type =
        pron === 'he' || pron === 'she'
          ? 'he'
          : pron === 'they'
            ? 'they'
            : pron === 'it'
              ? 'it'
              : pron === 'who'
                ? 'who'
                : 'i';
    } else if (
      DETERMINERS.has(t.lower) ||
      // "Her campaign said": "her" is a possessive before a speaker's noun, an object elsewhere
      (t.lower === 'her' && ok(i + 1) && !toks[i + 1]!.cap && SPEAKER_NOUNS.has(toks[i + 1]!.lower))
    ) {
      let n = 0;
      while (ok(j) && n < 7) {
        const u = toks[j]!;
        if (STOP_WORDS.has(u.lower)) {
          // "the Assistant to the President", "a spokesman for the campaign"
          const v = toks[j + 1];
          if (LINKING.has(u.lower) && v && (v.cap || v.lower === 'the')) {
            j++;
            n++;
            continue;
          }
          break;
        }
        if (CUE_VERBS.has(u.lower) && !SPEAKER_NOUNS.has(u.lower) && !u.cap) break;
        // "As the senator put it, “…”": the phrase ends at the verb that makes it a source
        if (/^puts?$/.test(u.lower) && toks[j + 1]?.lower === 'it') break;
        // a second article opens a second noun phrase past a verb the scan cannot tell ("The board
        // met a lawyer"), unless a preposition joined it ("a spokesman for the campaign")
        if (/^(the|a|an)$/.test(u.lower) && !LINKING.has(toks[j - 1]!.lower)) break;
        j++;
        n++;
      }
      // "the" directly before a stop word is no chunk; a speech noun after an adjective is the
      // phrase's noun, not a cue ("a controversial comment"); "the same" names nobody
      const lastWord = toks[j - 1]!.lower;
      const cutAtCue = isCue(toks[j]) && !toks[j - 1]!.cap && !SPEAKER_NOUNS.has(lastWord);
      if (cutAtCue && j > i + 1 && ADJECTIVE_END.test(lastWord) && ok(j)) j++;
      else if (NOT_NOUNS.has(toks[i + 1]?.lower ?? '')) j = i + 1;
      if (j > i + 1) {
        // absorb an abbreviation period (the U.S. Senate)
        type = toks.slice(i + 1, j).some((u) => SPEAKER_NOUNS.has(u.lower)) ? 'descN' : 'desc';
        if (toks.slice(i + 1, j).some((u) => u.cap)) type = type === 'descN' ? 'descN' : 'name';
      }
    } else if (
      t.cap &&
      // a sentence-initial "However" or "Speaking" names nobody, but "Kelly said" and "Read said" do
      !(
        sentInitial &&
        !(isCue(toks[i + 1]) && inPair[i + 1]! < 0) &&
        (SENTENCE_STARTERS.has(t.lower) || /(ing|ly)$/.test(t.lower))
      ) &&
      // "When asked about …" opens a clause whoever speaks
      !(sentInitial && SUBORDINATORS.has(t.lower)) &&
      !CUE_VERBS.has(t.lower)
    ) {
      while (j < b && inPair[j]! < 0) {
        const u = toks[j]!;
        if (u.word && u.cap) j++;
        // an initial's or abbreviation's period inside a name ("Marc H. Morial", "U.S. Senate"), not
        // the sentence's own ("…, said Hester. Michael Mulgrew, …")
        else if (
          u.text === '.' &&
          u.start === toks[j - 1]!.end &&
          toks[j + 1]?.cap &&
          toks[j + 1]!.sent === u.sent &&
          toks[j - 1]!.text.length <= 3
        )
          j++;
        else if (
          (u.lower === 'of' ||
            u.lower === 'the' ||
            u.lower === 'de' ||
            u.lower === 'for' ||
            u.lower === 'to') &&
          toks[j + 1]?.cap &&
          toks[j + 1]!.word &&
          // "invite Gennifer Flowers to Monday's debate": a day is never part of a name
          !CALENDAR.has(toks[j + 1]!.lower)
        )
          j++;
        else if (
          LINKING.has(u.lower) &&
          toks[j + 1]?.lower === 'the' &&
          toks[j + 2]?.cap &&
          inPair[j + 2]! < 0
        )
          j += 2;
        // a hyphen between name words ("Alexandria Ocasio - Cortez"), not a dash after a headline
        // in capitals before a byline ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones:")
        else if (u.text === '-' && toks[j + 1]?.cap && !isCapitals(toks[j - 1]!)) j++;
        else break;
      }
      // a day or month alone names nobody, and four or more words in capitals are a headline, but
      // for a person's name so written ("JOSE MARIA AZNAR LOPEZ")
      const words = toks.slice(i, j).filter((u) => u.word);
      const headline =
        words.length >= 4 &&
        words.every((u) => u.text === u.text.toUpperCase()) &&
        !mentionsIn(ctx, t.start, toks[j - 1]!.end).some(
          (m) => m.type === 'person' && m.start <= t.start && m.end >= toks[j - 1]!.end,
        );
      const dateline = isDateline(ctx, i, j);
      // the agency credited in the dateline's brackets ("LONDON (Reuters) -") filed the story, it
      // says nothing in it
      if (dateline && toks[j]?.text === '(' && toks[j + 2]?.text === ')') {
        i = j + 3;
        continue;
      }
      type = (j === i + 1 && CALENDAR.has(t.lower)) || headline || dateline ? null : 'name';
      // "Republican senators", "Trump aides", "Republican and Democratic senators": a name before the
      // people it qualifies is their description, and those people speak, not the name
      const k = toks[j]?.lower === 'and' && toks[j + 1]?.cap && ok(j + 1) ? j + 2 : j;
      if (type && ok(k) && !toks[k]!.cap && PEOPLE_NOUNS.has(toks[k]!.lower)) {
        j = k + 1;
        while (ok(j) && !toks[j]!.cap && PEOPLE_NOUNS.has(toks[j]!.lower)) j++;
        // "Clinton spokesman Brian Fallon" goes on to the name
        const named = j;
        while (ok(j) && toks[j]!.cap) j++;
        type = j > named ? 'name' : 'descN';
      }
    } else if (SPEAKER_NOUNS.has(t.lower) || (TITLES.has(t.lower) && toks[i + 1]?.cap)) {
      // bare descriptions and lowercase titles before a name: "officials said", "former senator X"
      while (ok(j) && (toks[j]!.cap || SPEAKER_NOUNS.has(toks[j]!.lower) || TITLES.has(toks[j]!.lower))) j++;
      type = toks.slice(i, j).some((u) => u.cap) ? 'name' : 'bare';
    }
    if (type) {
      out.push({ ts: i, te: j, start: t.start, end: toks[j - 1]!.end, type });
      i = j;
    } else i++;
  }
  return out;
}

/**
 * A dateline opening a paragraph ("WASHINGTON –", "LONDON (Reuters) -", "NEW YORK, N.Y. —"): the
 * place the story was filed from, never its speaker. Words in capitals, then a dash before any
 * lower-case word.
 */
function isDateline(ctx: Ctx, i: number, j: number): boolean {
  const { toks } = ctx;
  if (i > 0 && toks[i - 1]!.para === toks[i]!.para) return false;
  // "Washington (AFP) –": an agency's credit in brackets and a dash make a dateline in any case
  if (toks[j]?.text === '(' && toks[j + 1]?.cap && toks[j + 2]?.text === ')' && isDash(toks[j + 3]))
    return true;
  for (let k = i; k < j; k++) if (toks[k]!.word && !isCapitals(toks[k]!)) return false;
  for (let k = j; k < j + 8 && k < toks.length && toks[k]!.para === toks[i]!.para; k++) {
    const u = toks[k]!;
    if (isDash(u)) return true;
    if (u.word && !u.cap) return false;
  }
  return false;
}

const SUBORDINATORS = new Set(
  'when while after before since although though because if unless until whether once as'.split(' '),
);

/** People a name before them may qualify ("Trump aides", "Senate Republicans" is a name itself). */
const PEOPLE_NOUNS = new Set(
  (
    'official officials aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson ' +
    'lawmaker lawmakers senator senators leader leaders supporter supporters voter voters staffer ' +
    'staffers strategist strategists ally allies critic critics analyst analysts economist economists ' +
    'expert experts source sources diplomat diplomats prosecutor prosecutors lawyer lawyers attorney ' +
    'attorneys negotiator negotiators delegate delegates donor donors resident residents member members ' +
    'activist activists executive executives worker workers employee employees student students ' +
    'protester protesters troops soldiers governor governors campaign administration manager ' +
    'chairman chairwoman director secretary chief press communications deputy counsel'
  ).split(' '),
);

/** A word in capitals: two letters or more, none lower-case. */
function isCapitals(t: Tok): boolean {
  return t.word && /\p{L}\p{L}/u.test(t.text) && t.text === t.text.toUpperCase();
}

/** Endings of adjectives, which end a noun phrase only when its noun was cut off. */
const ADJECTIVE_END = /(?:al|ous|ive|ic|ful|less|able|ible|ary|ish)$/;
const NOT_NOUNS = new Set(['same', 'rest']);

const QUANTITY_LEADS = new Set('only just about nearly almost roughly over under fewer less'.split(' '));
const QUANTIFIERS = new Set(
  'another some several most many both all others one few half each none majority'.split(' '),
);
const SPEECH_NOUNS = new Set(
  (
    'remark remarks comment comments claim claims call calls promise promises warning warnings ' +
    'assertion statement statements message words admission description response answer pledge ' +
    'vow insistence suggestion argument charge accusation declaration announcement observation ' +
    'quip joke boast complaint criticism prediction plea tweet tweets speech line slogan'
  ).split(' '),
);

/** A possessive before a speech noun ("her remark that", "my answer:") and the pronoun type it stands for. */
const POSSESSIVE_TYPES: Record<string, ChunkType | undefined> = {
  his: 'he',
  her: 'he',
  their: 'they',
  my: 'i',
  our: 'i',
  its: 'it',
};

function specialChunk(ctx: Ctx, i: number, b: number): Chunk | null {
  const { toks } = ctx;
  const t = toks[i]!;
  const chunk = (te: number, type: ChunkType, via: ChunkVia): Chunk => ({
    ts: i,
    te,
    start: t.start,
    end: toks[te - 1]!.end,
    type,
    via,
  });
  // "Only 52 percent of registered voters agreed"
  const lead = QUANTITY_LEADS.has(t.lower) && /^\d+(\.\d+)?$/.test(toks[i + 1]?.lower ?? '') ? 1 : 0;
  const q = toks[i + lead]!;
  if (QUANTIFIERS.has(q.lower) || /^\d+(\.\d+)?$/.test(q.lower)) {
    let j = i + lead + 1;
    if (/^\d/.test(q.lower)) {
      if (toks[j]?.lower !== 'percent' && toks[j]?.text !== '%') return null;
      j++;
    }
    // "73 percent of Americans", "most of them"
    if (toks[j]?.lower === 'of') {
      let k = j + 1;
      while (k < b && k < j + 5 && toks[k]!.word && ctx.inPair[k]! < 0 && !isCue(toks[k])) k++;
      if (k > j + 1 && cueAt(ctx, k) >= 0) return chunk(k, 'bare', 'quant');
    }
    if (j <= b && cueAt(ctx, j) >= 0) return chunk(j, 'bare', 'quant');
    return null;
  }
  const possType = POSSESSIVE_TYPES[t.lower];
  if (possType && i + 1 < b) {
    let j = i + 1;
    while (j < b && j < i + 3 && toks[j]!.word && !SPEECH_NOUNS.has(toks[j]!.lower)) j++;
    if (SPEECH_NOUNS.has(toks[j]?.lower ?? '')) return chunk(i + 1, possType, 'poss');
    return null;
  }
  if ((t.lower === 'which' || t.lower === 'that') && cueAt(ctx, i + 1) >= 0)
    return chunk(i + 1, 'who', 'rel');
  return null;
}

/** Past tenses without -ed that a description's scan runs into: "the actor held", "… sent out". */
const IRREGULAR_PAST = new Set(
  'sent went ran held brought found known seen sought took made gave got put began kept met paid won lost spent built thought felt meant stood spoke came left rose sat fought heard knew saw became chose drew grew fell broke struck'.split(
    ' ',
  ),
);
const NAMING = new Set(['named', 'called']);
const TRAILING = new Set('the a an of to for that which who'.split(' '));
/** Verbs a plural noun runs into: "other Democrats want", "a threat many people make". */
const PLURAL_VERBS = new Set(
  "want make think know believe expect seem try don't doesn't didn't won't can't".split(' '),
);
/** Verbs with -s that follow a name in a description's scan ("The Post's Ruth Marcus puts it"). */
const S_VERBS = new Set(
  (
    'sees puts lists takes makes gives shows finds keeps gets offers runs goes thinks believes ' +
    'wants knows seems tries calls tells asks hopes fears expects needs has does'
  ).split(' '),
);
/** -ly words that are adjectives, in a description's middle ("a very early supporter"). */
const LY_ADJECTIVES = new Set(
  'early only likely daily weekly monthly yearly elderly friendly lonely costly deadly holy silly nightly quarterly'.split(
    ' ',
  ),
);

/**
 * A description as a reader would name the speaker: the noun-phrase scan runs on past a verb it
 * does not know ("The article closes", "a 52-count civil complaint filed", "The GOP presidential
 * candidate sent out", "The Washington Post recently ran"); the mention shown ends before the
 * first word after a noun that is a verb or an adverb, and before a trailing "of the" that the
 * scan's length limit left. The start stays, so the mention still covers the source it was
 * chosen for.
 */
export function speakerSpan(ctx: Ctx, c: Chunk): { start: number; end: number } {
  const { toks } = ctx;
  const described = c.type === 'desc' || c.type === 'descN' || c.type === 'bare';
  // "He’s been saying": the speaker is "He"
  const contracted = c.te === c.ts + 1 && /^\p{L}+(?=[’'](?:s|re|ll|d|ve)$)/iu.exec(toks[c.ts]!.text);
  if (contracted && c.type !== 'name') return { start: c.start, end: c.start + contracted[0].length };
  if (!described && !(c.type === 'name' && DETERMINERS.has(toks[c.ts]!.lower)))
    return { start: c.start, end: c.end };
  let te = c.te;
  for (let k = c.ts + 2; k < c.te; k++) {
    const t = toks[k]!;
    const prev = toks[k - 1]!;
    // a compound ("court-released") is an adjective; "named X" goes on to the name; a possessive
    // or an -sis word is a noun ("the campaign’s lawyers", "the Pew Research Center analysis")
    if (!t.word || t.cap || t.lower.includes('-') || NAMING.has(t.lower) || PEOPLE_NOUNS.has(t.lower))
      continue;
    // "The New York Post reports": a speech noun ending the phrase right after the name is its
    // verb, unless a verb follows ("the CNN reports said")
    if (SPEAKER_NOUNS.has(t.lower) && !(prev.cap && isCue(t) && k === c.te - 1 && !isCue(toks[c.te])))
      continue;
    if (/[’']s$|(?:sis|ss|us)$/.test(t.lower)) continue;
    if (!prev.word || DETERMINERS.has(prev.lower) || STOP_WORDS.has(prev.lower) || /[’']s$/.test(prev.lower))
      continue;
    // "his recently revealed tax plan", "the newly elected mayor": an adverb's participle is an adjective
    if (/ed$/.test(t.lower) && /ly$/.test(prev.lower) && !SPEAKER_NOUNS.has(prev.lower)) continue;
    // after a name a lowercase plural is mostly the phrase's noun ("the CNN hosts", "some Clinton
    // allies"): only a verb's -s ends it ("the FBI lists")
    const sVerb = described ? /s$/.test(t.lower) : S_VERBS.has(t.lower);
    // a word that is a verb or an adverb only after the phrase's noun: not "a well known
    // economist", "a very early supporter"
    const afterNoun = prev.cap || SPEAKER_NOUNS.has(prev.lower) || /s$/.test(prev.lower);
    const verb =
      /ed$/.test(t.lower) ||
      sVerb ||
      (afterNoun && (IRREGULAR_PAST.has(t.lower) || (isAdverb(t.lower) && !LY_ADJECTIVES.has(t.lower)))) ||
      (PLURAL_VERBS.has(t.lower) && /s$/.test(prev.lower));
    if (verb) {
      te = k;
      break;
    }
  }
  // the length limit can stop the scan on "the authors of the"
  while (te > c.ts + 2 && TRAILING.has(toks[te - 1]!.lower)) te--;
  return { start: c.start, end: toks[te - 1]!.end };
}

/**
 * The subject of the verb at `verb` within its sentence: the chunk ending right before it (through
 * adverbs, or an apposition between commas: "Caddell, a former pollster, said"), else the chunk
 * right after it ("…, said Caddell"), else null.
 */
export function verbSubject(ctx: Ctx, verb: number): Chunk | null {
  const { toks } = ctx;
  const s = toks[verb]!.sent;
  const before = chunksIn(ctx, ctx.sentStart[s]!, verb);
  let j = verb;
  while (j > 0 && toks[j - 1]!.word && ADVERBS.has(toks[j - 1]!.lower)) j--;
  // past a parenthesis: "Sen. David Perdue (R-Ga.) said"
  if (toks[j - 1]?.text === ')') {
    let m = j - 2;
    while (m > ctx.sentStart[s]! && m > j - 8 && toks[m]!.text !== '(') m--;
    if (toks[m]?.text === '(') j = m;
  }
  let subj = before.find((c) => c.te === j);
  if (!subj && toks[j - 1]?.text === ',') {
    let m = j - 2;
    while (m > ctx.sentStart[s]! && m > j - 16 && toks[m]!.text !== ',') m--;
    if (toks[m]?.text === ',') subj = before.find((c) => c.te === m);
  }
  if (subj) return subj;
  const after = chunksIn(ctx, verb + 1, Math.min(ctx.sentEnd[s]!, verb + 8));
  return after[0] && after[0].ts === verb + 1 ? after[0] : null;
}

/** The main-clause subject of sentence `s` among the chunks before token `before`, or null. */
export function sentenceSubject(ctx: Ctx, s: number, before: number): Chunk | null {
  const chunks = chunksIn(ctx, ctx.sentStart[s]!, before);
  const k = mainSubject(ctx, chunks);
  return k >= 0 ? chunks[k]! : null;
}
