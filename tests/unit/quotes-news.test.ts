/**
 * The quotation finder on what current news articles do: interrupted quotations as parts,
 * narrative that never joins two quotations, pronouns that agree with their person, page
 * furniture that never speaks, and a confidence the reader can act on.
 */
import { describe, expect, it } from 'vitest';
import type { EntityResult } from '../../common/analysis/entities';
import { findQuotes } from '../../common/analysis/quotes';
import { makeCtx } from '../../common/analysis/quotes/context';
import { mergeFeatures, pairFeatures } from '../../common/analysis/quotes/stretches';
import type { EntityType } from '../../common/model/analysis';
import { entities } from './entity-fixtures';

const none: EntityResult = { mentions: [], entities: [] };

/** People (or, with a type, others) as [id, name, forms, type?]. */
const people = (text: string, defs: [id: string, name: string, forms: string[], type?: EntityType][]) =>
  entities(
    text,
    defs.map(([id, name, forms, type = 'person']) => ({ id, name, forms, type })),
  );

const slices = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('quotations made of parts', () => {
  it('keeps an interrupted quotation whole and its quoted stretches apart, the attribution outside them', () => {
    const text = '"The lines are down," the mayor said on Tuesday. "Crews are out."';
    const { quotes } = findQuotes(text, none);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.text).toBe(text);
    expect(slices(text, q.parts)).toEqual(['"The lines are down,"', '"Crews are out."']);
    expect(q.speaker?.text).toBe('the mayor');
  });

  it('gives a quotation in one piece one part, the whole of it', () => {
    const text = '“We will win this state,” said Jane Smith, the campaign manager.';
    const q = findQuotes(text, none).quotes[0]!;
    expect(q.parts).toEqual([{ start: q.start, end: q.end }]);
  });

  it('never merges two quotations across narrative that attributes nothing', () => {
    const text =
      '"Every book here is printed by hand," says the founder of the press. The shop opened last year on Main Street. "We sell out every week."';
    const { quotes } = findQuotes(text, none);
    expect(quotes.map((q) => q.text)).toEqual([
      '"Every book here is printed by hand,"',
      '"We sell out every week."',
    ]);
  });

  it('never joins a stretch that carries its own speech tag to the one before', () => {
    const text =
      '"He is going to have to stop with the insults," said Sen. Susan Collins. "He will have to earn the presidency," added Rep. Cathy McMorris Rodgers.';
    const { quotes } = findQuotes(text, none);
    expect(quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['"He is going to have to stop with the insults,"', 'Sen. Susan Collins'],
      ['"He will have to earn the presidency,"', 'Rep. Cathy McMorris Rodgers'],
    ]);
    // not even a candidate for the merge model, whatever its weights
    const ctx = makeCtx(text, []);
    expect(mergeFeatures(ctx, pairFeatures(ctx, 0), pairFeatures(ctx, 1))).toBeNull();
    const one = makeCtx('"He is going to stop," said Sen. Susan Collins. "He will have to earn it."', []);
    expect(mergeFeatures(one, pairFeatures(one, 0), pairFeatures(one, 1))).not.toBeNull();
  });

  it('does not take a middle initial for the end of a sentence', () => {
    const text = '"The market will recover," said James B. Cunningham, a former ambassador. "It always has."';
    const { quotes } = findQuotes(text, none);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.parts).toHaveLength(2);
    expect(quotes[0]!.speaker?.text).toContain('Cunningham');
  });
});

describe('sentences end where the tokenizer says', () => {
  it('does not count the period of "Mr." as a stop between two stretches of one quotation', () => {
    const text =
      "''Our jobs are being sucked out of our states,'' Mr. Trump said. ''One of the big problems.''";
    const ctx = makeCtx(text, []);
    const f = mergeFeatures(ctx, pairFeatures(ctx, 0), pairFeatures(ctx, 1));
    expect(f?.['gapStops:1']).toBe(1);
    expect(f?.['gapStops:2']).toBeUndefined();
  });

  it('does not take the next sentence\'s "He said" for the tag of a stretch that ends its sentence', () => {
    const text =
      "''Our jobs are being sucked out of our states,'' Mr. Trump said. ''One of the big problems is economy and jobs, and that is my wheelhouse.'' He said, twice, that he was going to get up and go back to work on Wednesday morning.";
    const { quotes } = findQuotes(text, none);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.parts).toHaveLength(2);
  });
});

