/**
 * Builds the renderer's `window.gloss` API from the contract over any transport. The preload passes
 * Electron's ipcRenderer.invoke; the browser tests pass a Playwright binding. Both get the same
 * object, so the renderer cannot tell them apart.
 */
import type { Envelope, MethodInput, MethodName, MethodOutput } from './contract';
import { METHOD_NAMES } from './contract';

type Namespace<M extends string> = M extends `${infer N}.${string}` ? N : never;
type Call<M extends MethodName> =
  MethodInput<M> extends undefined
    ? () => Promise<MethodOutput<M>>
    : (input: MethodInput<M>) => Promise<MethodOutput<M>>;

export type GlossApi = {
  [N in Namespace<MethodName>]: {
    [M in MethodName as M extends `${N}.${infer Rest}` ? Rest : never]: Call<M>;
  };
};

export type Transport = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

/** A failure reported by the main process, with a message meant for the user. */
export class GlossError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'GlossError';
  }
}

export function createBridge(transport: Transport, methods: readonly MethodName[] = METHOD_NAMES): GlossApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const m of methods) {
    const [ns, name] = m.split('.') as [string, string];
    (api[ns] ??= {})[name] = async (input?: unknown) => {
      const envelope = await transport(m, input);
      if (!envelope.ok) throw new GlossError(envelope.error.code, envelope.error.message);
      return envelope.value;
    };
  }
  return api as unknown as GlossApi;
}
