import { applyCorrections } from '../../../common/analysis/corrections';
import type { GlossApi } from '../../../common/ipc/bridge';
import type { Analysis } from '../../../common/model/analysis';
import type { Correction } from '../../../common/model/annotation';
import { createStore } from './store';

interface AnalysisState {
  /** The machine's result for one article, as computed (off the main thread) and cached by the main process. */
  raw: { articleId: string; analysis: Analysis } | null;
  loading: boolean;
}

export function createAnalysisView(api: GlossApi, onError: (message: string) => void) {
  const store = createStore<AnalysisState>({ raw: null, loading: false });
  let wanted: string | null = null;
  return {
    ...store,
    async load(articleId: string | null): Promise<void> {
      wanted = articleId;
      store.setState({ raw: null, loading: articleId !== null });
      if (!articleId) return;
      try {
        const analysis = await api.analysis.get({ articleId });
        if (wanted === articleId) store.setState({ raw: { articleId, analysis } });
      } catch (err) {
        if (wanted === articleId)
          onError(`Analysis failed: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        if (wanted === articleId) store.setState({ loading: false });
      }
    },
  };
}

export type AnalysisView = ReturnType<typeof createAnalysisView>;

/**
 * The analysis as the reader shows it: the user's corrections applied on top at view time. Null
 * until the corrections are in too, so the machine's raw marks never flash up first.
 */
export function correctedAnalysis(
  raw: AnalysisState['raw'],
  articleId: string | null,
  text: string | null,
  corrections: readonly Correction[] | null,
): Analysis | null {
  if (!raw || raw.articleId !== articleId || text === null || corrections === null) return null;
  return applyCorrections(raw.analysis, corrections, text);
}