describe('attributions without a verb', () => {
  it('takes the name after a dash that ends the line as the speaker, in a column of voices', () => {
    const text =
      '“The bus never came on time, not once this winter.” ― Rosa Mendez\n“I walk to the clinic now, two miles each way.” ― Tom Ward\n';
    const { quotes } = findQuotes(text, none);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Rosa Mendez', 'Tom Ward']);
  });

  it('does not read a dash inside a sentence as an attribution', () => {
    const text = 'The mayor called the plan “a start” ― Main Street, he said, comes next.';
    const { quotes } = findQuotes(text, none);
    expect(quotes.map((q) => q.speaker?.text)).not.toContain('Main Street');
  });
});

describe('pronouns agree with the person they stand for', () => {
  it('takes "she" past the nearer man to the woman', () => {
    const text =
      'Hillary Clinton spent the evening answering Donald Trump. She tweeted: "When something gets under his thin skin, he lashes out."';
    const found = people(text, [
      ['hc', 'Hillary Clinton', ['Hillary Clinton']],
      ['dt', 'Donald Trump', ['Donald Trump']],
    ]);
    const q = findQuotes(text, found).quotes[0]!;
    expect(q.speaker?.text).toBe('She');
    expect(q.speakerEntityId).toBe('hc');
  });

  it('does not hand "he" to the previous speaker when she is a woman', () => {
    const text =
      '"We are ready," Maria Lopez said on Monday. Tom Brown, her opponent, disagreed.\n\n"It is far from over," he said.';
    const found = people(text, [
      ['ml', 'Maria Lopez', ['Maria Lopez']],
      ['tb', 'Tom Brown', ['Tom Brown']],
    ]);
    const qs = findQuotes(text, found).quotes;
    expect(qs.map((q) => q.speakerEntityId)).toEqual(['ml', 'tb']);
  });

  it('reads gender from a title written before the name', () => {
    const text = 'Ms. Abedin arrived with Mr. Podesta after the debate. "We are ready for this," she said.';
    const found = people(text, [
      ['ha', 'Abedin', ['Abedin']],
      ['jp', 'Podesta', ['Podesta']],
    ]);
    expect(findQuotes(text, found).quotes[0]!.speakerEntityId).toBe('ha');
  });

  it('never gives "it" to a person, and looks for its company only a sentence or two back', () => {
    const person = 'Paul Wright spoke on Monday. It is the pull of his "you can keep your plan" promise.';
    const pw = people(person, [['pw', 'Paul Wright', ['Paul Wright']]]);
    expect(findQuotes(person, pw).quotes[0]!.speakerEntityId).toBeNull();
    const company =
      'Acme Corp. posted its results on Monday. It said "we will hire 400 people in Reno next year."';
    const acme = people(company, [['ac', 'Acme Corp.', ['Acme Corp.'], 'organization']]);
    expect(findQuotes(company, acme).quotes[0]!.speakerEntityId).toBe('ac');
    // no quotation in between that "it" could continue
    const far =
      'Acme Corp. posted its results on Monday. The plant will open in the spring, and the state has ' +
      'promised roads, schools and a rail spur to serve it. Local builders have already hired crews, and ' +
      'rents near the site have risen by a fifth since the spring, faster than anywhere else in the county. The city sent its own letter to the ' +
      'state on Friday. It says "the rail spur must wait for a vote of the council."';
    const late = people(far, [['ac', 'Acme Corp.', ['Acme Corp.'], 'organization']]);
    expect(findQuotes(far, late).quotes[0]!.speakerEntityId).toBeNull();
  });
});

