import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import { createBridge, type GlossApi } from '../../common/ipc/bridge';
import { dispatch, type Services } from '../../electron/services/service-map';
import { correctedAnalysis, createAnalysisView } from '../../renderer/src/state/analysis-view';
import { createLibrary } from '../../renderer/src/state/library';
import { createSettings } from '../../renderer/src/state/settings';
import { importText, startServices, tempProfile } from '../support/profile';

let profile: ReturnType<typeof tempProfile>;
let services: Services;
let api: GlossApi;
let errors: string[];
const onError = (m: string) => void errors.push(m);

beforeEach(async () => {
  profile = tempProfile();
  services = await startServices(profile.dir);
  api = createBridge((m, input) => dispatch(services.handlers, m, input));
  errors = [];
});
afterEach(async () => {
  await services.close();
  profile.remove();
});

describe('library module', () => {
  it('opens an article with its reading position and remembers it as the last one', async () => {
    const second = await importText(services, 'second.md', '# Second\n\nAnother article to read.');
    services.settings.setReadingOffset(second.id, 12);
    const lib = createLibrary(api, onError);
    await lib.refresh();
    expect(lib.getState().articles.map((a) => a.id)).toContain(second.id);
    expect(await lib.open(second.id)).toBe(true);
    expect(lib.getState()).toMatchObject({ article: { id: second.id }, initialOffset: 12 });
    expect((await startServices(profile.dir)).settings.get().lastArticleId).toBe(second.id);
  });

  it('removing the open article opens the first one left; a missing one is reported and the list refreshed', async () => {
    const second = await importText(services, 'second.md', '# Second\n\nAnother article to read.');
    const lib = createLibrary(api, onError);
    await lib.refresh();
    await lib.open(second.id);
    expect((await lib.removeAll([second.id])).removed).toEqual([second.id]);
    expect(lib.getState().articles.map((a) => a.id)).not.toContain(second.id);
    expect(lib.getState().article?.id).toBe(lib.getState().articles[0]!.id);

    expect(await lib.open(second.id)).toBe(false);
    expect(errors).toEqual(['That article is no longer in the library.']);
  });

  it('removes many in one go: one already gone is passed over and the others still go', async () => {
    const a = await importText(services, 'a.md', '# Alpha\n\nThe first of three.');
    const b = await importText(services, 'b.md', '# Beta\n\nThe second of three.');
    const lib = createLibrary(api, onError);
    await lib.refresh();
    await lib.open(b.id);
    await services.handlers['library.remove']({ articleId: a.id });
    const { removed, trashIds } = await lib.removeAll([a.id, b.id]);
    expect(trashIds).toHaveLength(1);
    expect(removed).toEqual([a.id, b.id]);
    expect(errors).toEqual([]);
    expect(lib.getState().articles.map((x) => x.id)).not.toContain(b.id);
    expect(lib.getState().article?.id).not.toBe(b.id);
  });
});

describe('settings module', () => {
  it('shows what the main process stored, and reports a refused patch without changing', async () => {
    const s = createSettings(api, onError);
    await s.load();
    await s.update({ sides: { panel: false } });
    expect(s.getState().settings?.sides).toEqual({ library: true, panel: false });
    expect((await startServices(profile.dir)).settings.get().sides).toEqual({ library: true, panel: false });
    await s.update({ fontSize: 400 });
    expect(errors).toHaveLength(1);
    expect(s.getState().settings?.fontSize).toBe(19);
  });
});

describe('analysis view', () => {
  it('keeps only the article last asked for, and shows nothing until the corrections are in', async () => {
    const sample = services.library.list()[0]!;
    const second = await importText(services, 'second.md', '# Second\n\nHikmet Hajiyev spoke in Baku.');
    // The first article's analysis answers last, as a slow one would.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const slowFirst = createBridge(async (m, input) => {
      const answer = await dispatch(services.handlers, m, input);
      if (m === 'analysis.get' && (input as { articleId: string }).articleId === sample.id) await held;
      return answer;
    });
    const view = createAnalysisView(slowFirst, onError);
    const first = view.load(sample.id);
    await view.load(second.id);
    release();
    await first;
    expect(view.getState()).toMatchObject({ raw: { articleId: second.id }, loading: false });

    const text = services.library.get(second.id).text;
    expect(correctedAnalysis(view.getState().raw, second.id, text, null)).toBeNull();
    expect(correctedAnalysis(view.getState().raw, sample.id, text, [])).toBeNull();
    const shown = correctedAnalysis(view.getState().raw, second.id, text, [])!;
    expect(shown.entities.some((e) => e.name === 'Baku')).toBe(true);
    const at = text.indexOf('Baku');
    const withoutBaku = correctedAnalysis(view.getState().raw, second.id, text, [
      {
        id: 'c1',
        created: '2026-01-01T00:00:00.000Z',
        kind: 'reject-mention',
        target: describeRange(text, at, at + 4),
      },
    ])!;
    expect(withoutBaku.mentions.some((m) => m.text === 'Baku')).toBe(false);
    expect(errors).toEqual([]);
  });
});
