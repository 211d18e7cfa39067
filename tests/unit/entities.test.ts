import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEntityRecognizer, NER_MODEL_FILE, type EntityResult } from '../../common/analysis/entities';
import {
  capsSentences,
  computeWordInfo,
  docCaseCodes,
  gazetteerCodes,
  GAZ_CLASSES,
  NUM_GAZ,
  pass1Features,
  phraseHash,
  wordFeatures,
  docContext,
  type DocView,
  type Lexicon,
} from '../../common/analysis/entities/features';
import { hashString } from '../../common/analysis/entities/hash';
import { mergeMentions, type RawMention } from '../../common/analysis/entities/merge';
import { decodeModel, encodeModel, KeyIndex } from '../../common/analysis/entities/model';
import {
  allowedTransition,
  B,
  I,
  L,
  NUM_TAGS,
  O,
  spansOf,
  tagName,
  tagOf,
  tagsOf,
  U,
  viterbi,
} from '../../common/analysis/entities/tags';
import { Tagger } from '../../common/analysis/entities/tagger';
import { tokenize } from '../../common/analysis/tokenize';

const root = path.resolve(__dirname, '../..');
/** The committed model, for the tests of what it reads in real kinds of text. */
const committed = createEntityRecognizer(
  new Uint8Array(readFileSync(path.join(root, 'assets/models', NER_MODEL_FILE))),
);
const typed = (text: string): string[] =>
  committed.recognize(text).mentions.map((m) => `${m.text}/${m.type}`);

function view(text: string, lexicon: Lexicon): DocView {
  const lines = text.split('\n');
  const words = [];
  const sentences = [];
  for (const line of lines) {
    const toks = tokenize(line);
    sentences.push({ first: words.length, last: words.length + toks.length });
    for (const t of toks) words.push(computeWordInfo(t.text, lexicon));
  }
  return { words, sentences };
}

const country = 1 << GAZ_CLASSES.indexOf('country');
const phrase = (...ws: string[]): number => phraseHash(ws.map((w) => hashString(w.toLowerCase())));
const lexicon: Lexicon = {
  gazetteer: (h) =>
    h === phrase('China') || h === phrase('People', "'s", 'Republic', 'of', 'China') ? country : 0,
  cluster: () => 0,
};

describe('features', () => {
  it('marks gazetteer matches leftmost-longest with B/I/L/U positions', () => {
    const v = view("the People 's Republic of China and China", lexicon);
    const codes = gazetteerCodes(v, lexicon.gazetteer);
    const c = GAZ_CLASSES.indexOf('country');
    const at = (i: number): number => codes[i * NUM_GAZ + c]!;
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(at)).toEqual([0, 1, 2, 2, 2, 3, 0, 4]);
  });

  it('flags headline lines and how a word is cased elsewhere in the document', () => {
    const v = view('BANK OF CHINA SAYS\nThe bank said the Bank of China grew .\nBank shares rose', lexicon);
    expect([...capsSentences(v)]).toEqual([1, 0, 0]);
    const dc = docCaseCodes(v, capsSentences(v));
    // "BANK" (headline) and sentence-initial "Bank": written both "bank" and "Bank" mid-sentence.
    expect(dc[0]).toBe(3);
    expect(dc[v.sentences[2]!.first]).toBe(3);
    // "China" only ever capitalised.
    expect(dc[v.sentences[1]!.first + 6]).toBe(1);
  });

  it('extracts a stable set of keys that depends on the context', () => {
    const a = view('Hikmet Hajiyev told AZERTAC', lexicon);
    const b = view('Hikmet Hajiyev told reporters', lexicon);
    const keys = (v: DocView, i: number): number[] => {
      const out: number[] = [];
      pass1Features(v, docContext(v, lexicon.gazetteer), 0, i, out);
      return out;
    };
    expect(keys(a, 1)).toEqual(keys(view('Hikmet Hajiyev told AZERTAC', lexicon), 1));
    expect(keys(a, 1).every((k) => Number.isInteger(k) && k >= 0 && k < 2 ** 32)).toBe(true);
    const ka = new Set(keys(a, 1));
    const kb = keys(b, 1);
    // Only the features that look two words right differ.
    expect(kb.filter((k) => !ka.has(k)).length).toBeGreaterThan(0);
    expect(kb.filter((k) => !ka.has(k)).length).toBeLessThan(4);
  });
});