describe('names as one person', () => {
  it('keeps a titled name whole when only its surname belongs to another person', () => {
    const text =
      'Gary Johnson spoke in Denver on Monday. "We are watching closely," Homeland Security Secretary Jeh Johnson said.';
    const found = people(text, [
      ['gj', 'Gary Johnson', ['Gary Johnson', 'Johnson']],
      ['hs', 'Homeland Security', ['Homeland Security'], 'organization'],
    ]);
    const q = findQuotes(text, found).quotes[0]!;
    expect(q.speakerName).toBe('Jeh Johnson');
    expect(q.speakerEntityId).toBeNull();
  });

  it('takes a bare surname to the nearest person who bears it', () => {
    const text =
      'Tom Brown chaired the first session. Later Ann Brown took questions from reporters. "We will publish the figures," Brown said.';
    const found = people(text, [
      ['tb', 'Tom Brown', ['Tom Brown']],
      ['ab', 'Ann Brown', ['Ann Brown']],
    ]);
    expect(findQuotes(text, found).quotes[0]!.speakerEntityId).toBe('ab');
  });
});

describe('a description names the speaker, never a fragment', () => {
  it('ends a description before a verb the scan ran into', () => {
    const text = 'The article closes with a warning: "Nothing about this will be easy for anyone."';
    const q = findQuotes(text, none).quotes[0]!;
    expect(q.speaker?.text).toBe('The article');
    expect(q.speakerName).toBe('The article');
  });

  it('ends a description before an irregular past tense', () => {
    const text = 'The mayor spoke last. "This bridge will be open by spring, and it will be paid for."';
    expect(findQuotes(text, none).quotes[0]!.speaker?.text).toBe('The mayor');
  });

  it('never takes a thing given a label for the speaker', () => {
    const text =
      'On her discharge papers, in a box labeled “medical problem,” a doctor had typed “severe anxiety.”';
    expect(findQuotes(text, none).quotes.map((q) => q.speaker?.text)).not.toContain('a box');
  });

  it('keeps a participle after an adverb inside the description', () => {
    const text = 'The newly elected mayor said "we will open the bridge by spring, and pay for it."';
    expect(findQuotes(text, none).quotes[0]!.speaker?.text).toBe('The newly elected mayor');
  });

  it('ends a description at the "put it" that makes it a source', () => {
    const speaker = (text: string) => findQuotes(text, none).quotes[0]?.speaker?.text;
    const quote = '"Republicans are unmoved, and the activists on the left are uninspired."';
    expect(speaker(`As the senator put it, ${quote}`)).toBe('the senator');
    expect(speaker(`As The Herald’s Dana Wu puts it, ${quote}`)).toBe('The Herald’s Dana Wu');
  });

  it('keeps a possessive "her" with the speaker\'s noun it qualifies', () => {
    const speaker = (text: string) => findQuotes(text, none).quotes[0]?.speaker?.text;
    const quote = '"the race is tied, and we will win it."';
    expect(speaker(`Jane Smith is running for mayor. Her campaign said ${quote}`)).toBe('Her campaign');
    expect(speaker(`Voters told her on Monday ${quote}`)).toBe('Voters');
  });

  it('keeps a contraction out of a pronoun speaker', () => {
    const text = 'Paul Wright met voters on Monday. He’s been saying for weeks that "the deficit doubled."';
    const found = people(text, [['pw', 'Paul Wright', ['Paul Wright']]]);
    const q = findQuotes(text, found).quotes[0]!;
    expect(q.speaker?.text).toBe('He');
    expect(q.speakerEntityId).toBe('pw');
  });
});

