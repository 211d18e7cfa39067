/**
 * The committed model on short texts of the kind readers of today's news reported as mistyped: a
 * famous person sharing a small town's name, holidays, companies read as people, a title-case
 * headline read as one organization, "Mr. X" left apart from the full name, and the names of the
 * 2020s. Each text is written for the test; none comes from an evaluation set.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEntityRecognizer, NER_MODEL_FILE } from '../../common/analysis/entities';

const root = path.resolve(__dirname, '../..');
const recognizer = createEntityRecognizer(
  new Uint8Array(readFileSync(path.join(root, 'assets/models', NER_MODEL_FILE))),
);

/** Each mention's text with its type (the last one's, for a name written twice). */
function typeByName(text: string): Record<string, string> {
  return Object.fromEntries(recognizer.recognize(text).mentions.map((m) => [m.text, m.type]));
}

/** The type the recognizer gives each mention written exactly `name`. */
function typesOf(text: string, name: string): string[] {
  return recognizer
    .recognize(text)
    .mentions.filter((m) => m.text === name)
    .map((m) => m.type);
}

describe("entities in today's news", () => {
  it('reads Obama as a person, not the Japanese town of that name', () => {
    expect(typesOf('The plan would work, Obama said on Monday, according to aides.', 'Obama')).toEqual([
      'person',
    ]);
    expect(typesOf('Former President Barack Obama spoke. Obama said it would work.', 'Obama')).toEqual([
      'person',
    ]);
  });

  it('marks no holiday as a place or a person', () => {
    const text =
      'Shops were busy before Christmas. Up to 10 people will be allowed to gather for Christmas and ' +
      'New Year, and churches will hold services on Christmas Eve after a quiet Thanksgiving.';
    expect(recognizer.recognize(text).mentions.map((m) => m.text)).toEqual([]);
  });

  it('types companies as organizations, not people', () => {
    expect(
      typesOf(
        'Patriot Coal was spun off from a larger miner in 2007. From the start, Patriot carried heavy ' +
          'debts, and Mr. Clarke later bought three mines from Patriot.',
        'Patriot',
      ),
    ).toEqual(['organization', 'organization']);
    expect(
      typesOf('The report was written by Teneo, the advisory firm, and sent to the board.', 'Teneo'),
    ).toEqual(['organization']);
    expect(
      typesOf('Investors sold shares of Wells Fargo after the bank was fined on Tuesday.', 'Wells Fargo'),
    ).toEqual(['organization']);
    expect(
      typesOf('Output fell at Peabody, the coal miner, which said it would cut costs.', 'Peabody'),
    ).toEqual(['organization']);
    // a business's last word: no person's or place's name ends with "Sports" or "Holdings"
    expect(typesOf('Nielsen Sports said viewing rose.', 'Nielsen Sports')).toEqual(['organization']);
  });

  it('does not read a title-case headline as one organization', () => {
    const text =
      'Obama Power Plant Rules Face Key Test In U.S. Court\nWASHINGTON (Reuters) - A federal appeals ' +
      'court heard arguments on Tuesday over rules issued by President Barack Obama.';
    const headline = recognizer.recognize(text).mentions.filter((m) => m.end <= text.indexOf('\n'));
    expect(headline.every((m) => m.text.split(' ').length <= 2)).toBe(true);
    expect(headline.find((m) => m.text === 'U.S.')?.type).toBe('place');
    // The text names him in full, so the headline's bare name is that person.
    expect(headline.find((m) => m.text === 'Obama')?.type).toBe('person');
  });

  it('merges "Mr. Xi" and "Mr. Clarke" with the full names', () => {
    const text =
      'Chinese President Xi Jinping met the delegation in Beijing. Mr. Xi said ties were strong. ' +
      'Kenneth Clarke, the former chancellor, disagreed. Mr. Clarke said the plan would fail.';
    const { entities } = recognizer.recognize(text);
    expect(entities.find((e) => e.name === 'Xi Jinping')?.aliases).toEqual(['Xi Jinping', 'Xi']);
    expect(entities.find((e) => e.name === 'Kenneth Clarke')?.aliases).toEqual(['Kenneth Clarke', 'Clarke']);
  });

  it('reads a rank and the particles of a surname as no part and part of a name', () => {
    const text =
      "Britain's Queen Elizabeth met Sheikh Nawaf al-Ahmad al-Sabah in London. Later, Boris Johnson " +
      'and von der Leyen spoke by telephone.';
    const types = typeByName(text);
    expect(types).toMatchObject({
      Elizabeth: 'person',
      'Nawaf al-Ahmad al-Sabah': 'person',
      'von der Leyen': 'person',
    });
  });

  it('reads teams in a game report as organizations, not their states', () => {
    const text =
      'No. 11 Oklahoma beat Baylor 27-14 on Saturday. Oklahoma (7-2 overall, 6-2 Big 12) led 3-0 ' +
      'after the first quarter, and Oklahoma scored twice in the fourth.';
    expect(typesOf(text, 'Oklahoma')).toEqual(['organization', 'organization', 'organization']);
  });

  it('knows the vaccine makers, the disease and the platforms of the 2020s', () => {
    const text =
      'Pfizer and its partner BioNTech said their COVID-19 vaccine was 95% effective, while the ' +
      'drugmaker AstraZeneca said its shot works too. Users flocked to TikTok and Instagram.';
    const types = typeByName(text);
    expect(types).toMatchObject({
      Pfizer: 'organization',
      BioNTech: 'organization',
      AstraZeneca: 'organization',
      'COVID-19': 'misc',
    });
    for (const app of ['TikTok', 'Instagram']) expect(['organization', 'misc']).toContain(types[app]);
  });

  it('reads a name after a title as that person wherever it stands alone', () => {
    // no "Barack" or "Angela" anywhere: the title alone says whose name it is
    const text =
      'The senator was critical of Obama’s stance. Critics said the remarks of President Obama’s were ' +
      'typical, and Obama’s popularity fell. Chancellor Merkel’s plan and Merkel’s allies won.';
    expect(typesOf(text, 'Obama')).toEqual(['person', 'person', 'person']);
    expect(typesOf(text, 'Merkel')).toEqual(['person', 'person']);
    // a name that is also a place's or a faith's settles nothing by its title: its mentions vote
    const jackson = typesOf(
      'President Jackson signed the act in 1830. Today, students in Jackson, Mississippi, remember it.',
      'Jackson',
    );
    expect(jackson[1]).toBe('place');
    expect(
      typesOf('Dr. Islam said the clinic was full. Many patients converted to Islam last year.', 'Islam')[1],
    ).toBe('misc');
  });

  it('reads a first name and a surname the article reads as a person as that person, written in full once', () => {
    const text =
      "Republicans said it fell far short of Barack Obama's original request. President Obama " +
      'signed it anyway, and Obama said so on Monday.';
    expect(typeByName(text)['Barack Obama']).toBe('person');
    // a first word known as something else is no first name ("Dow Jones", "St. Paul")
    const notFirstNames = typeByName(
      'The Dow Jones index fell. Senator Jones said it would recover, and Jones said so again. ' +
        'The flight landed in St. Paul. Rand Paul said he would vote no, and Paul said so.',
    );
    expect(notFirstNames['Dow Jones']).not.toBe('person');
    expect(notFirstNames['St. Paul']).toBe('place');
    // nor where another person has the surname, or the name is no person's more than once
    expect(
      typesOf(
        'Attorney General Loretta Lynch said Merrill Lynch agreed to pay. Lynch said so.',
        'Merrill Lynch',
      ),
    ).toEqual(['organization']);
    expect(
      typesOf(
        'Senator Doug Jones said Edward Jones, the brokerage, had misled clients. Jones said so.',
        'Edward Jones',
      ),
    ).toEqual(['organization']);
    expect(
      typesOf(
        'Attorney General Lynch said Merrill Lynch agreed to pay a fine. Merrill Lynch had misled ' +
          'clients, and Merrill Lynch will appeal. Lynch said so on Monday.',
        'Merrill Lynch',
      ),
    ).toEqual(['organization', 'organization', 'organization']);
  });

  it('reads a faith’s or a people’s word alone as misc, not a name inside a longer one', () => {
    const types = typeByName(
      'Trump’s plan to bar Muslims drew criticism from Latino leaders, and Hispanics backed Clinton. ' +
        'The Muslim Brotherhood stayed out of it.',
    );
    expect(types['Muslims']).toBe('misc');
    expect(types['Latino']).toBe('misc');
    expect(types['Hispanics']).toBe('misc');
    expect(types['Muslim Brotherhood']).toBe('organization');
  });

  it('reads a state before its office or mostly a place in its article, a city after "in" and a town’s county as places', () => {
    expect(typesOf('The Texas senator said so, and Texas Sen. Ted Cruz agreed.', 'Texas')).toEqual([
      'place',
      'place',
    ]);
    expect(typesOf('Texas Gov. Greg Abbott and Texas officials spoke.', 'Texas')).toEqual(['place', 'place']);
    // a city after "in" is where something is; a team's win there is the team's
    expect(typesOf('Protest organizers in Cleveland say the rules are strict.', 'Cleveland')).toEqual([
      'place',
    ]);
    expect(typesOf('Dundee stood out in Karlsruhe’s 4-0 demolition of St Pauli.', 'Karlsruhe')).toEqual([
      'organization',
    ]);
    // a town's county is a place, a club named for one is not
    expect(
      typeByName('Riverside County health officials said hospitals were full.')['Riverside County'],
    ).toBe('place');
    expect(typeByName('Notts County beat Derby County 2-1.')['Derby County']).toBe('organization');
    // and a state the article mostly reads as a place is one in all its mentions
    const primary =
      'Trump is spending the final day of the New Hampshire primary attacking a rival. Speaking at a ' +
      'town hall in Salem, New Hampshire, Trump went after Bush. His sizeable New Hampshire lead may shrink.';
    expect(typesOf(primary, 'New Hampshire')).toEqual(['place', 'place', 'place']);
  });
});

