/**
 * Builds the renderer's `window.gloss` API from the contract over any transport. The preload passes
 * Electron's ipcRenderer; the browser tests pass a Playwright binding. Both get the same object,
 * so the renderer cannot tell them apart.
 */
import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from './contract';
import type { Envelope } from './contract';
import { events, METHOD_NAMES } from './contract';

type Namespace<M extends string> = M extends `${infer N}.${string}` ? N : never;
type Call<M extends MethodName> =
  MethodInput<M> extends undefined
    ? () => Promise<MethodOutput<M>>
    : (input: MethodInput<M>) => Promise<MethodOutput<M>>;

export type EventHandler<E extends EventName> = (payload: EventPayload<E>) => void;

export type GlossApi = {
  [N in Namespace<MethodName>]: {
    [M in MethodName as M extends `${N}.${infer Rest}` ? Rest : never]: Call<M>;
  };
} & {
  /** Listens to one kind of message from the main process; returns the way to stop listening. */
  on<E extends EventName>(event: E, handler: EventHandler<E>): () => void;
  /**
   * The path on disk of a File the user dropped or chose ("" for one that is not a file on disk).
   * Typed `unknown` because common/ knows no DOM; the renderer passes a File.
   */
  pathForFile(file: unknown): string;
};

export type Transport = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;
/** Delivers every raw event from the main process to `listener`; returns how to stop. */
export type EventSource = (listener: (event: unknown, payload: unknown) => void) => () => void;

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

const isEvent = (e: unknown): e is EventName => typeof e === 'string' && Object.hasOwn(events, e);

export function createBridge(
  transport: Transport,
  source: EventSource = () => () => {},
  pathForFile: (file: unknown) => string = () => '',
  methods: readonly MethodName[] = METHOD_NAMES,
): GlossApi {
  const api: Record<string, unknown> = {};
  for (const m of methods) {
    const [ns, name] = m.split('.') as [string, string];
    ((api[ns] ??= {}) as Record<string, unknown>)[name] = async (input?: unknown) => {
      const envelope = await transport(m, input);
      if (!envelope.ok) throw new GlossError(envelope.error.code, envelope.error.message);
      return envelope.value;
    };
  }
  api.on = <E extends EventName>(event: E, handler: EventHandler<E>): (() => void) => {
    if (!isEvent(event)) throw new TypeError(`no such event: ${String(event)}`);
    return source((name, payload) => {
      if (name !== event) return;
      // The renderer trusts what reaches a handler, so a payload off the contract stops here.
      const parsed = events[event].safeParse(payload);
      if (parsed.success) handler(parsed.data as EventPayload<E>);
      else console.error(`dropped a malformed ${event} event: ${parsed.error.issues[0]?.message}`);
    });
  };
  api.pathForFile = pathForFile;
  return api as unknown as GlossApi;
}
