/**
 * Span repairs after decoding (common/analysis/entities/postprocess.ts), each on a tiny document
 * with a hand-made lexicon, so the rules are checked apart from any trained weights.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEntityRecognizer, NER_MODEL_FILE } from '../../common/analysis/entities';
import {
  computeWordInfo,
  GAZ_CLASSES,
  phraseHash,
  type Lexicon,
} from '../../common/analysis/entities/features';
import { hashString } from '../../common/analysis/entities/hash';
import { repairSpans } from '../../common/analysis/entities/postprocess';
import type { TokenSpan } from '../../common/analysis/entities/tagger';
import { tokenizeSentences } from '../../common/analysis/tokenize';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;
const bit = (c: (typeof GAZ_CLASSES)[number]): number => 1 << GAZ_CLASSES.indexOf(c);

const classes: Record<string, number> = {
  head: bit('role') | bit('common-word'),
  minister: bit('role') | bit('common-word'),
  south: bit('common-word'),
  left: bit('common-word'),
  french: bit('demonym') | bit('common-word'),
  fed: bit('common-word'),
  house: bit('common-word'),
  early: bit('common-word'),
  singer: bit('common-word'),
  director: bit('role') | bit('common-word'),
  mom: bit('role') | bit('common-word'),
  sen: bit('role') | bit('person-name'),
  rep: bit('role'),
  governor: bit('role') | bit('common-word'),
  dean: bit('role') | bit('person-name'),
  protection: bit('common-word'),
  campaign: bit('common-word'),
  'russian federation': bit('country'),
  christmas: bit('holiday') | bit('person-name') | bit('town'),
  island: bit('common-word'),
  shares: bit('common-word'),
  friends: bit('common-word'),
  twitter: bit('company'),
  instagram: bit('brand') | bit('company'),
  huawei: bit('brand') | bit('company'),
  'mypa-47': bit('mined-organization'),
  under: bit('common-word'),
  'new year': bit('holiday'),
  'christmas eve': bit('holiday'),
  australia: bit('holiday') | bit('country'),
};
const byHash = new Map(
  Object.entries(classes).map(([w, m]) => [phraseHash(w.split(' ').map((x) => hashString(x))), m]),
);
const lexicon: Lexicon = { gazetteer: (h) => byHash.get(h) ?? 0, cluster: () => 0 };

/** Runs the repairs on `text` with the given spans, written as [first word, text, type]. */
function repair(text: string, marks: [string, number][]): string[] {
  const { tokens, sentences } = tokenizeSentences(text);
  const words = tokens.map((t) => computeWordInfo(t.text, lexicon));
  const spans: TokenSpan[] = [];
  let from = 0;
  for (const [name, type] of marks) {
    const parts = tokenizeSentences(name).tokens.map((t) => t.text);
    let first = from;
    while (parts.some((p, k) => tokens[first + k]?.text !== p)) first++;
    spans.push({ first, last: first + parts.length, type });
    from = first + parts.length;
  }
  const out = repairSpans(spans, tokens, words, lexicon, sentences);
  return out.map((s) => `${'POLM'[s.type]}:${text.slice(tokens[s.first]!.start, tokens[s.last - 1]!.end)}`);
}