describe('entities in encyclopedic text, where the text says what each thing is', () => {
  it('types a band, an ensemble and a newspaper as organizations, an album and a battle as misc', () => {
    const types = typeByName(
      'The Velvet Hours is the third studio album by the American indie rock band Glass Harbor. ' +
        'In 2005 she founded the ensemble Nordlicht with the cellist Anders Holm. ' +
        'The Battle of Kursk began on 5 July 1943, and Operation Citadel failed within a week.',
    );
    expect(types['Velvet Hours']).toBe('misc');
    expect(types['Glass Harbor']).toBe('organization');
    expect(types['Nordlicht']).toBe('organization');
    expect(types['Battle of Kursk']).toBe('misc');
    expect(types['Operation Citadel']).toBe('misc');
    expect(types['Anders Holm']).toBe('person');
  });

  it('types the items of a list after a plural kind: bands, singles, labels, and an apposed album with its year', () => {
    const types = typeByName(
      'Garage bands like Velvet Lanterns and Copper Wires played the festival. The label issued albums like ' +
        'Quiet Engines (1998) and Paper Moons (2001), and the singles Salt Roads and Glass ' +
        'Rivers. Her debut album, Harbour Nights (1994), sold poorly. Record companies such as ' +
        'Nordfonn passed on it.',
    );
    expect(types['Velvet Lanterns']).toBe('organization');
    expect(types['Copper Wires']).toBe('organization');
    expect(types['Salt Roads']).toBe('misc');
    expect(types['Glass Rivers']).toBe('misc');
    expect(types['Harbour Nights']).toBe('misc');
    expect(types['Nordfonn']).toBe('organization');
  });

  it("leaves today's common acronyms and a lawmaker's party and state untagged, and keeps a currency's sign", () => {
    const text =
      'Generative AI lifted profits, the CEO said, as GDP grew and the IPO priced at C$14.50. ' +
      'Sens. Alma Reyes (D-Ore.) and Dale Hunt (R-Kan.) objected. Wei Lin Tan, an analyst at ' +
      'Corvid Research, agreed. The I-League and D-Link were untouched.';
    const types = typeByName(text);
    for (const word of ['AI', 'Generative AI', 'CEO', 'GDP', 'IPO', 'C', 'Sens', 'D-Ore', 'R-Kan'])
      expect(types[word], word).toBeUndefined();
    expect(types['C$']).toBe('misc');
    expect(types['Alma Reyes']).toBe('person');
    expect(types['Wei Lin Tan']).toBe('person');
    expect(typesOf('In April John Smith resigned. Smith had served since 2001.', 'John Smith')).toEqual([
      'person',
    ]);
    expect(types['Corvid Research']).toBe('organization');
    expect(types['I-League']).toBeDefined();
    expect(types['D-Link']).toBeDefined();
  });

  it('reads a city before an office as the place, a river by its head, and an app as a platform', () => {
    const text =
      'Drones struck Kyiv overnight, officials in Kyiv said. Kyiv Mayor Vitali Klitschko said the blasts ' +
      'were air defences at work. Debris fell in a district on the east bank of the Dnipro River, which ' +
      "is Kyiv's most populous. Popko posted on the Telegram messaging app that UAVs were downed.";
    const types = typeByName(text);
    // the first, "Drones struck Kyiv", the tagger still reads as an organization
    expect(typesOf(text, 'Kyiv').slice(1)).toEqual(['place', 'place', 'place']);
    expect(types['Vitali Klitschko']).toBe('person');
    expect(types['Mayor Vitali Klitschko']).toBeUndefined();
    const lviv = typeByName('Lviv Mayor Andriy Sadovyi said drones hit the city. Officials in Lviv agreed.');
    expect(lviv['Andriy Sadovyi']).toBe('person');
    expect(lviv['Mayor Andriy Sadovyi']).toBeUndefined();
    // a town's club has a president; its name is no place for that
    expect(typeByName('Getafe President Angel Torres said so.')['Getafe']).not.toBe('place');
    expect(types['Dnipro River']).toBe('place');
    expect(types['Telegram']).toBe('misc');
    expect(typeByName('The Harris platform calls for tax cuts, Kamala Harris said.')['Harris']).toBe(
      'person',
    );
    expect(types['UAVs']).toBeUndefined();
  });

  it("reads a disease's name as misc on its own, and cuts an office's acronym from the company before it", () => {
    const types = typeByName(
      'Regulators cleared Moderna COVID shots as cases of COVID rose. Clinics warned of Zika. ' +
        'Quellwater CEO and co-founder Mara Voss said so.',
    );
    expect(types['Moderna']).toBe('organization');
    expect(types['COVID']).toBe('misc');
    expect(types['Zika']).toBe('misc');
    expect(types['Quellwater CEO']).toBeUndefined();
  });

  it('reads a name after a person’s title as that person, and cuts a poll’s sponsors at their slashes', () => {
    const types = typeByName(
      'In Berks County, Senator JD Vance spoke first. The race is close, with a new Philadelphia ' +
        'Inquirer/New York Times/Siena College poll out today showing a tie, as a CDU/CSU survey did.',
    );
    expect(types['JD Vance']).toBe('person');
    expect(types['Philadelphia Inquirer']).toBe('organization');
    expect(types['New York Times']).toBe('organization');
    expect(types['CDU/CSU']).toBe('organization');
  });

  it('finds the brands written with inner capitals, never a surname with a prefix or a handle', () => {
    const types = typeByName(
      'Millions ask ChatGPT for help on an iPhone, and analysts at CrowdStrike agreed. Senator McCain ' +
        'said so on #NoDeal. Sales of eBooks rose.',
    );
    expect(types['ChatGPT']).toBe('misc');
    expect(types['iPhone']).toBe('misc');
    expect(types['CrowdStrike']).toBe('organization');
    for (const word of ['NoDeal', 'eBooks']) expect(types[word], word).toBeUndefined();
  });

  it('keeps the acronyms that are bodies, the companies named for AI, and a team’s possessive', () => {
    const types = typeByName(
      'State broadcaster CCTV said so, citing API data. Mistral AI raised money. Explainable AI is hard. ' +
        'Rep. Ann Lee (D-California) objected. Sindh Chief Minister Murad Ali Shah spoke.',
    );
    expect(types['CCTV']).toBe('organization');
    expect(types['API']).toBeDefined();
    expect(types['Mistral AI']).toBeDefined();
    expect(types['Explainable AI']).toBeUndefined();
    expect(types['D-California']).toBeUndefined();
    expect(types['Sindh']).toBe('place');
    const match = "Lyon beat Metz in Lyon, where fans in Lyon cheered. Lyon's coach Pierre Sage was pleased.";
    expect(typesOf(match, 'Lyon').slice(-1)).toEqual(['organization']);
  });

  it('types a list after a plural in -ies, reads "debut" as a kind only in an apposition, and a court as a body', () => {
    const types = typeByName(
      'She made documentaries like Tidal Ward and Salt Harbour, and comedies like Brass Lanterns. ' +
        'After his debut Arsenal signed him. Her debut, Glass Orchard, sold well. The appeal was heard ' +
        'in the High Court in Dublin. She won on Stadium Court.',
    );
    expect(types['Tidal Ward']).toBe('misc');
    expect(types['Salt Harbour']).toBe('misc');
    expect(types['Brass Lanterns']).toBe('misc');
    expect(types['Arsenal']).toBe('organization');
    expect(types['Glass Orchard']).toBe('misc');
    const works = typeByName(
      "The band's debut Pale Ferns was released in 1993. His second album, Cold Harbour (Columbia), was a hit.",
    );
    expect(works['Pale Ferns']).toBe('misc');
    expect(works['Cold Harbour']).toBe('misc');
    expect(types['High Court']).toBe('organization');
    expect(types['Stadium Court']).toBe('place');
  });

  it("keeps a tennis draw's players and a lone album name after a comma as what they are", () => {
    const types = typeByName(
      "Women 's singles\nMaria Ortega beat Anna Lind 6-4 6-2.\nMen 's singles Tomas Berg beat Jan Holm. " +
        'The band recorded two albums, Smith said. After two albums, Lind and Berg split. ' +
        'Russia annexed the Crimean peninsula. A bomb exploded in Davao City. ' +
        'Beyond Meat Inc. said so, after activist Elliott Management took a stake.',
    );
    expect(types['Maria Ortega']).toBe('person');
    expect(types['Tomas Berg']).toBe('person');
    expect(types['Smith']).toBe('person');
    expect(types['Lind']).toBe('person');
    expect(types['Crimean']).toBe('misc');
    expect(types['Davao City']).toBe('place');
    expect(types['Beyond Meat Inc.']).toBe('organization');
    expect(types['Elliott Management']).toBe('organization');
  });

  it("joins a club's suffix to its name, an organization", () => {
    const types = typeByName(
      'The club was renamed Tottenham Hotspur F.C. in 1884, merged with Ardwick A.F.C. in 1894 and ' +
        'beat Madrid FC and Castelo FC in the final.',
    );
    expect(types['Tottenham Hotspur F.C.']).toBe('organization');
    expect(types['Ardwick A.F.C.']).toBe('organization');
    expect(types['Madrid FC']).toBe('organization');
    expect(types['Castelo FC']).toBe('organization');
    expect(types['FC']).toBeUndefined();
  });

  it('leaves the word that opens a sentence out of the name after it', () => {
    const names = recognizer
      .recognize(
        'Unlike Sanders, she won the state. Although Reynolds spoke first, nobody listened. ' +
          'Besides Centerview, two banks advised the company. When Carson left, the room emptied.',
      )
      .mentions.map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(['Sanders', 'Reynolds', 'Centerview', 'Carson']));
    expect(names.some((n) => /^(Unlike|Although|Besides|When) /u.test(n))).toBe(false);
  });

  it('reads a name by the river, lake or mountains around it as a place', () => {
    expect(typeByName('Gunfire still echoed in the nearby Pamir mountains on Friday.')['Pamir']).toBe(
      'place',
    );
    const types = typeByName('Water from the Kaveri river reached the farms, and the river Tunga ran dry.');
    expect(types['Kaveri']).toBe('place');
    expect(types['Tunga']).toBe('place');
  });

  it('reads a work after its genre, and known cities in a list of places as places', () => {
    const types = typeByName(
      'After the drama Frantz, he made the comedy Orchard Street. The festival returns with ' +
        'screenings in Sydney, Melbourne, Brisbane, Canberra and Adelaide.',
    );
    expect(types['Frantz']).toBe('misc');
    expect(types['Orchard Street']).toBe('misc');
    for (const city of ['Sydney', 'Melbourne', 'Brisbane', 'Canberra', 'Adelaide'])
      expect(types[city], city).toBe('place');
  });

  it('ends a sentence after an initial before "The", drops a lone initial, and reads "U.K.-based" as a business', () => {
    const found = recognizer.recognize(
      'The antiseptic was used widely during World War I. The company grew, and so will I. ' +
        'Now the brand is controlled by U.K.-based Reckitt Benckiser.',
    ).mentions;
    const names = found.map((m) => m.text);
    expect(names).toContain('World War I.');
    expect(names.some((n) => n.endsWith('The') || n === 'I.')).toBe(false);
    expect(found.find((m) => m.text === 'Reckitt Benckiser')?.type).toBe('organization');
  });

  it('reads a drug or a vaccine after its kind as misc, as the 2020 guidelines have vaccines', () => {
    const types = typeByName(
      'The company introduced the sedative Nembutal in 1930. Drugs like Viagra and Cialis followed decades later.',
    );
    expect(types['Nembutal']).toBe('misc');
    expect(types['Viagra']).toBe('misc');
    expect(types['Cialis']).toBe('misc');
    // a company before what it made is still the company
    expect(typeByName('The vaccine Pfizer developed works.')['Pfizer']).toBe('organization');
  });

  it("keeps a prize's field inside its name and takes no field alone for a name", () => {
    const found = recognizer.recognize(
      'The Nobel Prize in Physics is awarded in Stockholm. She won two Nobel Prizes, for Physics in 1903 and Chemistry in 1911.',
    ).mentions;
    expect(found.find((m) => m.text === 'Nobel Prize in Physics')?.type).toBe('misc');
    expect(found.map((m) => m.text)).not.toContain('Physics');
    expect(found.map((m) => m.text)).not.toContain('Chemistry');
  });

  it('reads a town with "City" as its football club, unless the whole is a city', () => {
    const types = typeByName(
      'They defeated Birmingham City in 1956, and Hull City lost to Stoke City. He flew from Mexico ' +
        'City to Kansas City and on to Iowa City.',
    );
    for (const club of ['Birmingham City', 'Hull City', 'Stoke City'])
      expect(types[club], club).toBe('organization');
    for (const city of ['Kansas City', 'Iowa City']) expect(types[city], city).toBe('place');
  });

  it('reads a name after what a person does as a person, and a county as a place', () => {
    const types = typeByName(
      'He later worked with producer Tomas Brekke and moved to Tilden County, Nebraska. ' +
        'A group of activist Chicago Teachers Union members met the state engineer Comelf.',
    );
    expect(types['Tomas Brekke']).toBe('person');
    expect(types['Tilden County']).toBe('place');
    expect(types['Chicago Teachers Union']).toBe('organization');
  });

  it('does not take a sports "trio" or a party\'s leader for what the noun names', () => {
    const types = typeByName(
      'The leader of the Russian liberal democratic party Vladimir Zhirinovsky spoke. Pace trio David Millns and Gordon Parsons bowled well.',
    );
    expect(types['Vladimir Zhirinovsky']).toBe('person');
    expect(types['David Millns']).toBe('person');
  });

  it('reads the definition that opens an article: a series, a village, a band, a river', () => {
    const types = typeByName(
      'Harbour Lights is a British crime drama television series created by Ann Lowry.\n\n' +
        'Kestrelby is a small fishing village in County Antrim.\n\n' +
        'Mirefield were an English rock band formed in Leeds in 1994. Their debut album, Copper Sky, ' +
        'was released in 1996.\n\nThe Oskava is the longest river of the region.\n\n' +
        'Pride and Prejudice is an 1813 novel of manners by Jane Austen.',
    );
    expect(types['Harbour Lights']).toBe('misc');
    expect(types['Kestrelby']).toBe('place');
    expect(types['Mirefield']).toBe('organization');
    expect(types['Copper Sky']).toBe('misc');
    expect(types['Oskava']).toBe('place');
    expect(types['Ann Lowry']).toBe('person');
    expect(types['Pride and Prejudice']).toBe('misc');
  });

  it('types a name by its head: a label, a club, a prize, a work, a river', () => {
    const types = typeByName(
      'In 2003 the band signed with Domino Records and toured with fans of Bolton Wanderers. Her ' +
        'recording of the Goldberg Variations won a Grammy Award for Best Classical Album. The town ' +
        'of Ennistymon stands on the River Inagh.',
    );
    expect(types['Domino Records']).toBe('organization');
    expect(types['Bolton Wanderers']).toBe('organization');
    expect(types['Goldberg Variations']).toBe('misc');
    expect(types['Grammy Award for Best Classical Album']).toBe('misc');
    expect(types['River Inagh']).toBe('place');
    const others = typeByName(
      'Lake Bell directed the film. The Cape Cod Times reported it. The Boston Symphony performed Mahler.',
    );
    expect(others['Lake Bell']).toBe('person');
    expect(others['Cape Cod Times']).toBe('organization');
    expect(others['Boston Symphony']).toBe('organization');
  });

  it('types a land, a school, a studio, a festival, a medal and a battle by the word that heads it', () => {
    const types = typeByName(
      'The Oskar Plain lies in Varnell Province, below the Tarn Mountains. She studied at Linley ' +
        'College and recorded at Marlow Studios. The Kelby Festival awarded her the Hartley Medal in ' +
        '1990. She won Best Actress for the role. The film was made by Studio Ghibli. The Third Battle ' +
        'of Ypres was fought in 1917.',
    );
    expect(types['Oskar Plain']).toBe('place');
    expect(types['Varnell Province']).toBe('place');
    expect(types['Tarn Mountains']).toBe('place');
    expect(types['Linley College']).toBe('organization');
    expect(types['Marlow Studios']).toBe('organization');
    expect(types['Kelby Festival']).toBe('misc');
    expect(types['Hartley Medal']).toBe('misc');
    expect(types['Best Actress']).toBe('misc');
    expect(types['Studio Ghibli']).toBe('organization');
    expect(types['Third Battle of Ypres']).toBe('misc');
  });

  it('types a quoted title after its kind, and the places a list after "the towns of" names', () => {
    const types = typeByName(
      'The single "Silver Rain" reached number four, and its follow-up single, "Hollow Bells", topped ' +
        'the chart. The road passes the towns of Velmar, Oskoba and Trenzi, and the villages of Harrow ' +
        'Dale and Pennick.',
    );
    expect(types['Silver Rain']).toBe('misc');
    expect(types['Hollow Bells']).toBe('misc');
    for (const place of ['Velmar', 'Oskoba', 'Trenzi', 'Harrow Dale', 'Pennick'])
      expect(types[place], place).toBe('place');
    // No list: a name after a comma that no "and" ends, and a possessive after "the state of".
    const news = typeByName(
      'At the camp on the island of Lesbos, Abdullah Zahed, 25, waited. Bernie Sanders spoke in New ' +
        'York, the state of Sanders’ younger years.',
    );
    expect(news['Abdullah Zahed']).toBe('person');
    expect(news['Sanders']).toBe('person');
    // After a singular "the state of", one place: the names after it are no list of places.
    expect(typesOf('In the state of Georgia, Trump and Biden campaigned. Trump disagreed.', 'Trump')).toEqual(
      ['person', 'person'],
    );
    // An apposition after a preposition's object, or one a "who" clause follows, is no work.
    expect(typesOf('After the film, Smith, who starred in it, went home. Smith is 40.', 'Smith')).toEqual([
      'person',
      'person',
    ]);
    expect(typesOf('Shares of Best Buy rose. Best Buy said.', 'Best Buy')).toEqual([
      'organization',
      'organization',
    ]);
  });

  it('joins a body, an event or a prize to the name after its "of" or "for"', () => {
    const types = typeByName(
      'She sat in the Congress of Deputies and chaired the Union for the Mediterranean. The Wars of ' +
        'the Roses ended in 1487. The show won the BAFTA TV Award for Best Drama Series. The Prime ' +
        'Minister of Britain spoke.',
    );
    expect(types['Congress of Deputies']).toBe('organization');
    expect(types['Union for the Mediterranean']).toBe('organization');
    expect(types['Wars of the Roses']).toBe('misc');
    expect(types['BAFTA TV Award for Best Drama Series']).toBe('misc');
    expect(types['Britain']).toBe('place');
    expect(Object.keys(types).filter((name) => name.includes('Minister'))).toEqual([]);
    // No join of a person's name, of a place into a body, nor of a prize into where it was won.
    const apart = typeByName(
      'Margaret Court of Australia won the title. Voters backed the Republican Party of Donald Trump. ' +
        'He won the Lifetime Achievement Award for Meryl Streep. It was a third Ryder Cup for Europe. ' +
        'Settlers moved to the West Bank of the Jordan River.',
    );
    expect(apart['Margaret Court']).toBe('person');
    expect(apart['Australia']).toBe('place');
    expect(apart['Donald Trump']).toBe('person');
    expect(apart['Meryl Streep']).toBe('person');
    expect(apart['Europe']).toBe('place');
    expect(apart['West Bank']).toBe('place');
    expect(apart['Jordan River']).toBe('place');
  });

  it('takes no pronoun with its verb for a name, and a lone surname of a person named in full for that person', () => {
    expect(
      recognizer
        .recognize("“I’m not going anywhere,” Trump said. “I’m here.” I'm sure, I've said, I'd go.")
        .mentions.map((m) => m.text),
    ).toEqual(['Trump']);
    expect(
      typesOf(
        'Barack Obama spoke. Obama’s plan failed, and the Obama administration and Obama agreed.',
        'Obama',
      ),
    ).toEqual(['person', 'person', 'person']);
  });

  it('types a known place of two words or more as a place where the tagger reads a person', () => {
    expect(typeByName('He lives in Raleigh, North Carolina.')['North Carolina']).toBe('place');
  });

  it('keeps a surname the article names in full a person, and a biography’s "Born in" no place', () => {
    const types = typeByName(
      'Dorothy Hale was a British chemist. Born in Sheffield, she studied in Leeds. Hale was elected ' +
        'in 1965. The Hale Building is named after her.',
    );
    expect(types['Hale']).toBe('person');
    expect(types['Hale Building']).toBe('place');
    expect(types['Born']).toBeUndefined();
    expect(types['Sheffield']).toBe('place');
  });

  it('reads a definition only of the sentence’s subject', () => {
    const types = typeByName(
      'Blaming Iraq for riots in Jordan is a dirty game. Ronald de Boer and Dennis Bergkamp are the likely ' +
        'contenders to lead the team.',
    );
    expect(types['Jordan']).toBe('place');
    const news = typeByName(
      'The author of the book, Mitchell Zuckoff, said he stands by it. Politics is a tough game. ' +
        'The DLC was a reaction to a series of defeats in the 1980s.',
    );
    expect(news['Mitchell Zuckoff']).toBe('person');
    expect(news['Politics']).toBeUndefined();
    expect(news['DLC']).toBe('organization');
    expect(typeByName('They discussed the film, CNN, and the network’s ratings.')['CNN']).toBe(
      'organization',
    );
    expect(types['Ronald de Boer']).toBe('person');
    expect(types['Dennis Bergkamp']).toBe('person');
  });
});
