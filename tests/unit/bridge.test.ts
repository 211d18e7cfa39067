import { describe, expect, it } from 'vitest';
import { createBridge, GlossError } from '../../common/ipc/bridge';
import type { MethodName } from '../../common/ipc/contract';
import { dispatch } from '../../electron/services/service-map';
import { startServices, tempProfile } from '../support/profile';

describe('the bridge built from the contract', () => {
  it('exposes, grouped by namespace, exactly the methods the main process serves', async () => {
    const api = createBridge(async () => ({ ok: true, value: null })) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    const exposed = Object.entries(api).flatMap(([ns, methods]) =>
      Object.keys(methods).map((m) => `${ns}.${m}`),
    );
    // The handler map is written by hand in the service map: it is what the bridge must match.
    const profile = tempProfile();
    try {
      const services = await startServices(profile.dir, { sample: false });
      expect(exposed.sort()).toEqual(Object.keys(services.handlers).sort());
      expect(exposed).toContain('annotations.addHighlight');
    } finally {
      profile.remove();
    }
  });

  it('carries calls to the main process’s dispatch and turns refusals into GlossError', async () => {
    const profile = tempProfile();
    try {
      const services = await startServices(profile.dir);
      const seen: MethodName[] = [];
      const api = createBridge(async (method, input) => {
        seen.push(method);
        // Through JSON, as any transport would carry it.
        return JSON.parse(
          JSON.stringify(
            await dispatch(services.handlers, method, JSON.parse(JSON.stringify(input ?? null)) ?? undefined),
          ),
        );
      });
      const list = await api.library.list();
      expect(list).toHaveLength(1);
      const settings = await api.settings.update({ theme: 'sepia' });
      expect(settings.theme).toBe('sepia');
      const err = await api.article.get({ articleId: '../secrets' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GlossError);
      expect((err as GlossError).code).toBe('invalid-input');
      expect(seen).toEqual(['library.list', 'settings.update', 'article.get']);
    } finally {
      profile.remove();
    }
  });
});
