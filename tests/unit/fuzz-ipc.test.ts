import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../common/ipc/contract';
import { METHOD_NAMES } from '../../common/ipc/contract';
import { fuzzIpc } from '../../scripts/fuzz-ipc';

describe('fuzz-ipc, a short run', () => {
  it('gets a typed error for every invalid payload to every method, with no crash, write or pollution', async () => {
    const r = await fuzzIpc({ perMethod: 60, seed: 7 });
    expect(r.examples).toEqual([]);
    expect(r).toMatchObject({
      methods: METHOD_NAMES.length,
      cases: 60 * METHOD_NAMES.length,
      crashes: 0,
      unexpectedWrites: 0,
      untypedErrors: 0,
    });
  }, 120_000);

  it('sees crashes, writes and untyped errors when a dispatch lets payloads through unchecked', async () => {
    // what dispatch would be without its zod check: the raw payload straight to the handler
    const unchecked = async (
      handlers: Record<string, (i: unknown) => unknown>,
      method: unknown,
      input: unknown,
    ) => {
      try {
        return { ok: true, value: await handlers[method as string]!(input) } as Envelope<unknown>;
      } catch (err) {
        return {
          ok: false,
          error: { code: 'internal', message: (err as Error).message },
        } as Envelope<unknown>;
      }
    };
    const r = await fuzzIpc({ perMethod: 20, seed: 7, dispatch: unchecked as never });
    expect(r.untypedErrors).toBeGreaterThan(100);
    expect(r.unexpectedWrites).toBeGreaterThan(0);
  }, 120_000);
});
