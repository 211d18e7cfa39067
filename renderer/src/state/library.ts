import type { GlossApi } from '../../../common/ipc/bridge';
import type { Article } from '../../../common/model/article';
import type { LibraryEntry } from '../../../common/model/library';
import { createStore } from './store';

interface LibraryState {
  articles: LibraryEntry[];
  /** The open article, and where its reading position was when it was opened. */
  article: Article | null;
  initialOffset: number | null;
}

/** The library list and the one open article. */
export function createLibrary(api: GlossApi, onError: (message: string) => void) {
  const store = createStore<LibraryState>({ articles: [], article: null, initialOffset: null });
  const say = (err: unknown) => onError(err instanceof Error ? err.message : String(err));

  const refresh = async () => store.setState({ articles: await api.library.list() });

  /** Opens an article where the reader left it, or at `at` (a gloss://open link's passage). */
  const open = async (articleId: string, at?: number): Promise<boolean> => {
    try {
      const [article, reading] = await Promise.all([
        api.article.get({ articleId }),
        api.article.getReadingState({ articleId }),
      ]);
      store.setState({ article, initialOffset: at ?? reading?.offset ?? null });
      await api.settings.update({ lastArticleId: articleId });
      return true;
    } catch (err) {
      say(err);
      await refresh();
      return false;
    }
  };

  return {
    ...store,
    refresh,
    open,
    /**
     * Moves articles to the trash in one request; if the open one went, the first left opens
     * instead. Answers those gone and the trash ids that restore them; one that could not be moved
     * stays and says why.
     */
    async removeAll(articleIds: readonly string[]): Promise<{ removed: string[]; trashIds: string[] }> {
      let out = { removed: [] as string[], trashIds: [] as string[] };
      try {
        if (articleIds.length) {
          const { removed, trashIds, failed } = await api.library.removeMany({ articleIds: [...articleIds] });
          out = { removed, trashIds };
          for (const f of failed) onError(f.message);
        }
      } catch (err) {
        say(err);
      }
      await refresh();
      const reading = store.getState().article;
      if (reading && out.removed.includes(reading.id)) {
        store.setState({ article: null });
        const first = store.getState().articles[0];
        if (first) await open(first.id);
      }
      return out;
    },
    saveReadingOffset(offset: number): void {
      const article = store.getState().article;
      if (article) void api.article.setReadingState({ articleId: article.id, offset }).catch(() => {});
    },
  };
}

export type LibraryModule = ReturnType<typeof createLibrary>;
