import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../common/analysis/corrections';
import { describeRange } from '../../common/anchoring/anchor';
import type { Analysis, EntityMention, EntityType } from '../../common/model/analysis';
import type { Correction } from '../../common/model/annotation';

const text =
  'Hikmet Hajiyev met Xi Jinping in China. "We agree," Hajiyev said. ' +
  'AZERTAC reported it. "Ties are strong," he added. The "Middle Corridor" matters. ' +
  'Hajiyev noted that trade keeps growing.';

const at = (s: string, n = 0): { start: number; end: number } => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(s, i + 1);
  if (i < 0) throw new Error(s);
  return { start: i, end: i + s.length };
};
const mention = (s: string, type: EntityType, entityId: string, n = 0): EntityMention => ({
  ...at(s, n),
  type,
  text: s,
  entityId,
});
const target = (s: string, n = 0) => {
  const { start, end } = at(s, n);
  return describeRange(text, start, end);
};

function sample(): Analysis {
  return {
    analyzerVersion: 'test',
    entities: [
      {
        id: 'hh',
        name: 'Hikmet Hajiyev',
        type: 'person',
        aliases: ['Hikmet Hajiyev', 'Hajiyev'],
        mentionCount: 2,
      },
      { id: 'xi', name: 'Xi Jinping', type: 'person', aliases: ['Xi Jinping'], mentionCount: 1 },
      { id: 'cn', name: 'China', type: 'place', aliases: ['China'], mentionCount: 1 },
      { id: 'az', name: 'AZERTAC', type: 'person', aliases: ['AZERTAC'], mentionCount: 1 },
    ],
    mentions: [
      mention('Hikmet Hajiyev', 'person', 'hh'),
      mention('Xi Jinping', 'person', 'xi'),
      mention('China', 'place', 'cn'),
      mention('Hajiyev', 'person', 'hh', 1),
      mention('AZERTAC', 'person', 'az'),
    ],
    quotes: [
      {
        ...at('"We agree,"'),
        text: '"We agree,"',
        parts: [at('"We agree,"')],
        speakerConfidence: 0.95,
        speakerSure: true,
        speaker: { ...at('Hajiyev', 1), text: 'Hajiyev' },
        speakerEntityId: 'hh',
        speakerName: 'Hikmet Hajiyev',
        cue: at('said'),
      },
      {
        ...at('"Ties are strong,"'),
        text: '"Ties are strong,"',
        parts: [at('"Ties are strong,"')],
        speakerConfidence: 0.6,
        speakerSure: false,
        speaker: { ...at('he'), text: 'he' },
        speakerEntityId: 'hh',
        speakerName: 'Hikmet Hajiyev',
        cue: at('added'),
      },
    ],
    reported: [
      {
        ...at('trade keeps growing'),
        text: 'trade keeps growing',
        parts: [at('trade keeps growing')],
        speakerConfidence: null,
        speakerSure: false,
        speaker: { ...at('Hajiyev', 2), text: 'Hajiyev' },
        speakerEntityId: 'hh',
        speakerName: 'Hikmet Hajiyev',
        cue: at('noted'),
      },
    ],
    terms: [{ ...at('"Middle Corridor"'), text: '"Middle Corridor"' }],
  };
}

let n = 0;
const c = <K extends Correction['kind']>(
  kind: K,
  fields: Omit<Extract<Correction, { kind: K }>, 'id' | 'kind' | 'created'>,
): Correction =>
  ({ id: `c${n++}`, kind, created: '2024-01-01T00:00:00Z', ...fields }) as unknown as Correction;

