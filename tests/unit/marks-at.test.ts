import { beforeAll, describe, expect, it } from 'vitest';
import { applyCorrections } from '../../common/analysis/corrections';
import { describeRange } from '../../common/anchoring/anchor';
import type { Analysis } from '../../common/model/analysis';
import type { Highlight } from '../../common/model/annotation';
import { DEFAULT_SETTINGS } from '../../common/model/settings';
import * as fix from '../../renderer/src/analysis/correction-commands';
import { marksAt } from '../../renderer/src/analysis/marks-at';
import { bySpeaker, initials, saidInOrder, shortName } from '../../renderer/src/analysis/speakers';
import { scrollDelta } from '../../renderer/src/reader/scroll';
import { placeHighlights } from '../../renderer/src/state/session/placed';
import { startServices, tempProfile } from '../support/profile';

let text: string;
let analysis: Analysis;

beforeAll(async () => {
  const profile = tempProfile();
  const services = await startServices(profile.dir);
  const id = services.library.list()[0]!.id;
  text = services.library.get(id).text;
  analysis = await services.handlers['analysis.get']({ articleId: id });
  profile.remove();
});

const layers = DEFAULT_SETTINGS.layers;
const offsetOf = (exact: string, occurrence = 0) => {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(exact, at + 1);
  return at;
};
function highlight(id: string, exact: string): Highlight {
  const at = offsetOf(exact);
  return {
    id,
    target: describeRange(text, at, at + exact.length),
    color: 'yellow',
    note: '',
    created: '',
    modified: '',
  };
}

describe('marks under a click', () => {
  it('finds the name, the quotation and the highlights there, innermost highlight first', () => {
    const placed = placeHighlights(
      [highlight('wide', 'Hikmet Hajiyev told AZERTAC'), highlight('narrow', 'Hajiyev')],
      text,
    );
    const at = offsetOf('Hajiyev') + 2;
    const marks = marksAt(at, placed, analysis, layers);
    expect(marks.highlights).toEqual(['narrow', 'wide']);
    expect(marks.mention?.text).toBe('Hikmet Hajiyev');
    expect(analysis.entities.find((e) => e.id === marks.mention!.entityId)?.name).toBe('Hikmet Hajiyev');
  });

  it('a hidden layer answers nothing', () => {
    const at = offsetOf('AZERTAC') + 1;
    expect(marksAt(at, [], analysis, layers).mention?.text).toBe('AZERTAC');
    const noOrgs = { ...layers, entityTypes: { ...layers.entityTypes, organization: false } };
    expect(marksAt(at, [], analysis, noOrgs).mention).toBeUndefined();
    expect(marksAt(at, [], analysis, { ...layers, entities: false }).mention).toBeUndefined();

    const q = analysis.quotes[0]!;
    expect(marksAt(q.start + 2, [], analysis, layers).quote).toEqual(q);
    expect(marksAt(q.start + 2, [], analysis, { ...layers, quotes: false }).quote).not.toEqual(q);
    expect(marksAt(q.end, [], null, layers)).toEqual({ highlights: [] });
  });
});

describe('speakers', () => {
  it('groups the sample’s quotations under Hikmet Hajiyev, in reading order', () => {
    const items = saidInOrder(analysis.quotes, analysis.reported);
    expect(items.map((q) => q.start)).toEqual([...items.map((q) => q.start)].sort((a, b) => a - b));
    const { speakers } = bySpeaker(items);
    expect(speakers[0]!.name).toBe('Hikmet Hajiyev');
    const his = analysis.quotes.filter((q) => q.speakerName === 'Hikmet Hajiyev');
    expect(his.length).toBeGreaterThanOrEqual(4);
    expect(speakers[0]!.quoted).toBe(his.length);
    expect(speakers[0]!.items.filter((q) => !q.reported)).toEqual(
      his.map((q) => ({ ...q, reported: false })),
    );
    expect(saidInOrder(analysis.quotes, null).every((q) => !q.reported)).toBe(true);
  });

  it('names a speaker by surname, or initials where the margin is narrow', () => {
    expect(shortName('Hikmet Hajiyev')).toBe('Hajiyev');
    expect(shortName('AZERTAC')).toBe('AZERTAC');
    expect(shortName('the ministry')).toBe('the ministry');
    expect(initials('Hikmet Hajiyev')).toBe('HH');
    expect(initials('Xi')).toBe('XI');
    expect(initials('President of the Republic Ilham Aliyev')).toBe('PA');
    expect(initials('a Lopez campaign official')).toBe('LO');
    expect(initials('the ministry')).toBe('MI');
  });
});

describe('correction commands', () => {
  it('each builds what the store takes, and applied it corrects the analysis', () => {
    const hajiyev = analysis.entities.find((e) => e.name === 'Hikmet Hajiyev')!;
    const mention = analysis.mentions.find((m) => m.entityId === hajiyev.id)!;
    const reject = fix.rejectEntity(analysis, hajiyev.id)!;
    expect(reject.label).toBe('“Hikmet Hajiyev” is no longer marked anywhere in this article.');
    const corrected = applyCorrections(analysis, [{ ...reject.input, id: 'c1', created: '' } as never], text);
    expect(corrected.entities.some((e) => e.name === 'Hikmet Hajiyev')).toBe(false);

    expect(fix.rejectMention(analysis, text, hajiyev.id, mention)!.input).toMatchObject({
      kind: 'reject-mention',
      target: { quote: { exact: mention.text } },
    });
    expect(fix.retypeEntity(analysis, hajiyev.id, 'person')).toBeNull();
    expect(fix.retypeEntity(analysis, hajiyev.id, 'misc')!.label).toBe(
      '“Hikmet Hajiyev” is now marked as other.',
    );
    expect(fix.mergeEntities(analysis, hajiyev.id, 'nobody of that name')).toBeNull();
    expect(fix.rejectEntity(analysis, 'gone')).toBeNull();
    const q = analysis.quotes[0]!;
    expect(fix.rejectQuote(analysis, text, q).label).toBe('No longer marked as a quotation.');
    expect(fix.setSpeaker(text, q, 'Ilham Aliyev').input).toMatchObject({
      kind: 'set-speaker',
      speakerName: 'Ilham Aliyev',
    });
    expect(fix.addQuote(text, q, null).label).toBe('Marked as a quotation.');
    expect(
      fix.addMention(
        text,
        { start: offsetOf('Middle Corridor'), end: offsetOf('Middle Corridor') + 15 },
        'place',
      ).label,
    ).toBe('“Middle Corridor” marked as place.');
  });
});

describe('showing a passage', () => {
  it('brings its line to a third of the way down the view', () => {
    expect(scrollDelta(700, 100, 600)).toBe(400);
    expect(scrollDelta(300, 100, 600)).toBe(0);
    expect(scrollDelta(100, 100, 600)).toBe(-200);
  });
});
