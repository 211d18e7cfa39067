/**
 * Span repairs for running text that Reuters-style training data rarely shows:
 * - run-on title chains ("President of Azerbaijan Ilham Aliyev" read as one name): a span is cut where
 *   its head is a name found on its own elsewhere in the document and the rest looks like a person's
 *   name, or where its tail is a person found on its own elsewhere;
 * - "Long Name (ACR)": an untagged acronym in brackets after a name becomes a mention;
 * - an office is no person ("Head of ... Department"), a capitalised common word after "the" and an
 *   adjective is no name ("the global South"), a list is not one name ("Sussex or Surrey"), and a
 *   month glued to a name the document also writes alone is a date ("June Comelf"); a body's or
 *   treaty's name runs on through "on" ("Commission on Presidential Debates") and is no place;
 * - a body's, an event's or a prize's head word joins the name after its "of" or "for" ("Congress of
 *   Deputies", "Wars of the Roses", "Award for Best Drama");
 * - last, a dateline's city is a place (dateline.ts) and capitals before an office and its holder are
 *   the body the office is in (offices.ts).
 */
import type { Token } from '../tokenize';
import { gazBits, phraseGazetteer, phraseHash, wordGazetteer, type Lexicon, type WordInfo } from './features';
import {
  ARTICLES,
  businessesAsOrganizations,
  describedKinds,
  headlineSurnames,
  sameNameSameType,
  teamsAsOrganizations,
} from './descriptors';
import { datelinePlaces } from './dateline';
import { bodiesBeforeOffices } from './offices';
import { KNOWN_NAME, MONTH_NAMES, retypeSpans, WEEKDAYS } from './retype';
import { hashString } from './hash';
import type { TokenSpan } from './tagger';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

const NOT_PERSON = gazBits('part-organization', 'part-misc');
const COUNTRY = gazBits('country');
const COMMON_WORD = gazBits('common-word');
const PERSON_NAME = gazBits('person-name');
const ROLE = gazBits('role');
const NAMED_PLACE = gazBits('demonym', 'country', 'city', 'region', 'known-organization');
/** Names lists know as a company's or a body's. */
const KNOWN_COMPANY = gazBits('company', 'brand', 'known-organization', 'mined-organization');
const KNOWN_BODY = KNOWN_COMPANY | gazBits('mined-misc');
/** What a capitalised word before a person's name may also be, and then is no given name of it. */
const NOT_GIVEN = KNOWN_NAME | gazBits('common-word', 'role', 'mined-misc', 'holiday');
const ORDINALS = new Set(
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'last',
    'next',
  ].map(hashString),
);
// Not "that", which is as often a conjunction ("said that like Early").
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those'].map(hashString));

function keyOf(tokens: readonly Token[], first: number, last: number): string {
  let s = '';
  for (let i = first; i < last; i++) s += (i > first ? ' ' : '') + tokens[i]!.text;
  return s;
}

function isNameWord(w: WordInfo, t: Token): boolean {
  return w.cap && !w.allCaps && t.text.length > 1;
}

const OF = hashString('of');
const OR = hashString('or');
const ON = hashString('on');
const SUFFIXES = new Set([
  'inc',
  'ltd',
  'llc',
  'corp',
  'co',
  'plc',
  'jr',
  'sr',
  'sa',
  'ag',
  'nv',
  'gmbh',
  'lp',
]);
const FOR = hashString('for');
/** Last words of the names of bodies (organizations) and of treaties (misc). */
const INSTITUTIONS = new Map<number, number>([
  ...[
    'commission',
    'committee',
    'conference',
    'council',
    'institute',
    'organisation',
    'organization',
    'agency',
    'association',
    'ministry',
    'department',
    'administration',
    'authority',
    'bureau',
    'foundation',
    'secretariat',
    'panel',
    'tribunal',
    'forum',
  ].map((w): [number, number] => [hashString(w), ORG]),
  ...['convention', 'treaty', 'agreement', 'accord', 'protocol', 'charter', 'declaration'].map(
    (w): [number, number] => [hashString(w), MISC],
  ),
]);
/**
 * Words that open a sentence and never a name: the tagger, which learned capitals from 1996 text,
 * takes them in ("Unlike Sanders", "Although Trump", "Besides Makbara of Abdul Hasan").
 */
