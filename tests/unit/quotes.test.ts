import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityResult } from '../../common/analysis/entities';
import { findQuotes } from '../../common/analysis/quotes';
import { pairMarks } from '../../common/analysis/quotes/marks';
import model from '../../common/analysis/quotes/model.json';
import { tokenize } from '../../common/analysis/quotes/text';
import { entities } from './entity-fixtures';

const none: EntityResult = { mentions: [], entities: [] };

/** Top-level pairs as the text they cover. */
function pairs(text: string): string[] {
  return pairMarks(text).map((p) => text.slice(p.start, p.end));
}

describe('quotation mark pairing', () => {
  it('pairs straight and curly double quotes', () => {
    expect(pairs('He said "yes" and “no” today.')).toEqual(['"yes"', '“no”']);
  });

  it('keeps single quotes nested in double ones inside the outer pair', () => {
    const text = '"They called it \'a disgrace,\' and left," she said.';
    const ps = pairMarks(text);
    expect(ps).toHaveLength(1);
    expect(text.slice(ps[0]!.start, ps[0]!.end)).toBe('"They called it \'a disgrace,\' and left,"');
    expect(ps[0]!.nested.map((p) => text.slice(p.start, p.end))).toEqual(["'a disgrace,'"]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(pairs("Trump’s rivals don't agree, and the voters’ mood in the ’90s was 'sour'.")).toEqual([
      "'sour'",
    ]);
  });

  it('reads a closing glyph before an ellipsis as the opening of an excerpt', () => {
    expect(pairs('Obama said: ” … what I learned from them is this,” he said.')).toEqual([
      '” … what I learned from them is this,”',
    ]);
    // a closer with nothing open is still no quotation
    expect(pairs('It ended.” Then nothing.')).toEqual([]);
  });

  it('pairs guillemets both ways and German low-high marks', () => {
    expect(pairs('Il a dit « non » hier.')).toEqual(['« non »']);
    expect(pairs('Er sagte »nein« gestern.')).toEqual(['»nein«']);
    expect(pairs('Er sagte „Wir schaffen das“ und ging.')).toEqual(['„Wir schaffen das“']);
    expect(pairs('Sie sagte „er nannte es ‚Unsinn‘ heute“ laut.')).toEqual(['„er nannte es ‚Unsinn‘ heute“']);
  });

  it('runs a quotation over paragraphs that reopen it, closing only at the last', () => {
    const text = 'She said:\n\n“The first part.\n\n“The second part.\n\n“The end.” Then she left.';
    const ps = pairMarks(text);
    expect(ps).toHaveLength(1);
    expect(text.slice(ps[0]!.start, ps[0]!.end)).toBe('“The first part.\n\n“The second part.\n\n“The end.”');
    expect(ps[0]!.reopens).toHaveLength(2);
  });

  it('ends the outer quotation at a nested closer that was also meant to close it', () => {
    const text =
      '"We will discuss the “Middle Corridor,” the minister added. "It has proven itself," he noted.';
    expect(pairs(text)).toEqual(['"We will discuss the “Middle Corridor,”', '"It has proven itself,"']);
  });

  it('ends at a nested closer before a paragraph’s end only when an attribution follows it', () => {
    const text =
      "Obama said: \"There's no magic to the phrase 'radical Islam.' It's a political slogan, not a strategy.\n\n\"Calling a threat by a different name does not make it go away,\" Obama said.";
    const ps = pairMarks(text);
    expect(ps).toHaveLength(1);
    expect(text.slice(ps[0]!.start, ps[0]!.end)).toBe(
      text.slice(text.indexOf('"'), text.lastIndexOf('"') + 1),
    );
    const said =
      'He said: "We will discuss the ‘Middle Corridor,’ said Hajiyev.\n\n"It has proven itself," he noted.';
    expect(pairs(said)).toEqual(['"We will discuss the ‘Middle Corridor,’', '"It has proven itself,"']);
    const according =
      'He said: "We will discuss the ‘Middle Corridor,’ according to the minister.\n\nLater he left.';
    expect(pairs(according)).toEqual(['"We will discuss the ‘Middle Corridor,’']);
  });

  it('leaves an unbalanced quotation unclosed at its paragraph’s end, without eating the next one', () => {
    const text = 'He said "this never closes.\nNext paragraph with "a term" here.';
    const ps = pairMarks(text);
    expect(ps.map((p) => [text.slice(p.start, p.end), p.closed])).toEqual([
      ['"this never closes.', false],
      ['"a term"', true],
    ]);
  });

  it('drops a straight mark left open around curly quotations, keeping what they quote', () => {
    // a pasted block quote's marker: the writer quotes with curly marks
    const text = '"Trump walked onto the stage, chanting “U-S-A! U-S-A!”\n\nThe crowd cheered.';
    expect(pairs(text)).toEqual(['“U-S-A! U-S-A!”']);
    expect(pairMarks(text)[0]!.closed).toBe(true);
  });

  it('reads two apostrophes as one double mark, as the New York Times archive writes them', () => {
    const text = "''There's a lot of new complexity,'' said Mr. Burman, who called it ''a 'mess.' ''";
    const ps = pairMarks(text);
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual([
      "''There's a lot of new complexity,''",
      "''a 'mess.' ''",
    ]);
    expect(text.slice(ps[0]!.innerStart, ps[0]!.innerEnd)).toBe("There's a lot of new complexity,");
    expect(ps[1]!.nested.map((p) => text.slice(p.start, p.end))).toEqual(["'mess.'"]);
    // a possessive after a plural or a lone apostrophe stays an apostrophe
    expect(pairs("The voters' choice and the candidates' plans")).toEqual([]);
  });

  it("continues a '' quotation over paragraphs that reopen it", () => {
    const text = "''We will not stop here.\n\n''We will go on until it is done,'' she said.";
    expect(pairs(text)).toEqual([text.slice(0, text.indexOf(' she'))]);
    expect(pairMarks(text)[0]!.reopens).toEqual([text.indexOf("''We will go")]);
  });

  it('ignores a stray closing mark', () => {
    expect(pairs('Nothing here” and then “something” there.')).toEqual(['“something”']);
  });
});

describe('the drop of weak stretches with weak speakers', () => {
  it('keeps a stretch the quotation model is 92% sure of, and a quoted paragraph, whoever said them', () => {
    expect(model.drop.pairBelow).toBeLessThanOrEqual(2.5);
    const text =
      'The valley lost power on Monday.\n\n"Nobody here had ever seen the river so high."\n\nThe storm moved east.';
    const { quotes, terms } = findQuotes(text, none);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['"Nobody here had ever seen the river so high."', null],
    ]);
    expect(terms).toEqual([]);
  });
});