describe('tagger', () => {
  // A model of two weights: every token leans to O, and the word "SMITH" as written (a case feature,
  // which lines in capitals go without) to a one-word person.
  const none = new Uint32Array(0);
  const empty: Lexicon = { gazetteer: () => 0, cluster: () => 0 };
  const asWritten: number[] = [];
  const inCaps: number[] = [];
  wordFeatures(computeWordInfo('SMITH', empty), false, asWritten);
  wordFeatures(computeWordInfo('SMITH', empty), true, inCaps);
  const raw = asWritten.find((k) => !inCaps.includes(k))!;
  const bias = inCaps[0]!;
  const keys = Uint32Array.from([bias, raw].sort((a, b) => a - b));
  const model = decodeModel(
    encodeModel({
      header: { format: 'gloss-ner', numTags: NUM_TAGS, passes: 1, scales: [0.01], meta: {} },
      gazKeys: none,
      gazMasks: none,
      clusterKeys: none,
      clusterPaths: none,
      passes: [
        {
          keys,
          counts: Uint8Array.from([1, 1]),
          tags: Uint8Array.from([...keys].map((k) => (k === raw ? tagOf(0, U) : O))),
          values: Int16Array.from([...keys].map((k) => (k === raw ? 1000 : 100))),
          scale: 0.01,
          trans: new Float32Array(NUM_TAGS * NUM_TAGS),
          start: new Float32Array(NUM_TAGS),
          end: new Float32Array(NUM_TAGS),
        },
      ],
    }),
  );

  it('scores a word in a line of capitals without its case features, wherever it was seen first', () => {
    const text = 'The SMITH report sold well.\n\nSMITH WINS AGAIN\n\nThey read the SMITH report.';
    const tagger = new Tagger(model);
    const r = tagger.tag(text);
    const smith = r.tokens.flatMap((t, i) => (t.text === 'SMITH' ? [i] : []));
    const at = (n: number): number => r.tags[smith[n]!]!;
    expect([at(0), at(1), at(2)]).toEqual([tagOf(0, U), O, tagOf(0, U)]);
    // a second text, every word's scores already kept
    expect([...tagger.tag(text).tags]).toEqual([...r.tags]);
    // and the word seen first in capitals
    const capsFirst = 'SMITH WINS AGAIN\n\nThe SMITH report sold well.';
    const c = new Tagger(model).tag(capsFirst);
    const cs = c.tokens.flatMap((t, i) => (t.text === 'SMITH' ? [i] : []));
    expect(cs.map((i) => c.tags[i])).toEqual([O, tagOf(0, U)]);
  });
});