const SENTENCE_OPENERS = new Set(
  (
    'besides despite unlike although though while whereas after before since until unless because ' +
    'if when whenever wherever like among amid during except including meanwhile however ' +
    'moreover furthermore nevertheless nonetheless yet but then thus hence perhaps whether'
  )
    .split(' ')
    .map(hashString),
);
/** A month written out or a day of the week. */
const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAYS]);

export function repairSpans(
  spans: TokenSpan[],
  tokens: readonly Token[],
  words: readonly WordInfo[],
  lexicon: Lexicon,
  sentences: readonly { first: number; last: number }[],
): TokenSpan[] {
  // Tokens at a sentence start (only punctuation before them), where capitals say nothing; and the
  // words written capitalised somewhere else, where they do.
  const initial = new Uint8Array(tokens.length);
  const capitalisedMid = new Set<number>();
  for (const sn of sentences) {
    let start = true;
    for (let i = sn.first; i < sn.last; i++) {
      const w = words[i]!;
      if (start) initial[i] = 1;
      else if (w.cap && !w.allCaps) capitalisedMid.add(w.lower);
      if (w.hasLetter || w.hasDigit) start = false;
    }
  }
  // A lone sentence-initial capitalised common word ("Currently, ...") is not a name unless the
  // document also writes it capitalised mid-sentence.
  spans = spans.filter(
    (sp) =>
      !(
        sp.last - sp.first === 1 &&
        sp.type === PER &&
        initial[sp.first] &&
        lexicon.gazetteer(phraseHash([words[sp.first]!.lower])) & COMMON_WORD &&
        !capitalisedMid.has(words[sp.first]!.lower)
      ),
  );
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((sn, k) => sentenceOf.fill(k, sn.first, sn.last));
  // Headlines in title case, where capitals say nothing about names.
  const titleCase = sentences.map((sn) => {
    let letters = 0;
    let caps = 0;
    for (let i = sn.first; i < sn.last; i++) {
      if (!words[i]!.hasLetter) continue;
      letters++;
      if (words[i]!.cap) caps++;
    }
    return letters >= 4 && caps >= letters * 0.8;
  });
  const gazOf = (i: number): number => lexicon.gazetteer(phraseHash([words[i]!.lower]));
  // An office or title, abbreviated or not ("Sen.", "Rep.", "Governor").
  const isRole = (i: number): boolean => {
    if (!words[i]!.cap || words[i]!.allCaps) return false;
    const t = tokens[i]!.text;
    // An abbreviation ("Sen.", "Gov."), or a word that is not also a first name ("Dean Jones").
    if (t.endsWith('.') && t.length > 2) return (wordGazetteer(lexicon, t.slice(0, -1)) & ROLE) !== 0;
    return (gazOf(i) & (ROLE | PERSON_NAME)) === ROLE;
  };

  // "Senator JD Vance" read as a body: after a person's title, a name of two or three words ending
  // in a known surname and known as nothing else is that person
  spans = spans.map((sp) => {
    const n = sp.last - sp.first;
    if (sp.type === PER || n < 2 || n > 3 || sp.first === 0 || !isRole(sp.first - 1)) return sp;
    const last = gazOf(sp.last - 1);
    const whole = phraseGazetteer(lexicon, words, sp.first, sp.last);
    return last & PERSON_NAME && !(last & COMMON_WORD) && !(whole & KNOWN_BODY) ? { ...sp, type: PER } : sp;
  });
  // "Sen. Ted Cruz", "Governor Pence": the title before a person's name is not part of it.
  spans = spans.map((sp) => {
    if (sp.type !== PER) return sp;
    let first = sp.first;
    while (first < sp.last - 1 && isRole(first)) first++;
    return first === sp.first || !words[first]!.cap ? sp : { ...sp, first };
  });
  // "Meng Ru Kuok": a given name the tagger left before a person's name of two words, known as a
  // given name and as no common word, place, role or organization, and tagged nothing
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!;
    const i = sp.first - 1;
    if (sp.type !== PER || sp.last - sp.first !== 2 || i < 0 || sentenceOf[i] !== sentenceOf[sp.first])
      continue;
    // not a word right after another name: "Bernie Sanders Burns Hillary Clinton" is a headline's verb
    if (!words[i]!.cap || words[i]!.allCaps || (k > 0 && spans[k - 1]!.last >= i)) continue;
    const g = gazOf(i);
    // not a date ("In April John Smith resigned") nor a title after an article ("the Abbot John")
    if (CALENDAR.has(words[i]!.lower) || ARTICLES.has(words[i - 1]?.lower ?? 0)) continue;
    if (g & PERSON_NAME && !(g & NOT_GIVEN) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text))
      spans[k] = { ...sp, first: i };
  }
  spans = spans.map((sp) =>
    initial[sp.first] &&
    sp.last - sp.first >= 2 &&
    SENTENCE_OPENERS.has(words[sp.first]!.lower) &&
    words[sp.first + 1]!.cap
      ? { ...sp, first: sp.first + 1 }
      : sp,
  );
  spans = spans.filter((sp) => {
    const len = sp.last - sp.first;
    // a lone initial names nobody: "Neither do I.", "a standing O."
    if (len === 1 && /^\p{Lu}\.$/u.test(tokens[sp.first]!.text)) return false;
    // nor does a common noun's acronym ("generative AI", "the CEO", "its GDP"), which 1996 Reuters
    // seldom wrote and today's news writes in every article
    if (len === 1 && COMMON_ACRONYMS.has(tokens[sp.first]!.text)) return false;
    // … also after an adjective that opens the sentence and is written capitalised nowhere else
    // ("Generative AI is …"; not a company's name, "Mistral AI", "Stability AI")
    if (
      len === 2 &&
      initial[sp.first] &&
      COMMON_ACRONYMS.has(tokens[sp.first + 1]!.text) &&
      (gazOf(sp.first) & ~COMMON_WORD) === 0 &&
      /(?:ive|ic|ional|ical|able|ible)$/u.test(tokens[sp.first]!.text) &&
      !capitalisedMid.has(words[sp.first]!.lower)
    )
      return false;
    if (len === 1 && PARTY_STATE.test(tokens[sp.first]!.text)) return false;
    // An office followed by "of" ("Head of Foreign Policy Affairs Department", "Minister of Defence")
    // names a job, not a person.
    if (sp.type === PER && words[sp.last]?.lower === OF) {
      let roles = true;
      for (let i = sp.first; i < sp.last && roles; i++) roles = (gazOf(i) & ROLE) !== 0;
      if (roles) return false;
    }
    // A common word after a determiner and a lower-case modifier ("the global South", "the new
    // Left") is a capitalised concept, not a name: names take no such modifier between them and
    // "the" in running text.
    // Not for organizations, which the news does name so ("the full House", "the entire Congress").
    // The modifier is a plain adjective (not a determiner or an ordinal: "that the Fed", "the third
    // Singer"), the word is no nationality or known place ("the new French connection"), and no
    // lower-case noun follows it (where it would itself be the modifier).
    if (
      len === 1 &&
      sp.type !== ORG &&
      sp.first >= 2 &&
      words[sp.first - 1]!.lowerStart &&
      !DETERMINERS.has(words[sp.first - 1]!.lower) &&
      !ORDINALS.has(words[sp.first - 1]!.lower) &&
      DETERMINERS.has(words[sp.first - 2]!.lower) &&
      (gazOf(sp.first) & (COMMON_WORD | NAMED_PLACE)) === COMMON_WORD &&
      !words[sp.first]!.allCaps &&
      !(sp.last < words.length && words[sp.last]!.lowerStart && sentenceOf[sp.last] === sentenceOf[sp.first])
    )
      return false;
    return true;
  });
  // "Sussex or Surrey", "Mercantile , Commerce": a list of names read as one name is cut at its
  // "or", commas and slashes ("and" stays: it joins the parts of many a real name). Pieces without a
  // capitalised word ("Gulf , based") are dropped. A place keeps its commas ("Washington, D.C.").
  spans = spans.flatMap((sp) => {
    // A comma in a place ("Washington, D.C.") or before a company's or a person's suffix ("Starr &
    // Company, Inc.", "Ken Griffey, Jr.") is part of the name.
    const isComma = (i: number): boolean =>
      tokens[i]!.text === ',' &&
      sp.type !== LOC &&
      !(SUFFIXES.has((tokens[i + 1]?.text ?? '').toLowerCase().replace(/\.$/u, '')) && i + 2 >= sp.last - 1);
    // a slash between two names of two words or more ("Philadelphia Inquirer/New York Times"), not
    // inside one (CoNLL's "CDU / CSU", "Bodo / Glimt", "Parmalat / Fehervar FC")
    const isSlash = (i: number): boolean =>
      tokens[i]!.text === '/' &&
      i - sp.first >= 2 &&
      sp.last - i > 2 &&
      [i - 2, i - 1, i + 1, i + 2].every((j) => /^\p{Lu}/u.test(tokens[j]!.text));
    const cuts = (i: number): boolean => isComma(i) || words[i]!.lower === OR || isSlash(i);
    let split = false;
    for (let i = sp.first + 1; i < sp.last - 1 && !split; i++) split = cuts(i);
    if (!split) return [sp];
    const pieces: TokenSpan[] = [];
    let start = sp.first;
    for (let i = sp.first; i <= sp.last; i++) {
      if (i < sp.last && !cuts(i)) continue;
      let named = false;
      for (let j = start; j < i && !named; j++) named = /\p{Lu}/u.test(tokens[j]!.text);
      if (named) pieces.push({ first: start, last: i, type: sp.type });
      start = i + 1;
    }
    return pieces;
  });
  // "UN Framework Convention" + "on Climate Change", "Commission" + "on Presidential Debates": a
  // body's or a treaty's name goes on through "on"/"for" and the capitalised words after it; and a
  // name ending in such a word is no place.
  spans = spans.map((sp, k) => {
    const head = INSTITUTIONS.get(words[sp.last - 1]!.lower);
    if (head === undefined) return sp;
    if (sp.type === LOC && phraseGazetteer(lexicon, words, sp.first, sp.last) & COUNTRY) return sp;
    let last = sp.last;
    const linker = words[last]?.lower;
    if ((linker === ON || linker === FOR) && sentenceOf[last] === sentenceOf[sp.first]) {
      let j = last + 1;
      // Not a date ("the Security Council on Friday").
      if (j < tokens.length && CALENDAR.has(words[j]!.lower))
        return sp.type === LOC ? { ...sp, type: head } : sp;
      while (j < tokens.length && sentenceOf[j] === sentenceOf[sp.first] && isNameWord(words[j]!, tokens[j]!))
        j++;
      const next = spans[k + 1];
      if (j > last + 1 && j - last <= 5 && !(next && next.first < j && next.last > j)) last = j;
    }
    return { first: sp.first, last, type: sp.type === LOC ? head : sp.type };
  });
  const known = new Map<string, number>();
  for (const s of spans) {
    const k = keyOf(tokens, s.first, s.last);
    if (!known.has(k)) known.set(k, s.type);
  }
  // "June Comelf", "Last Friday Mitchell": a month or weekday glued to the front of a name the
  // document also writes without it is a date, not part of the name ("Sunday Telegraph" stays).
  spans = spans.map((sp) => {
    if (sp.last - sp.first < 2 || !CALENDAR.has(words[sp.first]!.lower)) return sp;
    const rest = known.get(keyOf(tokens, sp.first + 1, sp.last));
    return rest === undefined ? sp : { first: sp.first + 1, last: sp.last, type: rest };
  });
  const looksLikePerson = (first: number, last: number): boolean => {
    if (last - first < 2 || last - first > 3) return false;
    for (let i = first; i < last; i++) if (!isNameWord(words[i]!, tokens[i]!)) return false;
    // A last word never seen ending an organization's or event's name ("Sox", "Corp", "Festival").
    return (lexicon.gazetteer(phraseHash([words[last - 1]!.lower])) & NOT_PERSON) === 0;
  };
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let done = false;
    // Only names the tagger did not already call a person: splitting "Aravinda de Silva" is wrong.
    if (s.last - s.first >= 3 && s.type !== PER) {
      for (let cut = s.first + 1; cut <= s.last - 2 && !done; cut++) {
        const headType = known.get(keyOf(tokens, s.first, cut));
        const tailType = known.get(keyOf(tokens, cut, s.last));
        const headAlone = headType === LOC;
        if (tailType === PER || (headAlone && looksLikePerson(cut, s.last))) {
          out.push({ first: s.first, last: cut, type: headType ?? s.type });
          // "Kiev" + "Mayor Vitali Klitschko": the person's title is no part of the name
          let name = cut;
          while (name < s.last - 2 && isRole(name)) name++;
          out.push({ first: name, last: s.last, type: PER });
          done = true;
        }
      }
    }
    // "Security Council President Tono Eitel", "Administration Director Branko Bilbija": an office
    // between a name and a person's name ends the one and starts the other; the office is no name.
    // So does a body's head word ("Presidential Administration Hikmet Hajiyev"): a body's name ends
    // with it.
    for (let cut = s.first + 1; cut <= s.last - 2 && !done; cut++) {
      let roleStart = cut;
      while (roleStart > s.first && words[roleStart - 1]!.cap && gazOf(roleStart - 1) & ROLE) roleStart--;
      const afterBody = s.type !== PER && INSTITUTIONS.get(words[cut - 1]!.lower) === ORG;
      // Not in a title-case headline ("Gold Star Mom Corners Obama"), and neither the surname nor
      // the first name a common word ("Occupant Protection Campaign").
      if (
        (roleStart === cut && !afterBody) ||
        titleCase[sentenceOf[s.first]!] ||
        !looksLikePerson(cut, s.last)
      )
        continue;
      if (gazOf(s.last - 1) & COMMON_WORD || (gazOf(cut) & (COMMON_WORD | PERSON_NAME)) === COMMON_WORD)
        continue;
      if (roleStart > s.first && s.type !== PER)
        out.push({
          first: s.first,
          last: roleStart,
          type: known.get(keyOf(tokens, s.first, roleStart)) ?? s.type,
        });
      out.push({ first: cut, last: s.last, type: PER });
      done = true;
    }
    if (!done) out.push(s);
  }
  // "People's Republic" + "of" + "China": rejoin a country's official name the tagger cut in two.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (b.first !== a.last + 1 || words[a.last]!.lower !== OF) continue;
    if (phraseGazetteer(lexicon, words, a.first, b.last) & COUNTRY)
      out.splice(k, 2, { first: a.first, last: b.last, type: LOC });
  }
  rejoinAtOf(out, tokens, words);
  joinClubSuffixes(out, tokens, sentenceOf);
  // "C$", "HK$": a currency's letters with the dollar sign glued to them, one misc name as CoNLL
  // writes it; the tokenizer splits the sign off, so the tagger finds only the letters
  for (let k = 0; k < out.length; k++) {
    const sp = out[k]!;
    const sign = tokens[sp.last];
    if (
      sp.last - sp.first === 1 &&
      sign?.text === '$' &&
      sign.start === tokens[sp.first]!.end &&
      /^\p{Lu}{1,3}$/u.test(tokens[sp.first]!.text)
    )
      out[k] = { first: sp.first, last: sp.last + 1, type: MISC };
  }
  // "Moderna COVID", "BioNTech CEO": a disease's name is misc on its own, and an office's acronym
  // ends the name it follows
  for (let k = out.length - 1; k >= 0; k--) {
    const sp = out[k]!;
    const lastText = tokens[sp.last - 1]!.text;
    if (DISEASES.has(lastText)) {
      const disease = { first: sp.last - 1, last: sp.last, type: MISC };
      out.splice(k, 1, ...(sp.last - sp.first > 1 ? [{ ...sp, last: sp.last - 1 }, disease] : [disease]));
    } else if (sp.last - sp.first > 1 && OFFICE_ACRONYMS.has(lastText)) out[k] = { ...sp, last: sp.last - 1 };
  }
  // "two Nobel Prizes, for Physics in 1903 and Chemistry in 1911": a field alone is no name
  for (let k = out.length - 1; k >= 0; k--)
    if (out[k]!.last - out[k]!.first === 1 && SUBJECTS.has(words[out[k]!.first]!.lower)) out.splice(k, 1);
  // "ChatGPT", "iPhone", "CrowdStrike": a word with a capital inside it and none of a surname's
  // prefixes ("McCain", "DeSantis") is a product's or a company's name, which the tagger, trained on
  // 1996 text that seldom wrote them so, leaves out
  const covered = new Uint8Array(tokens.length);
  for (const sp of out) covered.fill(1, sp.first, sp.last);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (covered[i] || !CAMEL_CASE.test(t) || SURNAME_PREFIX.test(t) || MONTH_PAIR.test(t)) continue;
    // nor a hashtag or a handle ("#SettleForHillary", "JohnKasich")
    if (i > 0 && /^[#@]$/u.test(tokens[i - 1]!.text) && tokens[i - 1]!.end === tokens[i]!.start) continue;
    const [, given, rest] = /^([A-Z][a-z]+)([A-Z][a-z]+)$/u.exec(t) ?? [];
    if (
      given &&
      rest &&
      wordGazetteer(lexicon, given) & PERSON_NAME &&
      !(wordGazetteer(lexicon, rest) & COMMON_WORD)
    )
      continue;
    // a company, unless a product's shape says otherwise ("iPhone", "iOS", "ChatGPT"; not "BlazeTV");
    // an "e-" word only where a list knows it ("eBay", not "eBooks"), nor a sector ("FinTech")
    const known = gazOf(i) & KNOWN_COMPANY;
    if (!known && (/^e/u.test(t) || /Tech$/u.test(t))) continue;
    const type = known || !/^i|[A-Z]{3}$/u.test(t) ? ORG : MISC;
    const at = out.findIndex((sp) => sp.first > i);
    out.splice(at < 0 ? out.length : at, 0, { first: i, last: i + 1, type });
  }
  // "(ACR)" after a name, untagged: a mention of its own, typed like the name right before it when its
  // letters follow that name's initials, else misc (COP29 after a convention's title is an event).
  const result: TokenSpan[] = [];
  let next = 0;
  for (let a = 0; a + 2 < tokens.length; a++) {
    while (next < out.length && out[next]!.first <= a) result.push(out[next++]!);
    if (tokens[a]!.text !== '(' || tokens[a + 2]!.text !== ')') continue;
    if (next < out.length && out[next]!.first <= a + 1) continue;
    const acr = tokens[a + 1]!.text;
    if (PARTY_STATE.test(acr)) continue;
    if (!/^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(acr) || !/\p{Lu}.*[\p{Lu}\p{N}]/u.test(acr)) continue;
    if (a === 0 || !words[a - 1]!.cap) continue;
    const prev = result[result.length - 1];
    let type = MISC;
    if (prev && prev.last === a) {
      const initials = Array.from(
        { length: prev.last - prev.first },
        (_, i) => tokens[prev.first + i]!.text[0] ?? '',
      )
        .join('')
        .toUpperCase();
      if (isSubsequence(acr.replace(/[^\p{Lu}]/gu, ''), initials)) type = prev.type;
    }
    result.push({ first: a + 1, last: a + 2, type });
  }
  while (next < out.length) result.push(out[next++]!);
  const doc = { tokens, words, sentences, lexicon };
  const retyped = describedKinds(
    businessesAsOrganizations(retypeSpans(result, tokens, words, lexicon), doc),
    doc,
  );
  const typed = headlineSurnames(sameNameSameType(teamsAsOrganizations(retyped, tokens, words), doc), words);
  return bodiesBeforeOffices(
    datelinePlaces(typed, tokens, words, sentences, lexicon),
    tokens,
    words,
    lexicon,
  );
}

