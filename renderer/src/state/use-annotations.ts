import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { anchorTarget, describeRange } from '../../../common/anchoring/anchor';
import type { ArticleAnnotations, Highlight, HighlightColor } from '../../../common/model/annotation';
import { errorMessage, gloss } from '../api';

export interface PlacedHighlight {
  highlight: Highlight;
  start: number | null;
  end: number | null;
  status: 'exact' | 'relocated' | 'orphaned';
}

export type UndoEntry = { label: string; undo: () => Promise<void> };

/**
 * One article's annotations as the reader sees them: loaded from the main process, re-anchored to
 * the current text, kept in reading order, with an undo stack for destructive edits. State changes
 * only after the main process confirms the write.
 */
export function useAnnotations(
  articleId: string | null,
  text: string | null,
  onError: (message: string) => void,
  /** Called once an article's annotations are in: opening its store may have repaired a file. */
  onLoaded?: () => void,
) {
  const [data, setData] = useState<ArticleAnnotations | null>(null);
  const undoStack = useRef<UndoEntry[]>([]);
  const [undoLabel, setUndoLabel] = useState<string | null>(null);

  useEffect(() => {
    setData(null);
    undoStack.current = [];
    setUndoLabel(null);
    if (!articleId) return;
    let live = true;
    gloss()
      .annotations.get({ articleId })
      .then((a) => {
        if (!live) return;
        performance.mark('gloss:annotations-received', { detail: a.highlights.length });
        setData(a);
        onLoaded?.();
      })
      .catch((err: unknown) => onError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [articleId, onError, onLoaded]);

  const placed = useMemo<PlacedHighlight[]>(() => {
    if (!data || text === null) return [];
    return data.highlights
      .map((highlight) => ({ highlight, ...anchorTarget(text, highlight.target) }))
      .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (b.end ?? 0) - (a.end ?? 0));
  }, [data, text]);

  const pushUndo = (entry: UndoEntry) => {
    undoStack.current.push(entry);
    setUndoLabel(entry.label);
  };

  const run = useCallback(
    async <T>(fn: () => Promise<T>): Promise<T | null> => {
      try {
        return await fn();
      } catch (err) {
        onError(errorMessage(err));
        return null;
      }
    },
    [onError],
  );

  const addHighlight = useCallback(
    async (start: number, end: number, color: HighlightColor, note = '') => {
      if (!articleId || text === null) return null;
      const h = await run(() =>
        gloss().annotations.addHighlight({ articleId, target: describeRange(text, start, end), color, note }),
      );
      if (h) setData((d) => d && { ...d, highlights: [...d.highlights, h] });
      return h;
    },
    [articleId, text, run],
  );

  const updateHighlight = useCallback(
    async (id: string, patch: { color?: HighlightColor; note?: string }) => {
      if (!articleId) return;
      const h = await run(() => gloss().annotations.updateHighlight({ articleId, id, ...patch }));
      if (h) setData((d) => d && { ...d, highlights: d.highlights.map((x) => (x.id === id ? h : x)) });
    },
    [articleId, run],
  );

  const deleteHighlight = useCallback(
    async (id: string) => {
      if (!articleId) return;
      const removed = await run(() => gloss().annotations.deleteHighlight({ articleId, id }));
      if (!removed) return;
      setData((d) => d && { ...d, highlights: d.highlights.filter((x) => x.id !== id) });
      pushUndo({
        label: 'Highlight deleted',
        undo: async () => {
          const back = await run(() =>
            gloss().annotations.restoreHighlight({ articleId, highlight: removed }),
          );
          if (back) setData((d) => d && { ...d, highlights: [...d.highlights, back] });
        },
      });
    },
    [articleId, run],
  );

  const setArticleNote = useCallback(
    async (note: string) => {
      if (!articleId) return;
      const ok = await run(async () => {
        await gloss().annotations.setArticleNote({ articleId, note });
        return true;
      });
      if (ok) setData((d) => d && { ...d, articleNote: note });
    },
    [articleId, run],
  );

  const undo = useCallback(async () => {
    const entry = undoStack.current.pop();
    setUndoLabel(undoStack.current.at(-1)?.label ?? null);
    if (entry) await entry.undo();
  }, []);

  return {
    data,
    setData,
    placed,
    addHighlight,
    updateHighlight,
    deleteHighlight,
    setArticleNote,
    undo,
    undoLabel,
    run,
  };
}
