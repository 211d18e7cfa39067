import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { createBridge } from '../../common/ipc/bridge';
import type { CorrectionInput } from '../../common/ipc/contract';
import { correctionInputSchema } from '../../common/model/annotation';
import { dispatch, type Services } from '../../electron/services/service-map';
import { ARTICLE_NOTE, ArticleSession, NOTE_DEBOUNCE_MS } from '../../renderer/src/state/session/session';
import { startServices, tempProfile } from '../support/profile';

let profile: ReturnType<typeof tempProfile>;
let services: Services;
let articleId: string;
let text: string;
let errors: string[];

beforeEach(async () => {
  profile = tempProfile();
  services = await startServices(profile.dir);
  articleId = services.library.list()[0]!.id;
  text = services.library.get(articleId).text;
  errors = [];
});
afterEach(() => profile.remove());

/** A session over the real services, through the same dispatch ipcMain uses. */
function open(debounceMs?: number): ArticleSession {
  const api = createBridge((m, input) => dispatch(services.handlers, m, input));
  return new ArticleSession(api.annotations, articleId, services.annotations.get(articleId), {
    onError: (m) => errors.push(m),
    ...(debounceMs !== undefined ? { debounceMs } : {}),
  });
}

/** What a fresh start of the app would read from disk. */
async function onDisk() {
  return (await startServices(profile.dir)).annotations.get(articleId);
}

const target = (exact: string) => {
  const at = text.indexOf(exact);
  if (at < 0) throw new Error(`"${exact}" not in the sample`);
  return describeRange(text, at, at + exact.length);
};
const newHighlight = (exact: string) => ({ target: target(exact), color: 'yellow' as const, note: '' });