/**
 * Heads of names that go on through "of" or "for", and the type of the whole: a body ("Congress of
 * Deputies", "Union for the Mediterranean"), an event, a prize or an order ("Wars of the Roses",
 * "BAFTA Award for Best Drama"), a sea or a realm ("Gulf of Mexico"). 1996 Reuters text seldom
 * writes them, so the tagger cuts them at the preposition and keeps the part after it.
 */
const OF_HEADS = new Map<number, number>([
  ...'congress union university school college academy institute society council commission committee church bank ministry department federation association party court parliament assembly'
    .split(' ')
    .map((w): [number, number] => [hashString(w), ORG]),
  ...'war wars battle siege award awards prize order cup'
    .split(' ')
    .map((w): [number, number] => [hashString(w), MISC]),
  ...'gulf bay sea isle kingdom republic'.split(' ').map((w): [number, number] => [hashString(w), LOC]),
]);
const THE = hashString('the');
const PRIZES = new Set(['award', 'awards', 'prize', 'cup'].map(hashString));
const LAWS = new Set(['act', 'bill'].map(hashString));
const IN = hashString('in');
/** Fields of study, capitalized after a prize and never names of their own ("Physics", "Chemistry"). */
const SUBJECTS = new Set(
  'physics chemistry medicine physiology literature economics mathematics biology'.split(' ').map(hashString),
);

