import { useEffect, type RefObject } from 'react';

/**
 * A card or popover takes focus when it opens (so the keyboard is in it, not 15 Tabs away) and
 * gives it back to where it was when it closes. Neither move scrolls: a scroll of the text would
 * close what just opened.
 */
export function useTakeFocus(
  container: RefObject<HTMLElement | null>,
  first?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (first?.current ?? container.current)?.focus({ preventScroll: true });
    return () => {
      const now = document.activeElement;
      const lost = !now || now === document.body || !now.isConnected;
      if (lost && previous?.isConnected) previous.focus({ preventScroll: true });
    };
    // Once per opening: a re-render must not steal focus back.
  }, []);
}
