import { useCallback, useEffect, useMemo, useState } from 'react';
import { applyCorrections } from '../../../common/analysis/corrections';
import type { CorrectionInput } from '../../../common/ipc/contract';
import type { Analysis } from '../../../common/model/analysis';
import type { ArticleAnnotations, Correction } from '../../../common/model/annotation';
import { errorMessage, gloss } from '../api';

type SetData = (f: (d: ArticleAnnotations | null) => ArticleAnnotations | null) => void;

/**
 * The article's analysis as the reader shows it: the machine's result (computed off the main thread
 * and cached by the main process) with the user's corrections applied on top at view time.
 */
export function useAnalysis(
  articleId: string | null,
  text: string | null,
  corrections: readonly Correction[] | null,
  setData: SetData,
  onError: (message: string) => void,
) {
  const [raw, setRaw] = useState<{ articleId: string; analysis: Analysis } | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    setRaw(null);
    if (!articleId) return;
    let live = true;
    setLoading(true);
    gloss()
      .analysis.get({ articleId })
      .then((analysis) => live && setRaw({ articleId, analysis }))
      .catch((err: unknown) => live && onError(`Analysis failed: ${errorMessage(err)}`))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [articleId, onError]);

  const analysis = useMemo(() => {
    // Wait for the corrections too, so the machine's raw marks do not flash up first.
    if (!raw || raw.articleId !== articleId || text === null || corrections === null) return null;
    return applyCorrections(raw.analysis, corrections, text);
  }, [raw, articleId, text, corrections]);

  const addCorrection = useCallback(
    async (correction: CorrectionInput): Promise<Correction | null> => {
      if (!articleId) return null;
      try {
        const saved = await gloss().annotations.addCorrection({ articleId, correction });
        setData((d) => d && { ...d, corrections: [...d.corrections, saved] });
        return saved;
      } catch (err) {
        onError(errorMessage(err));
        return null;
      }
    },
    [articleId, setData, onError],
  );

  const removeCorrection = useCallback(
    async (id: string) => {
      if (!articleId) return;
      try {
        await gloss().annotations.removeCorrection({ articleId, id });
        setData((d) => d && { ...d, corrections: d.corrections.filter((c) => c.id !== id) });
      } catch (err) {
        onError(errorMessage(err));
      }
    },
    [articleId, setData, onError],
  );

  return { analysis, loading, addCorrection, removeCorrection };
}