describe('the learned drop', () => {
  it('sends a coined word with a weak speaker to the terms, and keeps the quotation beside it', () => {
    const text =
      'He once bought a bakery in Dayton, a "philanthropub" that was meant to give its profit away, until it closed in March. ' +
      '"We never made a dime, and we never meant to," he said.';
    const { quotes, terms } = findQuotes(text, none);
    expect(terms.map((t) => t.text)).toEqual(['"philanthropub"']);
    expect(quotes.map((q) => q.text)).toEqual(['"We never made a dime, and we never meant to,"']);
  });
});

describe('text without sentence punctuation', () => {
  it('is cut into sentences no longer than any real one, so the speaker search stays linear', () => {
    const words = Array.from({ length: 3000 }, (_, i) => (i % 50 === 0 ? 'Smith said “yes indeed”' : 'word'));
    const text = words.join(' ');
    const toks = tokenize(text);
    const lengths = new Map<number, number>();
    for (const t of toks) lengths.set(t.sent, (lengths.get(t.sent) ?? 0) + 1);
    expect(Math.max(...lengths.values())).toBeLessThanOrEqual(250);
    expect(lengths.size).toBeGreaterThan(10);
    const { quotes } = findQuotes(text, none);
    expect(quotes.length).toBeGreaterThan(50);
    for (const q of quotes) expect(q.text).toBe('“yes indeed”');
  });
});