/**
 * Joins a head word and the name after its "of"/"for" (the head a mention's last word or a
 * capitalized word the tagger left out) into one name of the head's type, in place.
 */
function rejoinAtOf(spans: TokenSpan[], tokens: readonly Token[], words: readonly WordInfo[]): void {
  for (let k = 0; k < spans.length; k++) {
    const b = spans[k]!;
    let i = b.first - 1;
    if (words[i]?.lower === THE && words[i]!.lowerStart) i--;
    const linker = words[i]?.lower;
    const subject = b.last - b.first === 1 && SUBJECTS.has(words[b.first]!.lower);
    if (linker !== OF && linker !== FOR && !(linker === IN && subject)) continue;
    const headAt = i - 1;
    const head = words[headAt];
    const type = head ? OF_HEADS.get(head.lower) : undefined;
    if (type === undefined || !head!.cap || head!.allCaps) continue;
    const a = spans[k - 1];
    const joinsA = a !== undefined && a.last === headAt + 1;
    if (!joinsA && (a?.last ?? 0) > headAt) continue;
    // Not a person's name on either side ("Margaret Court of Australia", "the Republican Party of
    // Donald Trump"), a place's into a body ("West Bank of the Jordan River"), nor a prize into
    // where it was won ("a third Ryder Cup for Europe").
    if (b.type === PER || (joinsA && (a.type === PER || (a.type === LOC && type !== LOC)))) continue;
    if (b.type === LOC && PRIZES.has(head!.lower) && !subject) continue;
    // "Nobel Prize in Physics": a field of study, only for a prize
    if (linker === IN && !PRIZES.has(head!.lower)) continue;
    const first = joinsA ? a.first : headAt;
    if (b.last - first > 8 || tokens[first]!.text.length < 2) continue;
    // not through a bracket ("State (central) Bank" + "of Pakistan"), nor into a law's name
    // ("College for All Act")
    if (tokens.slice(first, b.last).some((t) => t.text === '(') || LAWS.has(words[b.last - 1]!.lower))
      continue;
    spans.splice(joinsA ? k - 1 : k, joinsA ? 2 : 1, { first, last: b.last, type });
    if (joinsA) k--;
  }
}

