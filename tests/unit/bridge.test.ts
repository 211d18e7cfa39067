import { describe, expect, it } from 'vitest';
import { createBridge, GlossError } from '../../common/ipc/bridge';
import { METHOD_NAMES, type MethodName } from '../../common/ipc/contract';
import { dispatch } from '../../electron/services/service-map';
import { startServices, tempProfile } from '../support/profile';

describe('the bridge built from the contract', () => {
  it('exposes exactly the contract’s methods, grouped by namespace', () => {
    const api = createBridge(async () => ({ ok: true, value: null })) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    const exposed = Object.entries(api).flatMap(([ns, methods]) =>
      Object.keys(methods).map((m) => `${ns}.${m}`),
    );
    expect(exposed.sort()).toEqual([...METHOD_NAMES].sort());
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
