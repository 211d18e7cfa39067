/**
 * The few globals every runtime of common/ has (Node, Chromium, worker threads), declared for
 * tsconfig.common.json, which compiles common/ with neither DOM nor Node types so that nothing in
 * it can lean on either. Only what common/ uses, in the shape all those runtimes share.
 */
declare const console: {
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
};

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

/** The WHATWG URL, as Node, Chromium and workers all have it (common/transfer reads page addresses). */
declare class URLSearchParams {
  constructor(init?: string | [string, string][]);
  get(name: string): string | null;
  entries(): IterableIterator<[string, string]>;
  toString(): string;
}

declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly searchParams: URLSearchParams;
}
