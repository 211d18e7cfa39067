import { useCallback, useEffect } from 'react';
import type { Article } from '../../../common/model/article';
import { paintLayer } from '../reader/painter';
import { scrollToSpan } from '../reader/scroll';
import type { TextMap } from '../reader/text-map';
import { useStore } from '../state/use-store';
import type { FindModule } from './find-state';

/**
 * Find in the open article, wired to the reader: its matches painted through the painter above the
 * user's highlights (a match must show even inside one), the current one brought into view.
 */
export function useFind(find: FindModule, article: Article | null, textMap: TextMap | null) {
  const state = useStore(find);
  const here = state.open && article !== null && state.articleId === article.id;
  const current = here ? state.spans[state.current] : undefined;

  useEffect(() => {
    if (textMap && current) scrollToSpan(textMap, current);
  }, [textMap, current]);

  const paint = useCallback(
    (tm: TextMap) => {
      paintLayer('find', tm, here ? state.spans : [], 12);
      paintLayer('find-current', tm, current ? [current] : [], 13);
    },
    [here, state.spans, current],
  );

  const start = useCallback(() => {
    if (!article) return;
    const sel = window.getSelection()?.toString().trim();
    // A selection is what one usually wants to find more of.
    find.open(article, sel && sel.length < 200 ? sel : undefined, 'phrase');
  }, [find, article]);

  return { state: here ? state : null, paint, start };
}
