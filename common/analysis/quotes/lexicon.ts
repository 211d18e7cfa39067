/** Word lists for cues and speakers. Reporting verbs are listed by lemma and inflected here. */

/** Verbs whose subject (or post-posed subject: `said Caddell`) is the speaker. */
const SAY_LEMMAS = [
  'say',
  'add',
  'note',
  'write',
  'explain',
  'state',
  'declare',
  'reply',
  'respond',
  'continue',
  'argue',
  'claim',
  'insist',
  'warn',
  'tweet',
  'post',
  'underline',
  'underscore',
  'emphasize',
  'emphasise',
  'stress',
  'recall',
  'conclude',
  'report',
  'announce',
  'observe',
  'remark',
  'comment',
  'acknowledge',
  'admit',
  'suggest',
  'predict',
  'promise',
  'pledge',
  'vow',
  'assert',
  'contend',
  'maintain',
  'mention',
  'point',
  'complain',
  'joke',
  'quip',
  'boast',
  'brag',
  'shout',
  'yell',
  'chant',
  'scream',
  'cry',
  'exclaim',
  'whisper',
  'muse',
  'wonder',
  'ask',
  'answer',
  'retort',
  'counter',
  'concede',
  'confirm',
  'deny',
  'reiterate',
  'repeat',
  'recount',
  'describe',
  'call',
  'label',
  'dub',
  'brand',
  'term',
  'characterize',
  'refer',
  'accuse',
  'charge',
  'blast',
  'slam',
  'criticize',
  'praise',
  'mock',
  'quote',
  'cite',
  'read',
  'testify',
  'urge',
  'demand',
  'plead',
  'sing',
  'proclaim',
  'predict',
  'tout',
  'lament',
  'allege',
  'caution',
  'opine',
  'rail',
  'gush',
  'scoff',
  'sigh',
  'concur',
  'agree',
  'begin',
  'interject',
  'elaborate',
  'summarize',
  'inform',
  'assure',
  'reveal',
  'express',
  'indicate',
  'specify',
  'clarify',
  'highlight',
];