describe('a role stands for the person the article gave it', () => {
  const ids = (text: string, defs: Parameters<typeof people>[1]) =>
    findQuotes(text, people(text, defs)).quotes.map((q) => q.speakerEntityId);

  it('takes "the Florida senator" to the senator named with Florida, past a nearer governor', () => {
    const text =
      'Sen. Marco Rubio of Florida spoke first. Gov. John Kasich of Ohio followed him. "We will win this state," the Florida senator said.';
    expect(
      ids(text, [
        ['mr', 'Marco Rubio', ['Marco Rubio']],
        ['jk', 'John Kasich', ['John Kasich']],
      ]),
    ).toEqual(['mr']);
  });

  it('reads a title after the name, in apposition', () => {
    const text =
      'Mike Huckabee, the former Arkansas governor, spoke in Iowa. "Wake up and smell the coffee," the governor said.';
    expect(ids(text, [['mh', 'Mike Huckabee', ['Mike Huckabee']]])).toEqual(['mh']);
  });

  it('takes a description to the name apposed before it, never to the company after its "of"', () => {
    const text =
      'Larkin Media reported results on Thursday. "We are in growth mode," Dana Whitfield, CEO of Larkin Media said in an interview.';
    expect(
      ids(text, [
        ['dw', 'Dana Whitfield', ['Dana Whitfield']],
        ['lm', 'Larkin Media', ['Larkin Media'], 'organization'],
      ]),
    ).toEqual(['dw']);
  });

  it('takes the start of a title to the person it names ("acting FDA commissioner Janet Woodcock")', () => {
    const text =
      '"The shots are safe," said acting Pellam Agency commissioner Rosa Imbert. "We thank the agency," ' +
      'Quellwater CEO and co-founder Mara Voss said.';
    expect(
      ids(text, [
        ['ri', 'Rosa Imbert', ['Rosa Imbert']],
        ['mv', 'Mara Voss', ['Mara Voss']],
        ['pa', 'Pellam Agency', ['Pellam Agency'], 'organization'],
        ['qw', 'Quellwater', ['Quellwater'], 'organization'],
      ]),
    ).toEqual(['ri', 'mv']);
  });

  it('takes no name before a description that does not open its clause', () => {
    const text = 'After meeting Ivo Marsh, the president said: "We stand with them."';
    expect(ids(text, [['im', 'Ivo Marsh', ['Ivo Marsh']]])).toEqual([null]);
    const dateline = 'LONDON (Reuters) - Dana Whitfield, CEO of Larkin Media said: "We are in growth mode."';
    expect(
      ids(dateline, [
        ['dw', 'Dana Whitfield', ['Dana Whitfield']],
        ['lm', 'Larkin Media', ['Larkin Media'], 'organization'],
      ]),
    ).toEqual(['dw']);
  });

  it('leaves "the senator" unresolved between two senators, and an indefinite aide unnamed', () => {
    const two =
      'Sen. Ted Cruz and Sen. John McCain met on Tuesday. "It was a good meeting," the senator said.';
    expect(
      ids(two, [
        ['tc', 'Ted Cruz', ['Ted Cruz']],
        ['jm', 'John McCain', ['John McCain']],
      ]),
    ).toEqual([null]);
    const aide = 'Campaign aide Jane Roe left in May. "She is very confident," a top aide said.';
    expect(ids(aide, [['jr', 'Jane Roe', ['Jane Roe']]])).toEqual([null]);
  });

  it('takes "who" to the person named just before it, not to one of two', () => {
    const text =
      'Contrast that with Trump, who has called the pact "insanity," and Sanders, who says it is "disastrous." Govs. Jeb Bush and Chris Christie, who say "he is not ready," disagree.';
    expect(
      ids(text, [
        ['dt', 'Donald Trump', ['Trump']],
        ['bs', 'Bernie Sanders', ['Sanders']],
        ['jb', 'Jeb Bush', ['Jeb Bush']],
        ['cc', 'Chris Christie', ['Chris Christie']],
      ]).slice(0, 3),
    ).toEqual(['dt', 'bs', null]);
  });
});

