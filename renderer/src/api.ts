import type { GlossApi } from '../../common/ipc/bridge';

declare global {
  interface Window {
    gloss: GlossApi;
  }
}

/** The main process, as the preload (or the test bridge) exposes it. */
export const gloss = (): GlossApi => window.gloss;

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
