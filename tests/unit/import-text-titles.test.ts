/**
 * A plain-text article's title is its first line when the file is named after it, as saved
 * articles are ("nyt-2016-10-02-a-curious-plan-to-fight-climate.txt"), however the line is
 * capitalized or punctuated; otherwise the headline rules decide.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/services/import';
import { namedAfter } from '../../electron/services/import/from-text';

const BODY = 'The harbour board met on Tuesday and voted to sell the old cranes.\n\nThe sale closes in May.';
const txt = (fileName: string, text: string) => importDocument({ fileName, bytes: Buffer.from(text) });

describe('plain-text titles', () => {
  it('takes a sentence-case first line ending in a full stop when the file is named after it', async () => {
    const doc = await txt(
      'courier_2016-10-02_harbour-board-sells-the-old-cr.txt',
      `Harbour board sells the old cranes to a museum.\n\n${BODY}`,
    );
    expect(doc.title).toBe('Harbour board sells the old cranes to a museum.');
    expect(doc.text).toBe(BODY);
  });

  it('keeps a deck under the headline as the first paragraph', async () => {
    const doc = await txt(
      'daily-2016-09-08-cranes-go-to-museum-board-says.txt',
      `Cranes go to museum; \nBoard says the port no longer needs them and the city wants them.\n\n${BODY}`,
    );
    expect(doc.title).toBe('Cranes go to museum');
    expect(doc.text.split('\n\n')[0]).toBe(
      'Board says the port no longer needs them and the city wants them.',
    );
  });

  it('leaves numbers and a cut-off last word aside when comparing', () => {
    expect(
      namedAfter(
        'usa_2016-09-16_every-minutes-a-ship-docks-at-th.txt',
        'Every 72 minutes, a ship docks at the quay.',
      ),
    ).toBe(true);
    expect(
      namedAfter('x-2016-01-02-super-pac-haul-passes-b-mark.txt', 'Super PAC haul passes $1B mark'),
    ).toBe(true);
  });

  it('does not take a first line the file is not named after, nor a quotation, for one', async () => {
    expect(namedAfter('harbour-board-cranes.txt', 'Harbour officials and the board met about cranes.')).toBe(
      false,
    );
    expect(namedAfter('we-will-sell-the-cranes.txt', '“We will sell the cranes,” the chairman said.')).toBe(
      false,
    );
    const doc = await txt('notes-2016-10-02-port.txt', `The port was quiet today.\n\n${BODY}`);
    expect(doc.title).toBe('Notes 2016 10 02 port');
  });
});
