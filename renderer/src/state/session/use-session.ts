import { useEffect, useState, useSyncExternalStore } from 'react';
import type { GlossApi } from '../../../../common/ipc/bridge';
import { ArticleSession, type SessionState } from './session';

/**
 * One session per article for the app's life, so an article's undo history is still there when
 * the reader comes back to it. The main process is the only other writer of annotations and only
 * through these sessions, so a kept session's data stays what is on disk.
 */
const sessions = new Map<string, ArticleSession>();

/** Writes every note still being typed, in every article; resolves when all are on disk. */
export async function flushAllSessions(): Promise<void> {
  await Promise.all([...sessions.values()].map((s) => s.flush()));
}

export function forgetSession(articleId: string): void {
  sessions.delete(articleId);
}

/** The open article's session, once its annotations are loaded; null before. */
export function useSession(
  api: GlossApi,
  articleId: string | null,
  onError: (message: string) => void,
  /** Called once an article's annotations are in: opening its store may have repaired a file. */
  onLoaded: () => void,
): ArticleSession | null {
  const [session, setSession] = useState<ArticleSession | null>(null);
  useEffect(() => {
    setSession(null);
    if (!articleId) return;
    let live = true;
    const known = sessions.get(articleId);
    if (known) setSession(known);
    else
      api.annotations
        .get({ articleId })
        .then((data) => {
          performance.mark('gloss:annotations-received', { detail: data.highlights.length });
          const s =
            sessions.get(articleId) ?? new ArticleSession(api.annotations, articleId, data, { onError });
          sessions.set(articleId, s);
          if (live) setSession(s);
          onLoaded();
        })
        .catch((err: unknown) => onError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
      // Leaving an article writes what was being typed in it.
      const left = sessions.get(articleId);
      if (left) {
        left.seal();
        void left.flush();
      }
    };
  }, [api, articleId, onError, onLoaded]);
  return session;
}

const noSubscription = () => () => {};
const nothing = () => null;

export function useSessionState(session: ArticleSession | null): SessionState | null {
  return useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getState ?? nothing);
}