describe('British style, single marks', () => {
  it('reads single marks as the quotation marks of an article that quotes with no double ones', () => {
    const text =
      'The minister said the plan would go ahead. ‘We will not back down,’ she told reporters. ‘The ' +
      'country expects it.’\n\n‘It is simply not good enough,’ said Jo Lane, the MP for Tarn Vale.';
    const { quotes } = findQuotes(text, people(text, [['jl', 'Jo Lane', ['Jo Lane']]]));
    expect(quotes.map((q) => q.text.slice(0, 14))).toEqual(['‘We will not b', '‘It is simply ']);
    expect(quotes[1]!.speakerEntityId).toBe('jl');
  });

  it('nests double marks inside single ones, and tells a plural possessive from a closing mark', () => {
    const text =
      '‘He told me “go home”, and I did,’ said Ann Pike. ‘It hurt.’\n\n‘The nurses’ pay offer is an ' +
      'insult,’ said Tom Hale. ‘We will strike.’';
    const { quotes } = findQuotes(text, none);
    expect(quotes.map((q) => q.text.slice(0, 16))).toEqual(['‘He told me “go ', '‘The nurses’ pay']);
    expect(slices(text, quotes[1]!.parts)).toEqual([
      '‘The nurses’ pay offer is an insult,’',
      '‘We will strike.’',
    ]);
  });

  it('takes no apostrophes for single marks, and leaves them nested or apart where double marks quote', () => {
    const decades =
      "Back in the '90s, when the players' union was weak, nobody listened. In the '80s, the owners' " +
      "lawyers won every case, Tom Hale said. They played rock 'n' roll.";
    expect(findQuotes(decades, none).quotes).toEqual([]);
    const text =
      '"He called it ‘the best deal ever,’" she said. "We won," he said. Critics called the plan ‘a ' +
      'gamble,’ ‘a stunt,’ and moved on.';
    expect(findQuotes(text, none).quotes.map((q) => q.text.slice(0, 8))).toEqual(['"He call', '"We won,']);
  });
});

describe('page furniture never speaks', () => {
  it('skips a photo credit and a "Story continues" line next to a quotation', () => {
    const text =
      'Photo: Tomás Ferreira/Reuters\n\nStory continues\n\n"This will be the end of an era for all of us here in town."';
    const found = people(text, [['tf', 'Tomás Ferreira', ['Tomás Ferreira']]]);
    const q = findQuotes(text, found).quotes[0]!;
    expect(q.speakerEntityId).toBeNull();
    expect(q.speaker).toBeNull();
  });

  it('skips a caption that ends with its credit, and keeps a paragraph that ends with an agency', () => {
    const text =
      'A woman crosses the checkpoint near the city on Friday, March 14, on her way to prayers. (AP Photo/Jane Doe)\n\n' +
      'When asked about the talks, Tom Brown said, "We think a deal is close now," reported AFP.';
    const found = people(text, [
      ['jd', 'Jane Doe', ['Jane Doe']],
      ['tb', 'Tom Brown', ['Tom Brown']],
    ]);
    expect(findQuotes(text, found).quotes[0]!.speakerEntityId).toBe('tb');
  });

  it('skips a byline', () => {
    const text = 'By Tomás Ferreira\n\n"The water came in the night and took everything we had."';
    const found = people(text, [['tf', 'Tomás Ferreira', ['Tomás Ferreira']]]);
    expect(findQuotes(text, found).quotes[0]!.speaker).toBeNull();
  });
});

