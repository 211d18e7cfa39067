import { describe, expect, it } from 'vitest';
import { anchorerFor, describeRange } from '../../common/anchoring/anchor';
import type { Highlight, HighlightTarget } from '../../common/model/annotation';
import { Placer, type RunAnchoring } from '../../renderer/src/state/session/placer';

const v1 = 'The minister said the pipeline would open in spring.\n\nCritics said the costs had doubled.';
const v2 =
  'Update: figures corrected.\n\nThe minister said the pipeline would open in spring.\n\nCritics said the costs had tripled.';

const highlight = (id: string, exact: string): Highlight => {
  const at = v1.indexOf(exact);
  return {
    id,
    target: describeRange(v1, at, at + exact.length),
    color: 'yellow',
    note: '',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
};

/** The real anchoring, answered a turn later as a worker would; records what it was asked. */
function recordingRun(fail = false) {
  const asked: HighlightTarget[][] = [];
  const run: RunAnchoring = async (text, targets) => {
    asked.push(targets);
    await new Promise((r) => setTimeout(r, 1));
    if (fail) throw new Error('worker did not start');
    return targets.map((t) => anchorerFor(text).anchor(t));
  };
  return { asked, run };
}

const settled = () => new Promise((r) => setTimeout(r, 10));

describe('placing highlights off the main thread', () => {
  it('places unchanged ones at once and the changed one when the search answers, searching it once', async () => {
    const { asked, run } = recordingRun();
    let answers = 0;
    const placer = new Placer(run, () => answers++);
    const same = highlight('a', 'pipeline would open');
    const changed = highlight('b', 'the costs had doubled');

    // Unchanged words, but shifted by the note: not the cheap case either, so both are searched.
    const first = placer.place([same, changed], v2);
    expect(first).toEqual({ placed: [], pending: 2 });
    placer.flush();
    await settled();
    expect(answers).toBe(1);
    const second = placer.place([same, changed], v2);
    expect(second.pending).toBe(0);
    expect(second.placed.map((p) => [p.highlight.id, p.status])).toEqual([
      ['a', 'anchored'],
      ['b', 'moved'],
    ]);
    // A note typed keeps the target object: nothing is searched again.
    placer.place([{ ...changed, note: 'typed' }, same], v2);
    placer.flush();
    expect(asked).toHaveLength(1);
  });

  it('settles the cheap case without asking anyone', () => {
    const { asked, run } = recordingRun();
    const placer = new Placer(run, () => {});
    const r = placer.place([highlight('a', 'pipeline would open')], v1);
    placer.flush();
    expect(r).toMatchObject({ pending: 0, placed: [{ status: 'anchored', start: v1.indexOf('pipeline') }] });
    expect(asked).toHaveLength(0);
  });

  it('drops an answer for a text no longer shown', async () => {
    const { run } = recordingRun();
    let answers = 0;
    const placer = new Placer(run, () => answers++);
    const h = highlight('b', 'the costs had doubled');
    placer.place([h], v2);
    placer.flush();
    placer.place([h], v1); // another version opened before the answer came
    await settled();
    expect(answers).toBe(0);
    expect(placer.place([h], v1).placed[0]).toMatchObject({ status: 'anchored' });
  });

  it('places on this thread when the worker fails, rather than not at all', async () => {
    const { run } = recordingRun(true);
    let answers = 0;
    const placer = new Placer(run, () => answers++);
    const h = highlight('b', 'the costs had doubled');
    placer.place([h], v2);
    placer.flush();
    await settled();
    expect(answers).toBe(1);
    expect(placer.place([h], v2).placed[0]).toMatchObject({ status: 'moved' });
  });
});