describe('quotations, cues and speakers', () => {
  it('reads a cue word capitalized inside a sentence as part of a name, not as a cue', () => {
    const text = 'The Washington Post reported that the United States said nothing. Says who?';
    const cues = tokenize(text)
      .filter((t) => t.cue)
      .map((t) => t.text);
    expect(cues).toEqual(['reported', 'said', 'Says']);
  });

  it('finds a post-posed speaker and its cue', () => {
    const text = '“We will win this state,” said Jane Smith, the campaign manager.';
    const { quotes } = findQuotes(text, none);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.text).toBe('“We will win this state,”');
    expect(q.speaker?.text).toBe('Jane Smith');
    expect(text.slice(q.cue!.start, q.cue!.end)).toBe('said');
    expect(q.speakerName).toBe('Jane Smith');
  });

  it('finds a pronoun speaker before the cue', () => {
    const text = 'The senator arrived late. “I am not worried about the polls,” she told reporters.';
    const q = findQuotes(text, none).quotes[0]!;
    expect(q.speaker?.text).toBe('she');
    expect(text.slice(q.cue!.start, q.cue!.end)).toBe('told');
  });

  it('finds the subject of a cue before the quotation', () => {
    const text = 'Mayor Tom Brown said: "The bridge will reopen next week after the repairs are done."';
    const q = findQuotes(text, none).quotes[0]!;
    expect(q.speaker?.text).toContain('Brown');
    expect(text.slice(q.cue!.start, q.cue!.end)).toBe('said');
  });

  it('finds the subject past what stands between it and its cue', () => {
    const speakerOf = (text: string): string | undefined => findQuotes(text, none).quotes[0]?.speaker?.text;
    // a time or setting, a parenthesis, auxiliaries and adverbs
    expect(
      speakerOf(
        'Maria Lopez, the new coach, met the board. Alan Reyes on Tuesday said the plan was "a fine first step."',
      ),
    ).toBe('Alan Reyes');
    expect(
      speakerOf('The board met a lawyer who in 2010 said the merger was "a gift to the incumbents."'),
    ).toBe('who');
    expect(
      speakerOf('Sen. Ann Weber (D-Ore.) has been steadily warning that the bill is "a tax on renters."'),
    ).toBe('Sen. Ann Weber');
    // two appositions before the verb, and the second of two verbs
    expect(
      'Luc Marchand, the mayor of Lyon,'.includes(
        speakerOf(
          'Luc Marchand, the mayor of Lyon, a member of the regional council, said the vote was "a mistake we will fix."',
        ) ?? '∅',
      ),
    ).toBe(true);
    expect(speakerOf('When my aunt mentioned the storm, I laughed and said, "It will pass by noon."')).toBe(
      'I',
    );
  });

  it('takes a possessive before a speech noun and "as X put it" as the source', () => {
    expect(
      findQuotes('Her brother waited for my answer: "Of course I remember the flood."', none).quotes[0]
        ?.speaker?.text,
    ).toBe('my');
    const text =
      'As Ms. Duarte put it in a note to her colleague Peter Lang, the station is "a voice for the valley."';
    expect(findQuotes(text, none).quotes[0]?.speaker?.text).toBe('Ms. Duarte');
  });

  it('takes a description as the speaker mention', () => {
    const text = '"The numbers do not add up for the administration," the newspaper reported on Monday.';
    const q = findQuotes(text, none).quotes[0]!;
    expect(q.speaker?.text).toBe('the newspaper');
  });

  it('finds "according to" sources', () => {
    const text = 'The plan is "dead on arrival in the Senate this year," according to Senator Maria Lopez.';
    const q = findQuotes(text, none).quotes[0]!;
    expect(q.speaker?.text).toContain('Lopez');
  });

  it('takes a quantity that speaks as the speaker: poll shares, "most", "several"', () => {
    const share =
      'Asked whether Smith could win in November, 21 percent said “not too likely” and the rest were unsure.';
    expect(findQuotes(share, none).quotes[0]?.speaker?.text).toBe('21 percent');
    const most = 'In the survey, most said they were “very worried” about the economy.';
    expect(findQuotes(most, none).quotes[0]?.speaker?.text).toBe('most');
    const several = 'Several said they would rather “start over with someone new.”';
    expect(findQuotes(several, none).quotes[0]?.speaker?.text).toBe('Several');
  });

  it("finds '' quotations with their speaker and cue", () => {
    const text =
      "The plan drew criticism. ''There's a lot of new complexity,'' said Mr. Burman, a tax expert. ''It is not reform.''";
    const { quotes } = findQuotes(text, none);
    expect(quotes.map((q) => q.text)).toEqual([
      "''There's a lot of new complexity,'' said Mr. Burman, a tax expert. ''It is not reform.''",
    ]);
    expect(quotes[0]!.parts.map((p) => text.slice(p.start, p.end))).toEqual([
      "''There's a lot of new complexity,''",
      "''It is not reform.''",
    ]);
    expect(quotes[0]!.speaker?.text).toBe('Mr. Burman');
    expect(text.slice(quotes[0]!.cue!.start, quotes[0]!.cue!.end)).toBe('said');
  });

  it('merges the stretches of one interrupted quotation', () => {
    const text = '“We are ready,” she said, “and we will not back down from this fight.”';
    const { quotes } = findQuotes(text, none);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe(text);
    expect(quotes[0]!.speaker?.text).toBe('she');
  });

  it('keeps two tagged quotations apart', () => {
    const text =
      '“The economy is strong and getting stronger,” Smith said. “We need a new direction for the country,” Jones replied.';
    const { quotes } = findQuotes(text, none);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Smith', 'Jones']);
  });

  it('keeps a partial quotation inside a sentence with the sentence’s speaker', () => {
    const text = 'Governor Ann Reyes described the agreement as "a historic step for the region" on Friday.';
    const { quotes } = findQuotes(text, none);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('"a historic step for the region"');
    expect(quotes[0]!.speaker?.text).toContain('Reyes');
  });

  it('reports scare quotes, titles and nicknames as terms', () => {
    const text =
      'The so-called "experts" were wrong. She starred in “The Long Night” on Sunday. Johnson, nicknamed “Magic,” retired.';
    const { quotes, terms } = findQuotes(text, none);
    expect(quotes).toEqual([]);
    expect(terms.map((t) => t.text)).toEqual(['"experts"', '“The Long Night”', '“Magic,”']);
  });

  it('never takes a fragment for a speaker: a phrase cut before its noun, "the same", a day', () => {
    const texts = [
      'The bill prompted the senator to make a controversial comment that described the plan as “a gift to the banks.”',
      'Only 52 percent of voters agreed that she is "fit to serve as president," while 73 percent said the same of Trump.',
      'Pence said the tweet to invite Gennifer Flowers to Monday night’s debate was only “to mock” his rival.',
    ];
    const speakers = texts.map((t) => findQuotes(t, none).quotes[0]?.speaker?.text ?? null);
    expect(speakers[0]).not.toBe('a controversial');
    expect(speakers[1]).not.toMatch(/same/);
    expect(speakers[2]).not.toMatch(/Monday/);
    // a name ends at its sentence's period, and keeps its initials
    const byName = (t: string) => findQuotes(t, none).quotes[0]?.speaker?.text;
    expect(byName('“Nobody wants that,” said Hester.\nMichael Mulgrew, the union’s president, agreed.')).toBe(
      'Hester',
    );
    expect(byName('“It works,” said Marc H. Morial on Monday.')).toBe('Marc H. Morial');
  });

  it('gives every quotation text equal to its span and a speaker inside the text', () => {
    const text = readFileSync(sampleFile, 'utf8');
    const { quotes } = findQuotes(text, none);
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
      // the parts lie inside the whole, in order, from its first mark to its last
      expect(q.parts[0]!.start).toBe(q.start);
      expect(q.parts.at(-1)!.end).toBe(q.end);
      q.parts.forEach((p, i) => i && expect(p.start).toBeGreaterThanOrEqual(q.parts[i - 1]!.end));
    }
  });
});