/**
 * Acronyms of common nouns, never a name alone (CoNLL leaves "GDP" and "CEO" untagged); not those
 * that are also bodies' names (CCTV, DNA, API, PDF).
 */
const COMMON_ACRONYMS = new Set(
  (
    'AI CEO CEOs CFO COO CTO GDP IPO IPOs ETF ETFs EV EVs GPU GPUs CPU CPUs LLM LLMs VAT PPE ICU ' +
    'SUV SUVs NFT NFTs VPN USB LED GPS ATM ATMs SMS RNA PM UAV UAVs'
  ).split(' '),
);

/** Diseases' names written as acronyms or coinages, misc in CoNLL++ 2020 ("COVID-19"). */
const DISEASES = new Set(
  'COVID COVID-19 Covid Covid-19 SARS SARS-CoV-2 MERS Ebola Zika HIV AIDS H1N1 H5N1 Mpox mpox'.split(' '),
);
/** Offices' acronyms: "BioNTech CEO" names BioNTech. */
const OFFICE_ACRONYMS = new Set('CEO CFO COO CTO CIO'.split(' '));

/**
 * A brand's inner capitals: "ChatGPT", "iPhone", "eBay", "PayPal", "RealClearPolitics" (not a glued
 * "aboutVladimir", a handle's "realDonaldTrump" or a mis-encoded "GuantÃ").
 */
