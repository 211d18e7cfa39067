import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityResult } from '../../common/analysis/entities';
import { findQuotes } from '../../common/analysis/quotes';
import { createAnalyzer } from '../../electron/services/analysis/model-file';

const none: EntityResult = { mentions: [], entities: [] };

/** Reported speech as [content, speaker mention, cue] triples. */
function reported(text: string): [string, string | null, string | null][] {
  return findQuotes(text, none).reported.map((r) => [
    r.text,
    r.speaker?.text ?? null,
    r.cue ? text.slice(r.cue.start, r.cue.end) : null,
  ]);
}

describe('reported speech', () => {
  it('takes the clause after a reporting verb and "that", with the verb’s subject as the source', () => {
    expect(reported('Hikmet Hajiyev noted that China has experience in the area of green energy.')).toEqual([
      ['China has experience in the area of green energy', 'Hikmet Hajiyev', 'noted'],
    ]);
    expect(reported('The mayor said the bridge would reopen next week.')).toEqual([
      ['the bridge would reopen next week', 'The mayor', 'said'],
    ]);
    // a "that" inside the clause is the clause's own
    expect(reported('The mayor said the plan that the council approved would go ahead.')).toEqual([
      ['the plan that the council approved would go ahead', 'The mayor', 'said'],
    ]);
  });

  it('skips a told-whom object and a time before "that"', () => {
    expect(reported('Smith told reporters on Monday that the deal was nearly done.')).toEqual([
      ['the deal was nearly done', 'Smith', 'told'],
    ]);
    expect(
      reported('Sen. David Perdue (R-Ga.) said on Tuesday that he did not believe those claims.')[0],
    ).toEqual(['he did not believe those claims', 'Sen. David Perdue', 'said']);
  });

  it('finds a post-posed source and "according to", and a participle’s sentence subject', () => {
    expect(reported('The talks will resume in the spring, officials said.')).toEqual([
      ['The talks will resume in the spring', 'officials', 'said'],
    ]);
    expect(reported('According to the ministry, exports rose by a third last year.')).toEqual([
      ['exports rose by a third last year', 'the ministry', 'According to'],
    ]);
    expect(
      reported('Trump defended the tweets on Friday, saying that they showed he would be awake at 3 a.m.'),
    ).toEqual([['they showed he would be awake at 3 a.m', 'Trump', 'saying']]);
  });

  it('leaves speech in quotation marks to the quotations, and phrases that are no clause alone', () => {
    const text = 'She said that "the plan is dead on arrival in the Senate."';
    expect(reported(text)).toEqual([]);
    expect(findQuotes(text, none).quotes).toHaveLength(1);
    expect(reported('He promised to lower taxes for every family in the state.')).toEqual([]);
    expect(reported('She said at a briefing on Monday.')).toEqual([]);
  });

  it('resolves a pronoun source in reading order with the quotations around it', () => {
    const text =
      '“We will win,” said Jane Smith. She added that the campaign had raised more money than expected.';
    const mentions = [{ start: 20, end: 30, type: 'person' as const, text: 'Jane Smith', entityId: 'js' }];
    const out = findQuotes(text, {
      mentions,
      entities: [{ id: 'js', name: 'Jane Smith', type: 'person', aliases: ['Jane Smith'], mentionCount: 1 }],
    });
    expect(out.reported).toHaveLength(1);
    expect(out.reported[0]).toMatchObject({
      speaker: { text: 'She' },
      speakerEntityId: 'js',
      speakerName: 'Jane Smith',
    });
  });
});

// the project's own copy of the sample, so the test runs without ../shared
const sample = path.resolve(__dirname, '../../assets/sample/azerbaijan-china-ties.txt');
describe('reported speech in the sample article', () => {
  it('is all Hikmet Hajiyev’s, and never repeats a quotation', () => {
    const text = readFileSync(sample, 'utf8');
    const a = createAnalyzer()(text);
    expect(a.reported.length).toBeGreaterThanOrEqual(2);
    for (const r of a.reported) {
      expect(r.speakerName).toBe('Hikmet Hajiyev');
      expect(a.quotes.some((q) => q.start < r.end && q.end > r.start)).toBe(false);
    }
  });
});
