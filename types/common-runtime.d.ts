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
