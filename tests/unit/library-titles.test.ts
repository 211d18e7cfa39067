import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/services/import';
import { looksLikeHeadline } from '../../electron/services/import/from-text';

describe('plain-text titles from the first line', () => {
  it('takes a headline-style first line ending in a full stop as the title, not the file name', async () => {
    const doc = await importDocument({
      fileName: 'nyt_2016-10-02_a-curious-plan.txt',
      bytes: Buffer.from(
        'A Daring Plan to Save the Harbour: Buy Cranes, Sell Berths.\n\nThe port authority voted on Monday to buy the cranes.',
      ),
    });
    expect(doc.title).toBe('A Daring Plan to Save the Harbour: Buy Cranes, Sell Berths.');
    expect(doc.text).toBe('The port authority voted on Monday to buy the cranes.');
  });

  it('leaves sentences, quotations and section labels in the body', () => {
    expect(looksLikeHeadline('The port authority voted on Monday to buy the cranes.')).toBe(false);
    expect(looksLikeHeadline('“We Will Never Sell These Berths,” Said The Mayor.')).toBe(false);
    expect(looksLikeHeadline('FULL TEXT.')).toBe(false);
    expect(looksLikeHeadline('Harbour Cranes Idle, Dockers Say: Talks Resume Friday')).toBe(true);
  });
});
