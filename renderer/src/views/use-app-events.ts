import { useEffect } from 'react';
import type { ArticleMeta } from '../../../common/model/article';
import type { AppModules } from '../state/app';
import { keyCommand, type KeyCommand } from '../state/keys';
import { flushAllSessions } from '../state/session/use-session';

/**
 * What reaches the app from outside its views: keys pressed anywhere, the window going away, and
 * the main process's messages. Each becomes a command on the state modules.
 */
export function useAppEvents(m: AppModules, run: (c: KeyCommand) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      const typing = !!target?.closest('textarea, input, select, [contenteditable]');
      const cmd = keyCommand(e, { selection: m.selection.getState().selection !== null, typing });
      if (!cmd) return;
      e.preventDefault();
      run(cmd);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [m, run]);

  useEffect(() => {
    // The last chance to write what is being typed; the write is sent before the page goes.
    const flush = () => void flushAllSessions();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  // The File menu and drops handled by the main process report here.
  useEffect(() => {
    const onEvent = (e: Event) => {
      const detail = (
        e as CustomEvent<{ type: string; article?: ArticleMeta; message?: string; fileName?: string }>
      ).detail;
      if (detail.type === 'imported' && detail.article) {
        void m.library.refresh();
        void m.library.open(detail.article.id);
      } else if (detail.type === 'import-failed')
        m.toasts.push({ level: 'error', message: `${detail.fileName}: ${detail.message}` });
    };
    window.addEventListener('gloss:event', onEvent);
    return () => window.removeEventListener('gloss:event', onEvent);
  }, [m]);
}