describe('article session', () => {
  it('creates a highlight, undoes it and redoes it under the same id, on disk each time', async () => {
    const s = open();
    const id = await s.createHighlight(newHighlight('Middle Corridor'));
    expect(id).not.toBeNull();
    expect((await onDisk()).highlights.map((h) => h.id)).toEqual([id]);
    expect(s.getState().undo?.label).toBe('Highlight');

    await s.undo();
    expect((await onDisk()).highlights).toEqual([]);
    expect(s.getState().data.highlights).toEqual([]);
    expect(s.getState().redo?.label).toBe('Highlight');

    await s.redo();
    expect((await onDisk()).highlights.map((h) => h.id)).toEqual([id]);
    expect(s.getState().data).toEqual(services.annotations.get(articleId));
  });

  it('recolors and undoes the recolor', async () => {
    const s = open();
    const id = (await s.createHighlight(newHighlight('Middle Corridor')))!;
    await s.recolor(id, 'blue');
    expect((await onDisk()).highlights[0]!.color).toBe('blue');
    await s.undo();
    expect((await onDisk()).highlights[0]!.color).toBe('yellow');
    await s.redo();
    expect((await onDisk()).highlights[0]!.color).toBe('blue');
  });

  it('writes a note within the debounce without any flush, and a run of typing is one undo step', async () => {
    const s = open(20);
    const id = (await s.createHighlight(newHighlight('Middle Corridor')))!;
    for (const typed of ['T', 'Tr', 'Tra', 'Trade route']) s.editNote(id, typed);
    expect(s.note(id)).toBe('Trade route');
    await vi.waitFor(async () => expect((await onDisk()).highlights[0]!.note).toBe('Trade route'));
    await vi.waitFor(() => expect(s.getState().drafts).toEqual({}));

    await s.undo();
    expect((await onDisk()).highlights[0]!.note).toBe('');
    expect(s.getState().undo?.label).toBe('Highlight'); // the creation, not another part of the note
    await s.redo();
    expect((await onDisk()).highlights[0]!.note).toBe('Trade route');
  });

  it(`writes a note ${NOTE_DEBOUNCE_MS} ms after the last key, not before`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const s = open();
      const id = (await s.createHighlight(newHighlight('Middle Corridor')))!;
      s.editNote(id, 'Tr');
      vi.advanceTimersByTime(NOTE_DEBOUNCE_MS - 1);
      s.editNote(id, 'Trade');
      vi.advanceTimersByTime(NOTE_DEBOUNCE_MS - 1);
      // Give a write that wrongly started the turns it needs to reach the store.
      for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
      expect(services.annotations.get(articleId).highlights[0]!.note).toBe('');
      vi.advanceTimersByTime(1);
      await vi.waitFor(() => expect(services.annotations.get(articleId).highlights[0]!.note).toBe('Trade'));
    } finally {
      vi.useRealTimers();
    }
    expect(NOTE_DEBOUNCE_MS).toBeLessThanOrEqual(500);
  });

  it('a note sealed (its popover closed) and typed again later is a second step', async () => {
    const s = open();
    const id = (await s.createHighlight(newHighlight('Middle Corridor')))!;
    s.editNote(id, 'first');
    // Closed while its write is still on the way: the seal must still fall after it.
    const writing = s.flush();
    s.seal();
    await writing;
    s.editNote(id, 'first, then more');
    await s.flush();
    await s.undo();
    expect((await onDisk()).highlights[0]!.note).toBe('first');
    await s.undo();
    expect((await onDisk()).highlights[0]!.note).toBe('');
  });

  it('a note flushed right after a recolor keeps the new color', async () => {
    const s = open();
    const id = (await s.createHighlight(newHighlight('Middle Corridor')))!;
    void s.recolor(id, 'green');
    s.editNote(id, 'both');
    await s.flush();
    expect((await onDisk()).highlights[0]).toMatchObject({ color: 'green', note: 'both' });
  });

  it('deletes a highlight with its unsaved note, and undo brings both back', async () => {
    const s = open(60_000);
    const id = (await s.createHighlight(newHighlight('Middle Corridor')))!;
    s.editNote(id, 'typed just before deleting');
    await s.deleteHighlight(id);
    expect((await onDisk()).highlights).toEqual([]);
    await s.undo();
    expect((await onDisk()).highlights).toMatchObject([{ id, note: 'typed just before deleting' }]);
    await s.redo();
    expect((await onDisk()).highlights).toEqual([]);
  });

  it('sets the article note as typed and undoes it', async () => {
    const s = open(60_000);
    s.editNote(ARTICLE_NOTE, 'Read for the COP29 angle.');
    expect((await onDisk()).articleNote).toBe('');
    await s.flush();
    expect((await onDisk()).articleNote).toBe('Read for the COP29 angle.');
    expect(s.note(ARTICLE_NOTE)).toBe('Read for the COP29 angle.');
    await s.undo();
    expect((await onDisk()).articleNote).toBe('');
    await s.redo();
    expect((await onDisk()).articleNote).toBe('Read for the COP29 angle.');
  });

  const corrections = (): CorrectionInput[] => [
    { kind: 'reject-mention', target: target('AZERTAC') },
    { kind: 'reject-entity', entityName: 'Hikmet Hajiyev', entityType: 'person' },
    { kind: 'retype-entity', entityName: 'AZERTAC', entityType: 'organization', to: 'misc' },
    { kind: 'merge-entities', fromName: 'Hajiyev', intoName: 'Hikmet Hajiyev' },
    { kind: 'add-mention', target: target('Middle Corridor'), entityType: 'place' },
    { kind: 'reject-quote', target: target('Middle Corridor') },
    { kind: 'set-speaker', target: target('Middle Corridor'), speakerName: 'Ilham Aliyev' },
    { kind: 'add-quote', target: target('Middle Corridor'), speakerName: null },
  ];
  /** Every kind the store takes, from its schema: a kind added later is tested too. */
  const KINDS = correctionInputSchema.options.map((o) => o.shape.kind.value);
  // `target` reads the sample's text, which only exists once beforeEach has run.
  it.each(KINDS)('adds a %s correction, undoes and redoes it', async (kind) => {
    const input = corrections().find((c) => c.kind === kind)!;
    const s = open();
    await s.addCorrection(input, 'corrected');
    const added = (await onDisk()).corrections;
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject(input);
    await s.undo();
    expect((await onDisk()).corrections).toEqual([]);
    await s.redo();
    expect((await onDisk()).corrections).toMatchObject([input]);
    // Put back under a new id; undo must remove that one, not look for the old.
    await s.undo();
    expect((await onDisk()).corrections).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('removes a correction, and undo puts it back', async () => {
    const s = open();
    await s.addCorrection(corrections()[1]!, 'rejected');
    const [c] = s.getState().data.corrections;
    await s.removeCorrection(c!.id, 'removed');
    expect((await onDisk()).corrections).toEqual([]);
    await s.undo();
    expect((await onDisk()).corrections).toMatchObject([corrections()[1]!]);
    await s.redo();
    expect((await onDisk()).corrections).toEqual([]);
  });

  it('a toast undoes its own step whatever happened since: delete A, delete B, A’s undo restores A', async () => {
    const s = open();
    const a = (await s.createHighlight(newHighlight('Middle Corridor')))!;
    const b = (await s.createHighlight(newHighlight('AZERTAC')))!;
    const deleteA = (await s.deleteHighlight(a))!;
    await s.deleteHighlight(b);
    await s.undo(deleteA);
    expect((await onDisk()).highlights.map((h) => h.id)).toEqual([a]);
    // The keyboard's undo now finds B's deletion on top.
    await s.undo();
    expect((await onDisk()).highlights.map((h) => h.id).sort()).toEqual([a, b].sort());
  });

  it('a step whose subject is gone is reported and dropped, not left blocking the history', async () => {
    const s = open();
    const create = await s.apply({ kind: 'add-highlight', highlight: newHighlight('AZERTAC') }, 'Highlight');
    const id = s.getState().data.highlights[0]!.id;
    await s.recolor(id, 'pink');
    await s.undo(create!);
    expect((await onDisk()).highlights).toEqual([]);
    await s.undo();
    expect(errors).toEqual([expect.stringMatching(/^Could not undo “Color change”: /)]);
    expect(s.getState().undo).toBeNull();
  });

  it('a write the main process refuses is reported and changes nothing', async () => {
    const s = open();
    const step = await s.apply(
      { kind: 'edit-highlight', before: fakeHighlight(), after: { ...fakeHighlight(), color: 'blue' } },
      'Color change',
    );
    expect(step).toBeNull();
    expect(errors).toEqual(['That highlight no longer exists.']);
    expect(s.getState().undo).toBeNull();
  });

  it('every listener hears each change, and the state it reads is the store’s', async () => {
    const s = open();
    const seen: boolean[] = [];
    const stop = s.subscribe(() => seen.push(s.getState().writing));
    await s.createHighlight(newHighlight('AZERTAC'));
    stop();
    expect(seen).toContain(true);
    expect(seen.at(-1)).toBe(false);
    expect(s.getState().data).toEqual(await onDisk());
  });
});

function fakeHighlight() {
  return {
    id: 'missing1',
    target: target('AZERTAC'),
    color: 'yellow' as const,
    note: '',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}