describe('span repairs', () => {
  it('drops an office before "of" read as a person, and keeps the person named after it', () => {
    expect(
      repair('He met the Head of Foreign Policy Affairs Department Hikmet Hajiyev today.', [
        ['Head', PER],
        ['Foreign Policy Affairs Department', ORG],
        ['Hikmet Hajiyev', PER],
      ]),
    ).toEqual(['O:Foreign Policy Affairs Department', 'P:Hikmet Hajiyev']);
    expect(repair('Minister of Defence Smith spoke.', [['Minister', PER]])).toEqual([]);
    // A surname that is no office stays a person before "of".
    expect(repair('Smith of Leeds won.', [['Smith', PER]])).toEqual(['P:Smith']);
  });

  it('drops a capitalised common word after "the" and a plain adjective', () => {
    expect(repair('Both are developing countries representing the global South.', [['South', LOC]])).toEqual(
      [],
    );
    expect(repair('He spoke of the new Left.', [['Left', MISC]])).toEqual([]);
    // Nationalities, ordinals, a second determiner and a following noun keep the name.
    expect(repair('The new French connection at Harlequins.', [['French', MISC]])).toEqual(['M:French']);
    expect(repair('He said that the Fed would act.', [['Fed', ORG]])).toEqual(['O:Fed']);
    expect(repair('Scores of the third Singer', [['Singer', MISC]])).toEqual(['M:Singer']);
    expect(repair('She went to the old South gate.', [['South', LOC]])).toEqual(['L:South']);
    // Organizations are named so ("the full House"), and "that" is as often a conjunction.
    expect(repair('It needs approval by the full House.', [['House', ORG]])).toEqual(['O:House']);
    expect(repair('He said that like Early, others back him.', [['Early', PER]])).toEqual(['P:Early']);
  });

  it('cuts a list of names read as one name at "or" and commas, not at "and"', () => {
    expect(repair('They play Sussex or Surrey next.', [['Sussex or Surrey', ORG]])).toEqual([
      'O:Sussex',
      'O:Surrey',
    ]);
    expect(repair('Focus on Mercantile , Commerce now.', [['Mercantile , Commerce', ORG]])).toEqual([
      'O:Mercantile',
      'O:Commerce',
    ]);
    expect(repair('Rigs in the Gulf , based on it.', [['Gulf , based', MISC]])).toEqual(['M:Gulf']);
    // A place keeps its comma, and so does a company before its suffix.
    expect(repair('He lives in Washington, D.C. now.', [['Washington, D.C.', LOC]])).toEqual([
      'L:Washington, D.C.',
    ]);
    expect(
      repair('Hank Greenberg owns C. V. Starr & Company, Inc. and more.', [
        ['C. V. Starr & Company, Inc.', ORG],
      ]),
    ).toEqual(['O:C. V. Starr & Company, Inc.']);
    expect(repair('Bosnia and Herzegovina voted.', [['Bosnia and Herzegovina', LOC]])).toEqual([
      'L:Bosnia and Herzegovina',
    ]);
  });

  it("takes a title off the front of a person's name, but not a first name", () => {
    expect(
      repair('Sen. Ted Cruz and Governor Mike Pence met.', [
        ['Sen. Ted Cruz', PER],
        ['Governor Mike Pence', PER],
      ]),
    ).toEqual(['P:Ted Cruz', 'P:Mike Pence']);
    expect(repair('Rep. G.K. Butterfield spoke.', [['Rep. G.K. Butterfield', PER]])).toEqual([
      'P:G.K. Butterfield',
    ]);
    expect(repair('Captain Dean Jones batted.', [['Dean Jones', PER]])).toEqual(['P:Dean Jones']);
  });

  it("cuts a run-on name at an office before a person's name, and drops the office", () => {
    expect(
      repair(
        'Flights resume in a week, Federal Air Traffic Control Administration Director Branko Bilbija said.',
        [['Federal Air Traffic Control Administration Director Branko Bilbija', ORG]],
      ),
    ).toEqual(['O:Federal Air Traffic Control Administration', 'P:Branko Bilbija']);
    // Not in a title-case headline.
    expect(
      repair('Gold Star Mom Corners Obama On His Refusal', [['Gold Star Mom Corners Obama', ORG]]),
    ).toEqual(['O:Gold Star Mom Corners Obama']);
    // A capitalised common word closing the run is no surname.
    expect(
      repair('Most of them were injured, the Road Safety Minister Protection Campaign said on Monday.', [
        ['Road Safety Minister Protection Campaign', ORG],
      ]),
    ).toEqual(['O:Road Safety Minister Protection Campaign']);
  });

  it('carries a body\'s or a treaty\'s name through "on" and types it as no place', () => {
    expect(
      repair('the 29th session of the UN Framework Convention on Climate Change (COP29) this year', [
        ['UN Framework Convention', LOC],
        ['COP29', MISC],
      ]),
    ).toEqual(['M:UN Framework Convention on Climate Change', 'M:COP29']);
    expect(
      repair('sponsored by the Commission on Presidential Debates , a non-profit', [['Commission', ORG]]),
    ).toEqual(['O:Commission on Presidential Debates']);
    // Not over a date, and a country's official name stays a place.
    expect(
      repair('The U.N. Security Council on Friday condemned it.', [['U.N. Security Council', ORG]]),
    ).toEqual(['O:U.N. Security Council']);
    expect(repair('part of the Russian Federation , they said', [['Russian Federation', LOC]])).toEqual([
      'L:Russian Federation',
    ]);
  });

  it('strips a month or weekday glued to a name the document also writes alone', () => {
    expect(
      repair('Mitchell ran. Last Friday Mitchell won.', [
        ['Mitchell', PER],
        ['Friday Mitchell', PER],
      ]),
    ).toEqual(['P:Mitchell', 'P:Mitchell']);
    expect(repair('The Sunday Telegraph said so.', [['Sunday Telegraph', ORG]])).toEqual([
      'O:Sunday Telegraph',
    ]);
  });
});

