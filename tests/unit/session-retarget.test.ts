import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { createBridge } from '../../common/ipc/bridge';
import { dispatch, type Services } from '../../electron/services/service-map';
import { ArticleSession } from '../../renderer/src/state/session/session';
import { startServices, tempProfile } from '../support/profile';

let profile: ReturnType<typeof tempProfile>;
let services: Services;
let articleId: string;
let text: string;

beforeEach(async () => {
  profile = tempProfile();
  services = await startServices(profile.dir);
  articleId = services.library.list()[0]!.id;
  text = services.library.get(articleId).text;
});
afterEach(() => profile.remove());

const target = (exact: string) => {
  const at = text.indexOf(exact);
  return describeRange(text, at, at + exact.length);
};

describe('re-attaching in the article session', () => {
  it('is one undoable step: done, undone and redone on disk, the note and color kept', async () => {
    const api = createBridge((m, input) => dispatch(services.handlers, m, input));
    const s = new ArticleSession(api.annotations, articleId, services.annotations.get(articleId), {
      onError: (m) => {
        throw new Error(m);
      },
    });
    const id = (await s.createHighlight({ target: target('Middle Corridor'), color: 'green', note: 'n' }))!;
    const stored = async () => (await startServices(profile.dir)).annotations.get(articleId).highlights;

    await s.retarget(id, target('Hikmet Hajiyev'), 'Re-attached');
    expect(s.getState().undo?.label).toBe('Re-attached');
    expect((await stored()).map((h) => [h.target.quote.exact, h.color, h.note])).toEqual([
      ['Hikmet Hajiyev', 'green', 'n'],
    ]);
    await s.undo();
    expect((await stored())[0]!.target).toEqual(target('Middle Corridor'));
    expect(s.getState().data.highlights[0]!.target).toEqual(target('Middle Corridor'));
    await s.redo();
    expect((await stored())[0]!.target).toEqual(target('Hikmet Hajiyev'));
    // Re-attaching to the words it is already on changes nothing, so it is no step.
    const step = await s.retarget(id, target('Hikmet Hajiyev'), 'Re-attached');
    expect(step).toBeNull();
  });
});