/** Verbs whose object is the addressee, not the speaker (`told reporters`). */
const TELL_LEMMAS = ['tell', 'inform', 'assure', 'ask', 'urge', 'warn', 'remind', 'advise', 'promise'];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  tell: ['tell', 'tells', 'told', 'telling'],
  read: ['read', 'reads', 'reading'],
  sing: ['sing', 'sings', 'sang', 'sung', 'singing'],
  begin: ['begin', 'begins', 'began', 'begun', 'beginning'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  specify: ['specify', 'specifies', 'specified', 'specifying'],
  clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  dub: ['dub', 'dubs', 'dubbed', 'dubbing'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  concur: ['concur', 'concurs', 'concurred', 'concurring'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
};

function inflect(lemma: string): string[] {
  const irr = IRREGULAR[lemma];
  if (irr) return irr;
  const forms = [lemma];
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es');
  else forms.push(lemma + 's');
  if (lemma.endsWith('e')) forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  else forms.push(lemma + 'ed', lemma + 'ing');
  return forms;
}

function build(lemmas: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of lemmas) for (const f of inflect(l)) m.set(f, l);
  return m;
}

/** Inflected form → lemma. */
export const CUE_VERBS = build(SAY_LEMMAS.concat(TELL_LEMMAS));
export const TELL_VERBS = build(TELL_LEMMAS);

/** Verbs that report speech most of the time, unlike `call` or `point` which often do not. */
export const STRONG_CUES = new Set([
  'say',
  'tell',
  'add',
  'write',
  'note',
  'explain',
  'state',
  'declare',
  'reply',
  'respond',
  'continue',
  'argue',
  'claim',
  'insist',
  'warn',
  'tweet',
  'underline',
  'underscore',
  'emphasize',
  'emphasise',
  'stress',
  'recall',
  'conclude',
  'ask',
  'answer',
  'retort',
  'concede',
  'exclaim',
  'quip',
  'joke',
  'shout',
  'post',
  'report',
  'announce',
  'observe',
  'remark',
  'read',
  'reiterate',
  'assert',
  'contend',
  'maintain',
  'admit',
  'acknowledge',
  'predict',
]);

/**
 * Verbs that introduce reported speech or a stated view with a clause ("noted that …", "the poll
 * found …"): the strong cues except those that mark a turn in a dialogue or a manner of speaking
 * ("answered", "quipped"), and verbs of commitment, belief and finding that PolNeAR also counts as
 * attribution. "call" or "point" stay out, as from the strong cues.
 */
const DIALOGUE_CUES = new Set(
  'answer ask concede continue exclaim joke post quip read reiterate reply respond retort shout'.split(' '),
);
export const REPORTING_VERBS = build(
  [...STRONG_CUES]
    .filter((lemma) => !DIALOGUE_CUES.has(lemma))
    .concat(
      (
        'allege assure believe complain confirm estimate find indicate inform pledge promise remind ' +
        'reveal show suggest testify think vow'
      ).split(' '),
    ),
);

/**
 * Whether a word is a reporting verb where it stands: a cue word capitalized inside a sentence is
 * part of a name ("United States", "Washington Post", "Secretary of State"). On PolNeAR train that
 * reading covers 1,387 of 20,000 cue-word tokens and 3 of the 4,266 gold cues. (Reading "the states"
 * or "his remarks" as nouns too lowered cross-validated scores: a noun like "remarks" next to a
 * quotation is still a sign of speech.)
 */
export function readsAsCue(lower: string, cap: boolean, insideSentence: boolean): boolean {
  return CUE_VERBS.has(lower) && !(cap && insideSentence);
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who']);
export const PERSON_PRONOUNS = new Set(['he', 'she']);

/** The subject pronoun a word is, contractions included ("he's", "they’re"), else null. */
export function pronounOf(lower: string): string | null {
  const base = lower.replace(/[’'](?:s|re|ll|d|ve|m)$/, '');
  return PRONOUNS.has(base) ? base : null;
}

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'one',
  'another',
  'his',
  'their',
  'its',
  'our',
  'some',
  'many',
  'several',
  'two',
  'three',
  'other',
]);

/** A set of the space-separated words of a list. */
const words = (list: string): Set<string> => new Set(list.split(/\s+/));

/** Nouns that name a speaker in a description ("the spokesman", "the newspaper"). */
export const SPEAKER_NOUNS = words(
  'spokesman spokeswoman spokesperson spokespeople official officials aide aides adviser advisers advisor ' +
    'advisors source sources candidate candidates president senator governor congressman congresswoman ' +
    'lawmaker lawmakers leader leaders chairman chairwoman chair director secretary minister ambassador ' +
    'newspaper paper daily outlet report reports statement statements magazine network site website ' +
    'campaign committee group organization agency department office ministry administration team ' +
    'analyst analysts expert experts strategist strategists pollster pollsters consultant operative ' +
    'operatives supporter supporters voter voters protester protesters protestors critic critics ' +
    'writer author authors columnist reporter reporters editor editorial host anchor commentator ' +
    'nominee frontrunner front-runner rival opponent challenger billionaire businessman mogul ' +
    'woman man women men people resident residents member members attorney lawyer judge prosecutor ' +
    'professor economist scientist researcher researchers historian activist activists organizer ' +
    'founder executive ceo manager officer officers chief head assistant speaker representative ' +
    'delegate delegates donor donors republican republicans democrat democrats conservative ' +
    'conservatives liberal liberals friend friends wife husband mother father son daughter ' +
    'documents document memo email emails letter tweet post poll survey study book ad ads video ' +
    'release filing lawsuit complaint indictment platform bill resolution article story piece ' +
    'veteran veterans student students worker workers employee employees police sheriff mayor ' +
    'clerk witness witnesses survivor survivors victim victims family relatives neighbor ' +
    'pastor bishop pope rabbi imam cleric general commander soldier soldiers officer diplomat envoy',
);

/** Titles that may precede a name and belong to the speaker mention. */
export const TITLES = words(
  'mr mrs ms dr sen gov rep gen lt col capt sgt prof rev hon pres sec adm maj president senator ' +
    'governor congressman congresswoman secretary minister ambassador judge justice chairman ' +
    'chairwoman director mayor speaker leader chief sheriff attorney general former vice deputy ' +
    'assistant head prime foreign defence defense state house senate majority minority democratic ' +
    'republican gop us u.s presidential candidate nominee',
);

/** Words that stop a speaker mention when scanning through it. */
export const STOP_WORDS = words(
  'that which who whom whose what when where why how if whether because although though while as ' +
    'is are was were be been being has have had do does did will would can could may might must shall ' +
    'should not no never also then later again still just even only already now once today yesterday ' +
    'tonight tomorrow monday tuesday wednesday thursday friday saturday sunday in on at by with from ' +
    'into onto about after before during over under against between through without within and or ' +
    'but nor so yet for to of than there here it its this these those them him her his their they he ' +
    'she we i you me us my our your',
);

/** Words capitalized only because a sentence starts with them. */
export const SENTENCE_STARTERS = words(
  'the a an but and or so yet in on at by for with from to of as if when while after before since ' +
    'although though because this that these those there here it its he she they we i you his her ' +
    'their our my your what who which how why where then now still also however meanwhile instead ' +
    'yes no not one some many most more other another such both each every all any several last ' +
    'next first earlier later today yesterday asked according during despite until unless whether',
);