describe('span repairs from what a name is made of', () => {
  it('drops a holiday read as a place or a person, unless its name is also a known name', () => {
    expect(
      repair('Families gather for Christmas and on Christmas Eve.', [
        ['Christmas', LOC],
        ['Christmas Eve', PER],
      ]),
    ).toEqual([]);
    expect(repair('He flew to Australia.', [['Australia', LOC]])).toEqual(['L:Australia']);
  });

  it('makes the name after a form of address a person, without the address', () => {
    expect(repair('Mr. Xi said so.', [['Mr. Xi', ORG]])).toEqual(['P:Xi']);
    expect(repair('Then Dr. Fauci spoke.', [['Fauci', MISC]])).toEqual(['P:Fauci']);
    expect(repair('And Mrs. May agreed.', [])).toEqual(['P:May']);
    // A full name the tagger found stays whole.
    expect(repair('Ms. Jane Doe spoke.', [['Jane Doe', PER]])).toEqual(['P:Jane Doe']);
  });

  it('takes a rank off a name, or after it, and makes the name a person', () => {
    expect(
      repair('Later Sheikh Nawaf al-Ahmad al-Sabah took over.', [['Sheikh Nawaf al-Ahmad al-Sabah', ORG]]),
    ).toEqual(['P:Nawaf al-Ahmad al-Sabah']);
    expect(
      repair("Britain 's Queen Elizabeth spoke.", [
        ['Britain', LOC],
        ['Elizabeth', LOC],
      ]),
    ).toEqual(['L:Britain', 'P:Elizabeth']);
    // What follows the rank ends in a common word: a place, kept whole.
    expect(repair('He lives on Prince Edward Island now.', [['Prince Edward Island', LOC]])).toEqual([
      'L:Prince Edward Island',
    ]);
  });

  it('keeps the particles of a surname, and no preposition, date or common word at the edges of a name', () => {
    expect(
      repair('Johnson and von der Leyen spoke.', [
        ['Johnson', PER],
        ['Leyen', PER],
      ]),
    ).toEqual(['P:Johnson', 'P:von der Leyen']);
    expect(repair("For New Year 's Eve , stay home.", [['For New Year', ORG]])).toEqual([]);
    expect(repair('Shares of Wells Fargo fell.', [['Shares of Wells Fargo', ORG]])).toEqual([
      'O:Wells Fargo',
    ]);
    expect(repair('Friends of the Earth sued.', [['Friends of the Earth', ORG]])).toEqual([
      'O:Friends of the Earth',
    ]);
    expect(repair("Pence: Gennifer Flowers Won't Be There", [['Gennifer Flowers Wo', PER]])).toEqual([
      'P:Gennifer Flowers',
    ]);
    expect(
      repair('In London , Britain January 8 , 2020.', [
        ['London', LOC],
        ['Britain January', ORG],
      ]),
    ).toEqual(['L:London', 'O:Britain']);
  });

  it('types a name ending in a way or a crossing as a place', () => {
    expect(repair('Trade along the Middle Corridor grew.', [['Middle Corridor', ORG]])).toEqual([
      'L:Middle Corridor',
    ]);
    expect(repair('Rates at Wells Fargo rose.', [['Wells Fargo', ORG]])).toEqual(['O:Wells Fargo']);
    expect(repair('Notts County 3 Burnley 1', [['Notts County', ORG]])).toEqual(['O:Notts County']);
  });

  it('makes a web address written as a name an organization; a handle, a platform, a name with a number misc', () => {
    expect(repair('China, News.Az reports.', [['China', LOC]])).toEqual(['L:China', 'O:News.Az']);
    expect(repair('Visit Amazon.com today.', [['Amazon.com', LOC]])).toEqual(['O:Amazon.com']);
    expect(repair('He wrote @BrianKempGA on Twitter.', [['BrianKempGA', PER]])).toEqual(['M:@BrianKempGA']);
    // An e-mail address is no handle.
    expect(repair('Mail bob@Example today.', [])).toEqual([]);
    expect(repair('The COVID-19 curbs and the MiG-29 jets.', [['COVID-19', ORG]])).toEqual([
      'M:COVID-19',
      'M:MiG-29',
    ]);
    // A club the training text names so stays one.
    expect(repair('MyPa-47 won 2-1.', [['MyPa-47', ORG]])).toEqual(['O:MyPa-47']);
    // A page's link to its pictures is no name.
    expect(repair('Berkeley , Calif . Slideshow ( 68 images ) Garbers threw', [['Slideshow', PER]])).toEqual(
      [],
    );
    expect(repair('Two Under-21 sides met.', [])).toEqual([]);
    expect(
      repair('Trump said on Twitter and she wrote on her Instagram page.', [
        ['Trump', PER],
        ['Twitter', LOC],
      ]),
    ).toEqual(['P:Trump', 'M:Twitter', 'M:Instagram']);
    // The company itself, not a platform something is said on.
    expect(
      repair('New sanctions on Huawei hit Twitter.', [
        ['Huawei', ORG],
        ['Twitter', ORG],
      ]),
    ).toEqual(['O:Huawei', 'O:Twitter']);
  });

  it("makes a headline's bare surname the person the text names in full", () => {
    expect(
      repair('OBAMA WINS VOTE\nPresident Barack Obama won. Obama Street is closed.', [
        ['OBAMA', ORG],
        ['Barack Obama', PER],
        ['Obama Street', LOC],
      ]),
    ).toEqual(['P:OBAMA', 'P:Barack Obama', 'L:Obama Street']);
  });

  it('makes a name with a season record or a poll rank a team, every mention of it', () => {
    expect(
      repair('Oklahoma (7-2 overall) won. Oklahoma led 3-0 and the Ducks (3-2) lost.', [
        ['Oklahoma', LOC],
        ['Oklahoma', LOC],
        ['Ducks', MISC],
      ]),
    ).toEqual(['O:Oklahoma', 'O:Oklahoma', 'O:Ducks']);
    expect(
      repair('It hurt No. 11 Oregon and 23rd-ranked Utah.', [
        ['Oregon', LOC],
        ['Utah', LOC],
      ]),
    ).toEqual(['O:Oregon', 'O:Utah']);
    // A pitcher's record follows a person; a ranked player's nationality is no team.
    expect(repair('He homered off Jimmy Key (9-10).', [['Jimmy Key', PER]])).toEqual(['P:Jimmy Key']);
    expect(
      repair('She beat 18th-ranked South African Amanda Coetzer.', [
        ['South African', MISC],
        ['Amanda Coetzer', PER],
      ]),
    ).toEqual(['M:South African', 'P:Amanda Coetzer']);
  });

  it('makes a name the document describes as a business an organization, every mention of it', () => {
    expect(
      repair('Potash miner Belaruskali said so. Workers at Belaruskali struck.', [
        ['Belaruskali', PER],
        ['Belaruskali', PER],
      ]),
    ).toEqual(['O:Belaruskali', 'O:Belaruskali']);
    expect(repair('The California-based Robinhood said it.', [['Robinhood', PER]])).toEqual(['O:Robinhood']);
    expect(repair('Investors sold Countrywide shares.', [['Countrywide', PER]])).toEqual(['O:Countrywide']);
    expect(repair('Peabody, the coal miner, said output fell.', [['Peabody', PER]])).toEqual(['O:Peabody']);
    expect(
      repair('Norway said Yara ASA would act.', [
        ['Norway', LOC],
        ['Yara ASA', PER],
      ]),
    ).toEqual(['L:Norway', 'O:Yara ASA']);
    expect(
      repair('Patriot Coal went bankrupt. Unlike Patriot, he has investors.', [
        ['Patriot Coal', ORG],
        ['Patriot', PER],
      ]),
    ).toEqual(['O:Patriot Coal', 'O:Patriot']);
    // A person described through the company stays a person.
    expect(
      repair("Smith, the company's founder, and Jones, a group of one, spoke.", [
        ['Smith', PER],
        ['Jones', PER],
      ]),
    ).toEqual(['P:Smith', 'P:Jones']);
  });
});

describe('the committed model on the sample article, repaired', () => {
  const root = path.resolve(__dirname, '../..');
  const recognizer = createEntityRecognizer(
    new Uint8Array(readFileSync(path.join(root, 'assets/models', NER_MODEL_FILE))),
  );
  const text = readFileSync(path.join(root, 'assets/sample/azerbaijan-china-ties.txt'), 'utf8');
  const { mentions } = recognizer.recognize(text);

  it('marks no office title as a person, no "global South" as a place, and the UN convention whole', () => {
    expect(mentions.filter((m) => m.text === 'Head')).toEqual([]);
    expect(mentions.filter((m) => m.text === 'South')).toEqual([]);
    // The department alone, or with the body it belongs to ("... of the Presidential Administration").
    expect(
      mentions.some(
        (m) => m.type === 'organization' && m.text.startsWith('Foreign Policy Affairs Department'),
      ),
    ).toBe(true);
    expect(mentions.some((m) => m.text.endsWith('Hikmet Hajiyev') && m.type !== 'person')).toBe(false);
    expect(mentions.find((m) => m.text.startsWith('UN Framework'))).toMatchObject({
      text: 'UN Framework Convention on Climate Change',
      type: 'misc',
    });
  });
});