describe('speaker resolution to entities', () => {
  const people = (text: string): EntityResult =>
    entities(text, [
      { id: 'p1', name: 'Maria Lopez', type: 'person', forms: ['Maria Lopez', 'Lopez'] },
      { id: 'p2', name: 'Tom Brown', type: 'person', forms: ['Tom Brown', 'Brown'] },
      { id: 'o1', name: 'Acme Corp', type: 'organization', forms: ['Acme Corp'] },
    ]);

  it('resolves a name mention to its entity', () => {
    const text = '“We will appeal the ruling,” Lopez said.';
    const q = findQuotes(text, people(text)).quotes[0]!;
    expect(q.speakerEntityId).toBe('p1');
    expect(q.speakerName).toBe('Maria Lopez');
  });

  it('resolves a pronoun to the previous speaker', () => {
    const text =
      '“We will appeal the ruling,” Maria Lopez said on Monday.\n\n“The court got it wrong,” she added.';
    const qs = findQuotes(text, people(text)).quotes;
    expect(qs[1]!.speaker?.text).toBe('she');
    expect(qs[1]!.speakerEntityId).toBe('p1');
  });

  it('resolves a pronoun to the last person named outside quotations', () => {
    const text = 'Tom Brown spoke after the vote. “I am disappointed with the result tonight,” he said.';
    const q = findQuotes(text, people(text)).quotes[0]!;
    expect(q.speaker?.text).toBe('he');
    expect(q.speakerEntityId).toBe('p2');
  });

  it('resolves a title to the person it described earlier', () => {
    const text =
      'Acme Corp’s chief executive, Tom Brown, met the staff.\n\n“Sales will recover next year,” the chief executive said.';
    const q = findQuotes(text, people(text)).quotes[0]!;
    expect(q.speaker?.text).toBe('the chief executive');
    expect(q.speakerEntityId).toBe('p2');
  });

  it('never gives a description to a name that only modifies it, nor to a name past a verb', () => {
    const text =
      'Maria Lopez spoke on Monday.\n\n“The numbers are not there,” a Lopez campaign official said.\n\n' +
      'An Acme Corp spokesman told Tom Brown, “We have nothing to add.”';
    const qs = findQuotes(text, people(text)).quotes;
    expect(qs.map((q) => q.speaker?.text)).toEqual(['a Lopez campaign official', 'An Acme Corp spokesman']);
    expect(qs.map((q) => q.speakerEntityId)).toEqual([null, null]);
    expect(qs.map((q) => q.speakerName)).toEqual(['a Lopez campaign official', 'An Acme Corp spokesman']);
  });

  it('takes the head of "X of Y" and of an organization noun, never a name after "of" or "for"', () => {
    const text =
      '“We will keep fighting,” said Sen. Maria Lopez of Oregon.\n\n“Prices will rise,” the Acme Corp group warned.' +
      '\n\n“He is tired,” a friend of Tom Brown said.\n\n“No comment,” a spokesman for the Lopez campaign said.';
    const qs = findQuotes(text, people(text)).quotes;
    expect(qs.map((q) => q.speakerEntityId)).toEqual(['p1', 'o1', null, null]);
  });

  it('names a description only by a name in apposition, in its sentence, never by one joined with "and"', () => {
    const two =
      'Lopez met the senator on Monday. Tom Brown was not there.\n\n“We will win,” the senator said.';
    const joined = 'The senator and Tom Brown met on Monday.\n\n“We will win,” the senator said.';
    for (const text of [two, joined])
      expect(findQuotes(text, people(text)).quotes[0]!.speakerEntityId).toBeNull();
  });

  it('shows a description without the verb its scan ran into, and whole when it ran into none', () => {
    const text =
      'The Florida senator sought to explain: “I never said that.”\n\nThe campaign recently put out a statement: “We stand by it.”' +
      '\n\n“The deal is off,” the New York Post reports.';
    const qs = findQuotes(text, none).quotes;
    expect(qs.map((q) => q.speaker?.text)).toEqual([
      'The Florida senator',
      'The campaign',
      'the New York Post',
    ]);
    const whole = [
      '“We will win this,” the Lopez campaign’s lawyers said.',
      '“We will win this,” a well known economist said.',
      '“We will win this,” a very early supporter said.',
    ];
    expect(whole.map((t) => findQuotes(t, people(t)).quotes[0]!.speaker?.text)).toEqual([
      'the Lopez campaign’s lawyers',
      'a well known economist',
      'a very early supporter',
    ]);
  });

  it('attributes a quotation after a possessive speech noun to its owner: “her remark that …”', () => {
    const text = 'Maria Lopez came under fire over her remark that “there is no crisis at the border.”';
    const found = entities(text, [{ id: 'p1', name: 'Maria Lopez', type: 'person', forms: ['Maria Lopez'] }]);
    const q = findQuotes(text, found).quotes[0]!;
    expect(q.speaker?.text).toBe('her');
    expect(q.speakerName).toBe('Maria Lopez');
  });

  it('names a description by its apposition, never by a photo credit', () => {
    const text =
      'A polling station in Leeds.\n\nPhotograph: Ed Marsh/PA\n\nThe housing minister announced the change on Wednesday.\n\n“If you can work and pay tax at 16, you can choose who empties your bins,” the minister, Rachel Adeyemi, told parliament.';
    const found = entities(text, [
      { id: 'em', name: 'Ed Marsh', type: 'person', forms: ['Ed Marsh'] },
      { id: 'ra', name: 'Rachel Adeyemi', type: 'person', forms: ['Rachel Adeyemi'] },
    ]);
    const q = findQuotes(text, found).quotes[0]!;
    expect(q.speaker?.text).toBe('the minister');
    expect(q.speakerName).toBe('Rachel Adeyemi');
  });

  it('says so when no speaker can be recovered', () => {
    const text = 'The storm hit at dawn.\n\n“This will be the end of an era for all of us here in town.”';
    const q = findQuotes(text, none).quotes[0];
    expect(q?.speaker ?? null).toBeNull();
  });
});

