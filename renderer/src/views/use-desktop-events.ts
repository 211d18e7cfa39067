import { useEffect } from 'react';
import type { AppModules } from '../state/app';
import type { KeyCommand } from '../state/keys';

const ARTICLE_BODY = '[data-testid="article-body"]';

/**
 * What the desktop hands the reader: a gloss://open link (open the article at the passage) and the
 * right-click menu's article items. The menu is the main process's; where it was opened is known
 * only here, from the page's own contextmenu event just before it.
 */
export function useDesktopEvents(m: AppModules, run: (c: KeyCommand) => void): void {
  useEffect(() => {
    let pointer: { x: number; y: number } | null = null;
    const onContextMenu = (e: MouseEvent) => {
      pointer = { x: e.clientX, y: e.clientY };
    };
    window.addEventListener('contextmenu', onContextMenu, true);

    const lookUp = () => {
      const at = pointer && document.elementFromPoint(pointer.x, pointer.y);
      if (!pointer || !at?.closest(ARTICLE_BODY)) return false;
      // A click on the spot opens its card, as the reader's own click does; it needs no selection.
      window.getSelection()?.removeAllRanges();
      at.dispatchEvent(
        new MouseEvent('click', { bubbles: true, cancelable: true, clientX: pointer.x, clientY: pointer.y }),
      );
      return m.overlay.getState().overlay.kind !== 'none';
    };

    const stops = [
      m.api.on('app.openArticle', ({ articleId, offset }) => {
        void m.library.open(articleId, offset);
      }),
      m.api.on('menu.contextCommand', ({ command }) => {
        if (command === 'look-up') {
          if (!lookUp())
            m.toasts.push({
              level: 'info',
              message: 'Nothing is marked there: right-click a name or a quotation.',
            });
        } else if (m.selection.getState().selection)
          run({ type: 'highlight', color: 'yellow', note: command === 'note' });
        else m.toasts.push({ level: 'info', message: 'Select text in the article to highlight it.' });
      }),
    ];
    return () => {
      window.removeEventListener('contextmenu', onContextMenu, true);
      stops.forEach((stop) => stop());
    };
  }, [m, run]);
}