describe('a signature line after a quotation', () => {
  const text =
    'Paul Wright, the challenger, says the deficit doubled on her watch.\n\n' +
    '"We have cut the deficit by two thirds since I took office, and nobody talks about it."\n\n' +
    '– Maria Delgado, at a town hall in Reno.\n\nThe figure is right, but it leaves out the years before.';

  it('gives the quotation to the name after the dash, not to the person of the paragraph before', () => {
    const found = people(text, [
      ['pw', 'Paul Wright', ['Paul Wright']],
      ['md', 'Maria Delgado', ['Maria Delgado']],
    ]);
    const q = findQuotes(text, found).quotes[0]!;
    expect(q.speaker?.text).toBe('Maria Delgado');
    expect(q.speakerEntityId).toBe('md');
  });

  it('does not join the signed quotation to a quotation before it', () => {
    const text =
      'When asked about the talks, Tom Brown said, "We think a deal is close now," reported AFP.\n\n' +
      '"We have cut the deficit by two thirds since I took office, and nobody talks about it."\n\n' +
      '– Maria Delgado, at a town hall in Reno.';
    const found = people(text, [
      ['tb', 'Tom Brown', ['Tom Brown']],
      ['md', 'Maria Delgado', ['Maria Delgado']],
    ]);
    expect(findQuotes(text, found).quotes.map((q) => q.speakerEntityId)).toEqual(['tb', 'md']);
  });

  it('never takes an agency credit after the dash for a speaker', () => {
    const credit = '"Nobody in this town wants another tax on gas, not this year."\n\n- Reuters.';
    const found = people(credit, [['r', 'Reuters', ['Reuters'], 'organization']]);
    expect(findQuotes(credit, found).quotes[0]!.speaker).toBeNull();
  });
});

describe('datelines and descriptions of people', () => {
  it('never takes a dateline for the source', () => {
    const text =
      'WASHINGTON – Republican and Democratic senators raised concerns on Thursday, saying they hear complaints from farmers.';
    const r = findQuotes(text, none).reported[0]!;
    expect(r.speaker?.text).toBe('Republican and Democratic senators');
  });

  it('takes neither a place nor the agency of a dateline in title case for the source', () => {
    const text =
      'Lima (AFP) – The finance minister has taken a swipe at the plan, saying that “reckless talk” does more harm than good.';
    const found = entities(text, [
      { id: 'lima', name: 'Lima', forms: ['Lima'], type: 'place' },
      { id: 'afp', name: 'AFP', forms: ['AFP'], type: 'organization' },
    ]);
    const q = findQuotes(text, found).quotes[0]!;
    expect(q.speaker?.text).toBe('The finance minister');
    expect(q.speakerEntityId).toBeNull();
  });

  it('gives words to the people a name qualifies, not to the name', () => {
    const speaker = (text: string) => findQuotes(text, none).quotes[0]?.speaker?.text;
    expect(speaker('Trump aides said "he will sign the bill on Friday."')).toBe('Trump aides');
    expect(speaker('"We will win this state," said Sanders campaign manager Jeff Weaver.')).toBe(
      'Sanders campaign manager Jeff Weaver',
    );
  });
});

describe('a headline before a byline', () => {
  it('gives the quotation to the name after the dash, not to the headline', () => {
    const text =
      'RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: "Gallup finds that 20 states are solidly Republican, compared with 14 solidly Democratic states."';
    const found = people(text, [['jj', 'Jeffrey M. Jones', ['Jeffrey M. Jones']]]);
    const q = findQuotes(text, found).quotes[0]!;
    expect(q.speaker?.text).toBe('Jeffrey M. Jones');
    expect(q.speakerEntityId).toBe('jj');
  });

  it('still joins name words across a spaced hyphen, and keeps a name written in capitals', () => {
    const speaker = (text: string) => findQuotes(text, none).quotes[0]?.speaker?.text;
    expect(speaker('"We will win," said Alexandria Ocasio - Cortez.')).toBe('Alexandria Ocasio - Cortez');
    const caps = '"We will win," said JOSE MARIA AZNAR LOPEZ.';
    const found = people(caps, [['ja', 'Jose Maria Aznar Lopez', ['JOSE MARIA AZNAR LOPEZ']]]);
    expect(findQuotes(caps, found).quotes[0]?.speaker?.text).toBe('JOSE MARIA AZNAR LOPEZ');
  });
});