const sampleFile = path.resolve(__dirname, '../../assets/sample/azerbaijan-china-ties.txt');

describe('the sample article', () => {
  const text = readFileSync(sampleFile, 'utf8');
  const ents = entities(text, [
    { id: 'hh', name: 'Hikmet Hajiyev', type: 'person', forms: ['Hikmet Hajiyev', 'Hajiyev'] },
    { id: 'ia', name: 'Ilham Aliyev', type: 'person', forms: ['Ilham Aliyev'] },
    { id: 'xj', name: 'Xi Jinping', type: 'person', forms: ['Xi Jinping'] },
    { id: 'az', name: 'Azerbaijan', type: 'place', forms: ['Azerbaijan'] },
    { id: 'cn', name: 'China', type: 'place', forms: ['China'] },
    { id: 'azt', name: 'AZERTAC', type: 'organization', forms: ['AZERTAC'] },
    {
      id: 'sco',
      name: 'Shanghai Cooperation Organization',
      type: 'organization',
      forms: ['Shanghai Cooperation Organization', 'SCO'],
    },
  ]);
  const { quotes, terms } = findQuotes(text, ents);
  // "green energy" may come back as Hajiyev's partial quotation: the four full ones are the rest
  const full = quotes.filter((q) => !q.text.includes('green energy'));

  it('finds the four quotations, all by Hikmet Hajiyev', () => {
    expect(full.map((q) => q.text.slice(0, 22))).toEqual([
      '“Azerbaijan and China ',
      '"Currently, relations ',
      '"During the trip, toge',
      '"Currently, the Middle',
    ]);
    for (const q of full) {
      expect(q.speakerEntityId).toBe('hh');
      expect(q.speakerName).toBe('Hikmet Hajiyev');
      expect(q.cue).not.toBeNull();
    }
    expect(full.map((q) => q.speaker?.text)).toEqual([
      expect.stringContaining('Hajiyev'),
      'Hajiyev',
      'the Assistant to the President',
      'he',
    ]);
    expect(full.map((q) => text.slice(q.cue!.start, q.cue!.end))).toEqual([
      'told',
      'underlined',
      'added',
      'noted',
    ]);
  });

  it('ends quote 3 at the nested closer and keeps “Middle Corridor” inside it', () => {
    const q3 = full[2]!;
    expect(q3.text.endsWith('“Middle Corridor,”')).toBe(true);
    expect(quotes.some((q) => q.text.startsWith('“Middle Corridor'))).toBe(false);
    expect(terms.some((t) => t.text.startsWith('“Middle Corridor'))).toBe(false);
  });

  it('treats "green energy" as a term or as Hajiyev’s partial quotation, never unattributed', () => {
    const asQuote = quotes.find((q) => q.text === '"green energy"');
    const asTerm = terms.find((t) => t.text === '"green energy"');
    expect(Boolean(asQuote) !== Boolean(asTerm)).toBe(true);
    if (asQuote) expect(asQuote.speakerEntityId).toBe('hh');
  });
});
