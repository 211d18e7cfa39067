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

  it('delivers only well-formed events of the kind asked for, until unsubscribed', () => {
    const listeners = new Set<(event: unknown, payload: unknown) => void>();
    const emit = (event: unknown, payload: unknown) => listeners.forEach((l) => l(event, payload));
    const api = createBridge(
      async () => ({ ok: true, value: null }),
      (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    );
    const got: unknown[] = [];
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const off = api.on('menu.command', (p) => got.push(p.command));
      emit('menu.command', { command: 'undo' });
      emit('app.flush', { requestId: 'r1' });
      emit('menu.command', { command: 'rm -rf' });
      emit('menu.command', { command: 'redo', extra: true });
      off();
      emit('menu.command', { command: 'redo' });
    } finally {
      console.error = original;
    }
    expect(got).toEqual(['undo']);
    expect(errors).toHaveLength(2);
    expect(listeners.size).toBe(0);
    expect(() => api.on('no.such' as 'menu.command', () => {})).toThrow(TypeError);
  });
});