describe('names and titles are terms, not quotations', () => {
  it('keeps a stretch joined to the next word by a hyphen out of the quotations', () => {
    const text =
      'Donald Trump will deliver his “The Renewal of the American Dream”-themed remarks hours after the tariffs took effect.';
    const r = findQuotes(text, people(text, [['dt', 'Donald Trump', ['Donald Trump']]]));
    expect(r.quotes).toEqual([]);
    expect(r.terms.map((t) => t.text)).toEqual(['“The Renewal of the American Dream”']);
  });

  it('keeps nicknames, titles of works and terms out of the quotations', () => {
    const cases: [string, string[]][] = [
      [
        'Hillary Clinton said Trump called the 1996 pageant winner "Miss Piggy" and later "Miss Housekeeping."',
        ['"Miss Piggy"', '"Miss Housekeeping."'],
      ],
      [
        'In his book "Collapse: How Societies Choose to Fail or Succeed," Jared Diamond argues otherwise.',
        ['"Collapse: How Societies Choose to Fail or Succeed,"'],
      ],
      [
        'She told “The Daily Show with Trevor Noah,” that the race was over by March.',
        ['“The Daily Show with Trevor Noah,”'],
      ],
    ];
    for (const [text, terms] of cases) {
      const found = findQuotes(text, none);
      expect(found.quotes.map((q) => q.text)).toEqual([]);
      expect(found.terms.map((t) => t.text)).toEqual(terms);
    }
  });

  // A term in a noun phrase's place ('a separate "liquidating trust."') is left to the learned model:
  // a rule for it (a few lowercase words after a determiner, no cue in the sentence) hits 55 gold
  // quotations and 45 terms on PolNeAR train, so the data does not support one.

  it('still quotes what someone called something when it is not a name', () => {
    const text = 'Trump called her "a nasty woman" during the debate on Wednesday night.';
    expect(findQuotes(text, none).quotes.map((q) => q.text)).toEqual(['"a nasty woman"']);
  });
});

describe('reported speech only from a verb', () => {
  it('reads a plural after a number, a determiner or a possessive as a noun', () => {
    const text =
      'Twenty-seven states led by Texas sued the administration over the rule. His remarks drew criticism from both parties.';
    expect(findQuotes(text, none).reported).toEqual([]);
    // the verb still reports
    const verb = 'The governor states that the rule will hurt farmers in the state.';
    expect(findQuotes(verb, none).reported.map((r) => r.text)).toEqual([
      'the rule will hurt farmers in the state',
    ]);
  });
});

describe('speaker confidence', () => {
  it('is high and sure for a name right beside its cue, low for a guess from the sentence before', () => {
    const clear = '"We will appeal the ruling," said Maria Lopez, the city attorney.';
    const c = findQuotes(clear, people(clear, [['ml', 'Maria Lopez', ['Maria Lopez']]])).quotes[0]!;
    expect(c.speakerSure).toBe(true);
    expect(c.speakerConfidence).toBeGreaterThan(0.9);

    // no cue: the speaker, if any, is a guess among the two people named before
    const murky =
      'Maria Lopez and Tom Brown met on Monday.\n\n"It was a long day for everyone involved in the talks, and we are tired, but we will be back tomorrow."';
    const found = people(murky, [
      ['ml', 'Maria Lopez', ['Maria Lopez']],
      ['tb', 'Tom Brown', ['Tom Brown']],
    ]);
    const m = findQuotes(murky, found).quotes[0]!;
    expect(m.speakerSure).toBe(false);
    expect(m.speakerConfidence ?? 0).toBeLessThan(0.6);
  });

  it('is null and never sure without a speaker', () => {
    const text = 'The storm hit at dawn.\n\n“This will be the end of an era for all of us here in town.”';
    const q = findQuotes(text, none).quotes[0]!;
    expect(q.speaker).toBeNull();
    expect(q.speakerConfidence).toBeNull();
    expect(q.speakerSure).toBe(false);
  });
});