const CAMEL_CASE = /^(?:[ie]|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,}(?:[A-Z]{2,4})?|[A-Z]{2,4})$/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|O)[A-Z]/u;
const MONTH_PAIR = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Z]/u;

/**
 * A lawmaker's party and state ("Marco Rubio (R-Fla.)", "(D-MA)", "(R-Texas)"): they say which, not
 * who. The state by its postal code, its AP abbreviation or its short name (not "D-Link", "I-League").
 */
const PARTY_STATE = new RegExp(
  '^[DRI]-(?:[A-Z]{2}|' +
    'Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|' +
    'Neb|Nebr|Nev|N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Tex|Vt|Va|' +
    'Wash|W\\.Va|Wis|Wisc|Wyo|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|' +
    'Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|' +
    'Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|' +
    'Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming)\\.?$',
  'u',
);

/** A football club's suffix: "F.C.", "FC", "A.F.C.", "AFC" ("SC" may be South Carolina). */
const CLUB_SUFFIX = /^(?:A\.?)?F\.?C\.?$/u;

/**
 * "Tottenham Hotspur" + "F.C.", "Madrid" + "FC", "Ardwick A.F.C." read as a place: a club's name
 * takes the suffix after it, and a name ending in one is an organization, in place. The 1996
 * Reuters text the tagger learned from seldom writes the suffix.
 */
function joinClubSuffixes(spans: TokenSpan[], tokens: readonly Token[], sentenceOf: Int32Array): void {
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k]!;
    const at = a.last;
    if (at < tokens.length && sentenceOf[at] === sentenceOf[a.first] && CLUB_SUFFIX.test(tokens[at]!.text)) {
      const b = spans[k + 1];
      const takesB = b !== undefined && b.first === at;
      if (takesB && b.last !== at + 1) continue;
      spans.splice(k, takesB ? 2 : 1, { first: a.first, last: at + 1, type: ORG });
    } else if (a.last - a.first >= 2 && CLUB_SUFFIX.test(tokens[a.last - 1]!.text) && a.type !== ORG)
      spans[k] = { ...a, type: ORG };
  }
}

export function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length && needle.length > 0;
}