describe('BILOU decoding', () => {
  it('encodes the tag grammar', () => {
    const per = 0;
    const org = 1;
    expect(allowedTransition(tagOf(per, B), tagOf(per, I))).toBe(true);
    expect(allowedTransition(tagOf(per, B), tagOf(org, L))).toBe(false);
    expect(allowedTransition(tagOf(per, B), O)).toBe(false);
    expect(allowedTransition(O, tagOf(per, I))).toBe(false);
    expect(allowedTransition(tagOf(per, U), tagOf(org, B))).toBe(true);
    expect(tagName(tagOf(org, L))).toBe('L-ORG');
  });

  it('picks the best grammatical path even when the greedy choice is ungrammatical', () => {
    const n = 3;
    const emit = new Float64Array(n * NUM_TAGS);
    // Greedy argmax would be I-PER, O, L-PER: ungrammatical everywhere.
    emit[tagOf(0, I)] = 5;
    emit[tagOf(0, B)] = 4;
    emit[NUM_TAGS + O] = 3;
    emit[NUM_TAGS + tagOf(0, I)] = 2.5;
    emit[2 * NUM_TAGS + tagOf(0, L)] = 5;
    const zero = new Float64Array(NUM_TAGS * NUM_TAGS);
    const tags = viterbi(emit, n, zero, new Float64Array(NUM_TAGS), new Float64Array(NUM_TAGS));
    expect([...tags].map(tagName)).toEqual(['B-PER', 'I-PER', 'L-PER']);
    expect(spansOf(tags)).toEqual([{ first: 0, last: 3, type: 0 }]);
  });

  it('respects transition weights and round-trips spans', () => {
    const spans = [
      { first: 0, last: 1, type: 2 },
      { first: 2, last: 5, type: 1 },
    ];
    const tags = tagsOf(spans, 6);
    expect([...tags].map(tagName)).toEqual(['U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(spansOf(tags)).toEqual(spans);
    const emit = new Float64Array(2 * NUM_TAGS);
    emit[tagOf(0, U)] = 1;
    emit[NUM_TAGS + tagOf(0, U)] = 1;
    const trans = new Float64Array(NUM_TAGS * NUM_TAGS);
    trans[tagOf(0, U) * NUM_TAGS + tagOf(0, U)] = -10;
    const out = viterbi(emit, 2, trans, new Float64Array(NUM_TAGS), new Float64Array(NUM_TAGS));
    expect([...out].map(tagName)).not.toEqual(['U-PER', 'U-PER']);
  });
});

describe('model file', () => {
  it('round-trips through encode and decode', () => {
    const m = {
      header: { format: 'gloss-ner' as const, numTags: NUM_TAGS, passes: 1, scales: [0.5], meta: { x: 1 } },
      gazKeys: Uint32Array.from([3, 9]),
      gazMasks: Uint32Array.from([1, 2]),
      clusterKeys: new Uint32Array(0),
      clusterPaths: new Uint32Array(0),
      passes: [
        {
          keys: Uint32Array.from([7, 4000000000]),
          counts: Uint8Array.from([1, 2]),
          tags: Uint8Array.from([0, 3, 4]),
          values: Int16Array.from([10, -20, 30]),
          scale: 0.5,
          trans: new Float32Array(NUM_TAGS * NUM_TAGS).fill(0.25),
          start: new Float32Array(NUM_TAGS),
          end: new Float32Array(NUM_TAGS),
        },
      ],
    };
    const back = decodeModel(encodeModel(m));
    expect(back.header.meta).toEqual({ x: 1 });
    expect([...back.passes[0]!.keys]).toEqual([7, 4000000000]);
    expect([...back.passes[0]!.values]).toEqual([10, -20, 30]);
    expect(back.passes[0]!.trans[5]).toBe(0.25);
    const idx = new KeyIndex(back.gazKeys);
    expect(idx.get(9)).toBe(1);
    expect(idx.get(10)).toBe(-1);
    expect(() => decodeModel(new Uint8Array([1, 2, 3]))).toThrow(/not a Gloss NER model/);
  });

  it('finds keys of the whole u32 range, colliding ones included', () => {
    // 16 slots: keys alike in their low four bits probe past each other
    const keys = Uint32Array.from([0x80000003, 3, 0xfffffff3, 0x13, 2 ** 31, 0xffffffff]);
    const idx = new KeyIndex(keys);
    keys.forEach((k, r) => expect(idx.get(k)).toBe(r));
    for (const absent of [0x23, 0x7fffffff, 0, 0xfffffffe]) expect(idx.get(absent)).toBe(-1);
  });
});

describe('mention merging', () => {
  const mentions = (text: string, spans: [string, RawMention['type']][]): RawMention[] => {
    let from = 0;
    return spans.map(([s, type]) => {
      const start = text.indexOf(s, from);
      from = start + s.length;
      return { start, end: start + s.length, type, text: s };
    });
  };

  it('links a surname to the full name and keeps the fullest form as the name', () => {
    const text = 'Hajiyev said. Hikmet Hajiyev spoke. Hajiyev added.';
    const r = mergeMentions(
      text,
      mentions(text, [
        ['Hajiyev', 'person'],
        ['Hikmet Hajiyev', 'person'],
        ['Hajiyev', 'person'],
      ]),
    );
    expect(new Set(r.mentions.map((m) => m.entityId)).size).toBe(1);
    expect(r.entities).toEqual([
      {
        id: 'person:hikmet-hajiyev',
        name: 'Hikmet Hajiyev',
        type: 'person',
        aliases: ['Hikmet Hajiyev', 'Hajiyev'],
        mentionCount: 3,
      },
    ]);
  });

  it('leaves a surname alone when two people share it', () => {
    const text = 'Hikmet Hajiyev and John Hajiyev met. Hajiyev spoke.';
    const r = mergeMentions(
      text,
      mentions(text, [
        ['Hikmet Hajiyev', 'person'],
        ['John Hajiyev', 'person'],
        ['Hajiyev', 'person'],
      ]),
    );
    expect(r.entities).toHaveLength(3);
  });

  it('links "Mr. X" to the full name, by its family name first or last', () => {
    const text = 'Xi Jinping and Kenneth Clarke met. Mr. Xi spoke, then Mr. Clarke. Jinping left; Xi stayed.';
    const r = mergeMentions(
      text,
      mentions(text, [
        ['Xi Jinping', 'person'],
        ['Kenneth Clarke', 'person'],
        ['Xi', 'person'],
        ['Clarke', 'person'],
        ['Jinping', 'person'],
        ['Xi', 'person'],
      ]),
    );
    const ids = r.mentions.map((m) => m.entityId);
    expect(ids[2]).toBe(ids[0]);
    expect(ids[3]).toBe(ids[1]);
    expect(ids[4]).toBe(ids[0]);
    // The bare "Xi" is the same word as the address form, so it is the same entity by surface form.
    expect(ids[5]).toBe(ids[0]);
    expect(r.entities.map((e) => e.name)).toEqual(['Xi Jinping', 'Kenneth Clarke']);
  });

  it('does not link a first name to a full name without a form of address', () => {
    const text = 'Kenneth Clarke spoke. Kenneth left.';
    const r = mergeMentions(
      text,
      mentions(text, [
        ['Kenneth Clarke', 'person'],
        ['Kenneth', 'person'],
      ]),
    );
    expect(r.entities).toHaveLength(2);
  });

  it('links an acronym to its bracketed expansion and to matching initials elsewhere', () => {
    const text =
      'the Shanghai Cooperation Organization (SCO) met; SCO members and the European Union (EU) and the EU.';
    const r = mergeMentions(
      text,
      mentions(text, [
        ['Shanghai Cooperation Organization', 'organization'],
        ['SCO', 'organization'],
        ['SCO', 'organization'],
        ['European Union', 'organization'],
        ['EU', 'organization'],
        ['EU', 'organization'],
      ]),
    );
    expect(r.entities).toHaveLength(2);
    expect(r.entities[0]).toMatchObject({
      name: 'Shanghai Cooperation Organization',
      aliases: ['Shanghai Cooperation Organization', 'SCO'],
      mentionCount: 3,
    });
    expect(r.entities[1]!.name).toBe('European Union');
  });

  it('does not glue an unrelated bracketed acronym to the name before it', () => {
    const text = 'the Conference on Climate Change (COP29)';
    const r = mergeMentions(
      text,
      mentions(text, [
        ['Conference on Climate Change', 'misc'],
        ['COP29', 'misc'],
      ]),
    );
    expect(r.entities).toHaveLength(2);
  });

  it('links official and short country names, and strips nothing from the text', () => {
    const text = "The People's Republic of China and China; the Republic of Azerbaijan and Azerbaijan.";
    const r = mergeMentions(
      text,
      mentions(text, [
        ["People's Republic of China", 'place'],
        ['China', 'place'],
        ['Republic of Azerbaijan', 'place'],
        ['Azerbaijan', 'place'],
      ]),
    );
    expect(r.entities.map((e) => e.name)).toEqual(["People's Republic of China", 'Republic of Azerbaijan']);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives ids derived from type and name, unique within the document', () => {
    const text = 'Jordan and Jordan';
    const r = mergeMentions(text, [
      { start: 0, end: 6, type: 'place', text: 'Jordan' },
      { start: 11, end: 17, type: 'place', text: 'Jordan' },
    ]);
    expect(r.entities).toEqual([
      { id: 'place:jordan', name: 'Jordan', type: 'place', aliases: ['Jordan'], mentionCount: 2 },
    ]);
  });
});

describe('the committed model on league tables', () => {
  it("keeps the bracket that closes a club's town in its name", () => {
    const text =
      'Division A\nHajduk 2 Proleter ( Z ) 0\nZemun 1 Rad ( B ) 0\nParis (France) hosts the UN (United Nations).';
    const names = committed.recognize(text).mentions.map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(['Proleter ( Z )', 'Rad ( B )', 'Paris', 'France']));
    expect(names.some((n) => n.endsWith(')') && !n.includes('('))).toBe(false);
  });
});

describe('the committed model on datelines', () => {
  it('reads the city and region opening a story as places', () => {
    expect(
      typed('SOCCER - REAL SCRAPE DRAW .\nLA CORUNA , Spain 1996-08-31\nA late goal saved them .'),
    ).toEqual(expect.arrayContaining(['LA CORUNA/place', 'Spain/place']));
    expect(typed('WASHINGTON , Dec 7 ( Reuters ) - The Senate met on Monday .')).toContain(
      'WASHINGTON/place',
    );
  });

  it('takes no section name, weekday or headline for a dateline', () => {
    const names = typed(
      'SOCCER - ENGLISH LEAGUE RESULTS .\nFRIDAY , AUGUST 30\nU.S. EMBASSY IN ATHENS CLOSED ON LABOUR DAY , SEP 2 .',
    );
    for (const n of ['SOCCER/place', 'FRIDAY/place']) expect(names).not.toContain(n);
    expect(names.some((n) => n.startsWith('U.S. EMBASSY'))).toBe(false);
    // a date opening a sentence that goes on is no dateline, and "Maryland" no month
    expect(typed('FEMA Sept. 3 report found flaws in the plan .')).not.toContain('FEMA/place');
    expect(typed('BALTIMORE , Maryland 1996-08-30\nThe port reopened .')).toEqual(
      expect.arrayContaining(['BALTIMORE/place', 'Maryland/place']),
    );
  });
});

describe('the committed model on a body before an office', () => {
  it('reads the capitals before an office and its holder as the body', () => {
    expect(
      typed('" The year will end with a bang , " Sentix Managing Director Patrick Hussy said .'),
    ).toEqual(['Sentix/organization', 'Patrick Hussy/person']);
    expect(typed('Yara Chief Executive Svein Tore Holsether said on Monday .')).toContain(
      'Yara/organization',
    );
  });

  it('leaves a people, a person named in full or after a title, a form of address and an office alone', () => {
    const cases: [string, string][] = [
      ['German Chancellor Helmut Kohl met reporters .', 'German/organization'],
      ['Bill Clinton spoke . Clinton Spokesman Mike McCurry said so .', 'Clinton/organization'],
      ['Hillary Clinton Spokesman Brian Fallon said they were ready .', 'Hillary Clinton/organization'],
      [
        '" We are ready , " said Pelosi Spokesman Drew Hammill . Speaker Pelosi agreed .',
        'Pelosi/organization',
      ],
      ['His Majesty King Hassan agreed .', 'Majesty/organization'],
      ['Co-Premiers Prince Norodom Ranariddh and Hun Sen met .', 'Co-Premiers/organization'],
      ['Then-Vice President Joe Biden said so .', 'Then-Vice/organization'],
    ];
    for (const [text, wrong] of cases) expect(typed(text), text).not.toContain(wrong);
  });
});

describe('the committed model on laws and treaties', () => {
  it('reads an act, a bill or an agreement as misc, as the CoNLL guidelines have laws', () => {
    const text =
      'The United Kingdom will press ahead on Monday with the Internal Market Bill . Republicans want to repeal the Affordable Care Act and leave the North American Free Trade Agreement .';
    expect(typed(text)).toEqual(
      expect.arrayContaining([
        'Internal Market Bill/misc',
        'Affordable Care Act/misc',
        'North American Free Trade Agreement/misc',
      ]),
    );
    expect(typed('Buffalo Bill rode into town with Annie Oakley .')).toContain('Buffalo Bill/person');
  });
});

describe('the committed model on the sample article', () => {
  const recognizer = committed;
  const text = readFileSync(path.join(root, 'assets/sample/azerbaijan-china-ties.txt'), 'utf8');
  const result: EntityResult = recognizer.recognize(text);
  const entity = (name: string) => result.entities.find((e) => e.aliases.includes(name));

  it('gives mentions that are exact slices of the text, each pointing at an entity', () => {
    const ids = new Set(result.entities.map((e) => e.id));
    for (const m of result.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(ids.has(m.entityId)).toBe(true);
      expect(m.text).not.toMatch(/['’]s$/u);
      expect(m.text).not.toMatch(/^[“"(]/u);
    }
  });

  it('finds the people, with the bare surname merged into the full name', () => {
    const hajiyev = entity('Hikmet Hajiyev');
    expect(hajiyev).toMatchObject({ name: 'Hikmet Hajiyev', type: 'person' });
    expect(hajiyev!.aliases).toContain('Hajiyev');
    expect(hajiyev!.mentionCount).toBeGreaterThanOrEqual(5);
    expect(entity('Ilham Aliyev')?.type).toBe('person');
    expect(entity('Xi Jinping')?.type).toBe('person');
  });

  it('finds the organizations, with the acronym merged into its expansion', () => {
    expect(entity('AZERTAC')?.type).toBe('organization');
    const sco = entity('SCO');
    expect(sco).toMatchObject({ name: 'Shanghai Cooperation Organization', type: 'organization' });
    expect(entity('News.Az')?.type).toBe('organization');
  });

  it('finds the places, the official name of China merged with China', () => {
    for (const p of ['Azerbaijan', 'China', 'Samarkand', 'Beijing']) expect(entity(p)?.type, p).toBe('place');
    const china = entity('China')!;
    expect(china.mentionCount).toBeGreaterThanOrEqual(8);
    expect(china.aliases.some((a) => /Republic of China$/u.test(a))).toBe(true);
    expect(entity('Azerbaijan')!.aliases).toContain('Republic of Azerbaijan');
  });

  it('reads the Middle Corridor, a trade route, as no organization', () => {
    const corridor = result.mentions.filter((m) => m.text === 'Middle Corridor');
    expect(corridor.length).toBeGreaterThanOrEqual(2);
    for (const m of corridor) expect(m.type).not.toBe('organization');
  });

  it('recognises COP29 as a name of its own', () => {
    const cop = entity('COP29');
    expect(cop).toBeDefined();
    expect(cop!.name).toBe('COP29');
  });

  it('is deterministic and keeps ids stable within a document', () => {
    expect(recognizer.recognize(text)).toEqual(result);
  });
});