describe('applying the user’s corrections to an analysis', () => {
  it('leaves the analysis untouched without corrections', () => {
    const a = sample();
    expect(applyCorrections(a, [], text)).toBe(a);
  });

  it('rejects one mention, and the entity’s count and aliases follow', () => {
    const out = applyCorrections(sample(), [c('reject-mention', { target: target('Hajiyev', 1) })], text);
    expect(out.mentions.map((m) => m.text)).toEqual(['Hikmet Hajiyev', 'Xi Jinping', 'China', 'AZERTAC']);
    expect(out.entities.find((e) => e.id === 'hh')).toMatchObject({
      mentionCount: 1,
      aliases: ['Hikmet Hajiyev'],
    });
  });

  it('rejects a whole entity by name and type, unlinking quotations and reported speech it spoke', () => {
    const out = applyCorrections(
      sample(),
      [c('reject-entity', { entityName: 'Hikmet Hajiyev', entityType: 'person' })],
      text,
    );
    expect(out.entities.map((e) => e.id)).toEqual(['xi', 'cn', 'az']);
    expect(out.mentions.some((m) => m.entityId === 'hh')).toBe(false);
    expect(out.quotes.map((q) => q.speakerEntityId)).toEqual([null, null]);
    expect(out.quotes[0]!.speakerName).toBe('Hikmet Hajiyev');
    expect(out.reported[0]).toMatchObject({ speakerEntityId: null, speakerName: 'Hikmet Hajiyev' });
    // A name of another type is a different entity.
    const same = applyCorrections(
      sample(),
      [c('reject-entity', { entityName: 'China', entityType: 'person' })],
      text,
    );
    expect(same.entities).toHaveLength(4);
  });

  it('changes an entity’s type, mentions included, and a later correction sees the new type', () => {
    const out = applyCorrections(
      sample(),
      [
        c('retype-entity', { entityName: 'AZERTAC', entityType: 'person', to: 'organization' }),
        c('retype-entity', { entityName: 'AZERTAC', entityType: 'organization', to: 'misc' }),
      ],
      text,
    );
    expect(out.entities.find((e) => e.id === 'az')!.type).toBe('misc');
    expect(out.mentions.find((m) => m.entityId === 'az')!.type).toBe('misc');
  });

  it('merges two entities: mentions, aliases, counts and quotation speakers', () => {
    const out = applyCorrections(
      sample(),
      [c('merge-entities', { fromName: 'Hajiyev', intoName: 'Xi Jinping' })],
      text,
    );
    expect(out.entities.map((e) => e.id)).toEqual(['xi', 'cn', 'az']);
    expect(out.entities[0]).toMatchObject({
      mentionCount: 3,
      aliases: ['Xi Jinping', 'Hikmet Hajiyev', 'Hajiyev'],
    });
    expect(out.quotes.map((q) => q.speakerName)).toEqual(['Xi Jinping', 'Xi Jinping']);
  });

  it('adds a missed mention to the entity of that name, or to a new one', () => {
    const joined = applyCorrections(
      sample(),
      [
        c('reject-mention', { target: target('Hajiyev', 1) }),
        c('add-mention', { target: target('Hajiyev', 1), entityType: 'person' }),
      ],
      text,
    );
    expect(joined.entities.find((e) => e.id === 'hh')!.mentionCount).toBe(2);
    const created = applyCorrections(
      sample(),
      [c('add-mention', { target: target('Middle Corridor'), entityType: 'misc' })],
      text,
    );
    const e = created.entities.find((x) => x.name === 'Middle Corridor')!;
    expect(e).toMatchObject({ type: 'misc', mentionCount: 1, aliases: ['Middle Corridor'] });
    expect(created.mentions.find((m) => m.entityId === e.id)).toMatchObject(at('Middle Corridor'));
  });

  it('a marked name replaces the machine mentions it overlaps', () => {
    const out = applyCorrections(
      sample(),
      [c('add-mention', { target: target('Hikmet'), entityType: 'person' })],
      text,
    );
    expect(out.mentions.filter((m) => m.start === 0).map((m) => m.text)).toEqual(['Hikmet']);
  });

  it('rejects a quotation, and re-assigns a speaker to an entity or a typed name', () => {
    const out = applyCorrections(
      sample(),
      [
        c('reject-quote', { target: target('"We agree,"') }),
        c('set-speaker', { target: target('"Ties are strong,"'), speakerName: 'xi jinping' }),
      ],
      text,
    );
    expect(out.quotes).toHaveLength(1);
    expect(out.quotes[0]).toMatchObject({
      speakerEntityId: 'xi',
      speakerName: 'Xi Jinping',
      speaker: null,
      // the user's word is certain
      speakerConfidence: 1,
      speakerSure: true,
    });
    const typed = applyCorrections(
      sample(),
      [c('set-speaker', { target: target('"Ties are strong,"'), speakerName: ' A Spokesman ' })],
      text,
    );
    expect(typed.quotes[1]).toMatchObject({ speakerEntityId: null, speakerName: 'A Spokesman' });
  });

  it('corrects reported speech as it corrects quotations: speaker, and not speech at all', () => {
    const spoken = applyCorrections(
      sample(),
      [c('set-speaker', { target: target('trade keeps growing'), speakerName: 'Xi Jinping' })],
      text,
    );
    expect(spoken.reported[0]).toMatchObject({ speakerEntityId: 'xi', speakerName: 'Xi Jinping' });
    const gone = applyCorrections(
      sample(),
      [c('reject-quote', { target: target('trade keeps growing') })],
      text,
    );
    expect(gone.reported).toEqual([]);
    expect(gone.quotes).toHaveLength(2);
  });

  it('adds a missed quotation over a term, with or without a speaker', () => {
    const out = applyCorrections(
      sample(),
      [
        c('add-quote', { target: target('"Middle Corridor"'), speakerName: 'Hajiyev' }),
        c('add-quote', { target: target('AZERTAC reported it.'), speakerName: null }),
      ],
      text,
    );
    expect(out.terms).toEqual([]);
    expect(out.quotes.map((q) => [q.text, q.speakerEntityId, q.speakerName])).toEqual([
      ['"We agree,"', 'hh', 'Hikmet Hajiyev'],
      ['AZERTAC reported it.', null, null],
      ['"Ties are strong,"', 'hh', 'Hikmet Hajiyev'],
      ['"Middle Corridor"', 'hh', 'Hikmet Hajiyev'],
    ]);
  });

  it('follows edited text, and ignores a correction whose text is gone instead of misapplying it', () => {
    const edited = 'Breaking. ' + text;
    const shifted = sample();
    const move = <T extends { start: number; end: number }>(s: T): T => ({
      ...s,
      start: s.start + 10,
      end: s.end + 10,
    });
    shifted.mentions = shifted.mentions.map(move);
    shifted.quotes = shifted.quotes.map(move);
    const out = applyCorrections(
      shifted,
      [
        c('reject-mention', { target: target('Xi Jinping') }),
        c('reject-quote', { target: target('"We agree,"') }),
      ],
      edited,
    );
    expect(out.mentions.some((m) => m.text === 'Xi Jinping')).toBe(false);
    expect(out.quotes).toHaveLength(1);

    const gone = text.replace('Xi Jinping', 'the President');
    const orphan = applyCorrections(
      { ...sample(), mentions: sample().mentions.filter((m) => m.entityId !== 'xi') },
      [c('add-mention', { target: target('Xi Jinping'), entityType: 'person' })],
      gone,
    );
    expect(orphan.mentions.map((m) => m.text)).not.toContain('Xi Jinping');
    expect(orphan.entities.some((e) => e.name === 'Xi Jinping')).toBe(false);
  });
});
