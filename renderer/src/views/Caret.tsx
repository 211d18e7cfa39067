import { useEffect, useState } from 'react';
import { caretBox } from '../reader/caret';
import type { TextMap } from '../reader/text-map';

/** Draws the article's keyboard caret while the reading column has focus. */
export function Caret({ map, scroller }: { map: TextMap | null; scroller: HTMLElement | null }) {
  const [box, setBox] = useState<ReturnType<typeof caretBox>>(null);
  useEffect(() => {
    if (!map || !scroller) return;
    const update = () => setBox(document.activeElement === scroller ? caretBox(map, scroller) : null);
    document.addEventListener('selectionchange', update);
    scroller.addEventListener('focus', update);
    scroller.addEventListener('blur', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      scroller.removeEventListener('focus', update);
      scroller.removeEventListener('blur', update);
    };
  }, [map, scroller]);
  if (!box) return null;
  return (
    <div className="text-caret" aria-hidden style={{ top: box.top, left: box.left, height: box.height }} />
  );
}
