import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleMeta, Article } from '../../common/model/article';
import type { HighlightColor } from '../../common/model/annotation';
import type { Settings } from '../../common/model/settings';
import { errorMessage, gloss } from './api';
import { LibrarySidebar } from './library/LibrarySidebar';
import { NotesPanel } from './panels/NotesPanel';
import { ArticleView, type SelectionInfo } from './reader/ArticleView';
import { colorForKey } from './reader/colors';
import { HighlightPopover } from './reader/HighlightPopover';
import { SelectionToolbar } from './reader/SelectionToolbar';
import type { TextMap } from './reader/text-map';
import { ReaderToolbar } from './ReaderToolbar';
import { useAnnotations, type PlacedHighlight } from './state/use-annotations';
import { useToasts } from './state/toasts';

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [articles, setArticles] = useState<ArticleMeta[]>([]);
  const [article, setArticle] = useState<Article | null>(null);
  const [initialOffset, setInitialOffset] = useState<number | null>(null);
  const [selection, setSelection] = useState<SelectionInfo | null>(null);
  const [popover, setPopover] = useState<{
    ids: string[];
    activeId: string;
    x: number;
    y: number;
    focusNote: boolean;
  } | null>(null);
  const [dragging, setDragging] = useState(false);
  const map = useRef<TextMap | null>(null);
  // A scroll the app makes itself (to show a highlight) must not close the popover it opens.
  const ownScroll = useRef(false);
  const { toasts, push, dismiss } = useToasts();
  const onError = useCallback((message: string) => push({ level: 'error', message }), [push]);
  const ann = useAnnotations(article?.id ?? null, article?.text ?? null, onError);

  const openArticle = useCallback(
    async (id: string) => {
      try {
        const [a, state] = await Promise.all([
          gloss().article.get({ articleId: id }),
          gloss().article.getReadingState({ articleId: id }),
        ]);
        setPopover(null);
        setSelection(null);
        setInitialOffset(state?.offset ?? null);
        setArticle(a);
        setSettings(await gloss().settings.update({ lastArticleId: id }));
      } catch (err) {
        onError(errorMessage(err));
        setArticles(await gloss().library.list());
      }
    },
    [onError],
  );

  useEffect(() => {
    void (async () => {
      const [s, list, notices] = await Promise.all([
        gloss().settings.get(),
        gloss().library.list(),
        gloss().app.notices(),
      ]);
      setSettings(s);
      setArticles(list);
      for (const n of notices) push({ level: n.level, message: n.message });
      const first = list.find((a) => a.id === s.lastArticleId) ?? list[0];
      if (first) await openArticle(first.id);
    })().catch((err: unknown) => onError(errorMessage(err)));
  }, [openArticle, push, onError]);

  const importFiles = useCallback(
    async (files: File[]) => {
      let last: string | null = null;
      for (const file of files) {
        try {
          const result = await gloss().library.import({
            fileName: file.name,
            dataBase64: await fileToBase64(file),
          });
          last = result.article.id;
          push({ level: 'info', message: `Imported “${result.article.title}”.` });
          for (const w of result.warnings) push({ level: 'warning', message: w }, 10000);
        } catch (err) {
          push({ level: 'error', message: `${file.name}: ${errorMessage(err)}` });
        }
      }
      setArticles(await gloss().library.list());
      if (last) await openArticle(last);
    },
    [openArticle, push],
  );

  // The File menu and drops handled by the main process report here.
  useEffect(() => {
    const onEvent = (e: Event) => {
      const detail = (
        e as CustomEvent<{ type: string; article?: ArticleMeta; message?: string; fileName?: string }>
      ).detail;
      if (detail.type === 'imported' && detail.article) {
        void gloss().library.list().then(setArticles);
        void openArticle(detail.article.id);
      } else if (detail.type === 'import-failed')
        push({ level: 'error', message: `${detail.fileName}: ${detail.message}` });
    };
    window.addEventListener('gloss:event', onEvent);
    return () => window.removeEventListener('gloss:event', onEvent);
  }, [openArticle, push]);

  const removeArticle = useCallback(
    async (id: string) => {
      const meta = articles.find((a) => a.id === id);
      if (
        !meta ||
        !window.confirm(
          `Remove “${meta.title}” and its highlights from the library? The files are moved to Gloss’s trash folder.`,
        )
      )
        return;
      try {
        await gloss().library.remove({ articleId: id });
        const list = await gloss().library.list();
        setArticles(list);
        if (article?.id === id) {
          setArticle(null);
          if (list[0]) await openArticle(list[0].id);
        }
      } catch (err) {
        onError(errorMessage(err));
      }
    },
    [articles, article, openArticle, onError],
  );

  const updateSettings = useCallback(
    async (patch: Parameters<ReturnType<typeof gloss>['settings']['update']>[0]) => {
      try {
        setSettings(await gloss().settings.update(patch));
      } catch (err) {
        onError(errorMessage(err));
      }
    },
    [onError],
  );

  const highlightSelection = useCallback(
    async (color: HighlightColor, withNote: boolean) => {
      if (!selection) return;
      const h = await ann.addHighlight(selection.start, selection.end, color);
      window.getSelection()?.removeAllRanges();
      setSelection(null);
      if (h && withNote)
        setPopover({
          ids: [h.id],
          activeId: h.id,
          x: selection.rect.left + selection.rect.width / 2,
          y: selection.rect.bottom,
          focusNote: true,
        });
    },
    [selection, ann],
  );

  const deleteHighlight = useCallback(
    async (id: string) => {
      setPopover(null);
      await ann.deleteHighlight(id);
      push(
        {
          level: 'info',
          message: 'Highlight deleted.',
          action: { label: 'Undo', run: () => void ann.undo() },
        },
        8000,
      );
    },
    [ann, push],
  );

  // Keyboard: 1–6 highlight the selection, H highlights yellow, Ctrl/Cmd+Z undoes a deletion.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('textarea, input, [contenteditable]')) return;
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'z' && ann.undoLabel) {
        e.preventDefault();
        void ann.undo();
        return;
      }
      if (e.metaKey || e.ctrlKey || e.altKey || !selection) return;
      const color = e.key.toLowerCase() === 'h' ? 'yellow' : colorForKey(e.key);
      if (color) {
        e.preventDefault();
        void highlightSelection(color, false);
      } else if (e.key.toLowerCase() === 'n') {
        e.preventDefault();
        void highlightSelection('yellow', true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection, highlightSelection, ann]);

  const onClickOffset = useCallback(
    (offset: number, x: number, y: number) => {
      const here = ann.placed
        .filter((p) => p.start !== null && p.end !== null && p.start <= offset && offset < p.end)
        .sort((a, b) => a.end! - a.start! - (b.end! - b.start!));
      if (here.length === 0) return setPopover(null);
      setPopover({
        ids: here.map((p) => p.highlight.id),
        activeId: here[0]!.highlight.id,
        x,
        y,
        focusNote: false,
      });
    },
    [ann.placed],
  );

  const scrollToHighlight = useCallback((p: PlacedHighlight) => {
    if (!map.current || p.start === null || p.end === null) return;
    const r = map.current.range(p.start, p.end);
    const scroller = map.current.root.closest('.reading-scroll');
    if (!r || !scroller) return;
    const rect = r.getBoundingClientRect();
    const before = scroller.scrollTop;
    scroller.scrollTop += rect.top - scroller.getBoundingClientRect().top - scroller.clientHeight / 3;
    ownScroll.current = scroller.scrollTop !== before;
    const after = r.getBoundingClientRect();
    setPopover({
      ids: [p.highlight.id],
      activeId: p.highlight.id,
      x: after.left + after.width / 2,
      y: after.bottom,
      focusNote: false,
    });
  }, []);

  const onMap = useCallback((m: TextMap | null) => {
    map.current = m;
  }, []);
  const onReadingOffset = useCallback(
    (offset: number) => {
      if (article)
        void gloss()
          .article.setReadingState({ articleId: article.id, offset })
          .catch(() => {});
    },
    [article],
  );

  const popoverHighlights = useMemo(
    () =>
      popover
        ? popover.ids
            .map((id) => ann.data?.highlights.find((h) => h.id === id))
            .filter((h) => h !== undefined)
        : [],
    [popover, ann.data],
  );

  if (!settings) return <div className="loading">Opening Gloss…</div>;

  return (
    <div
      className={`app theme-${settings.theme} font-${settings.fontFamily}`}
      style={{ '--reading-size': `${settings.fontSize}px` } as React.CSSProperties}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void importFiles([...e.dataTransfer.files]);
      }}
    >
      <LibrarySidebar
        articles={articles}
        currentId={article?.id ?? null}
        onOpen={(id) => void openArticle(id)}
        onImportFiles={(f) => void importFiles(f)}
        onRemove={(id) => void removeArticle(id)}
      />
      <main className="reader">
        <ReaderToolbar settings={settings} onChange={(p) => void updateSettings(p)} />
        <div
          className="reading-scroll"
          onScroll={() => {
            if (ownScroll.current) ownScroll.current = false;
            else if (popover) setPopover(null);
          }}
        >
          {article ? (
            <ArticleView
              article={article}
              placed={ann.placed}
              activeId={popover?.activeId ?? null}
              initialOffset={initialOffset}
              onMap={onMap}
              onSelection={setSelection}
              onClickOffset={onClickOffset}
              onReadingOffset={onReadingOffset}
            />
          ) : (
            <div className="empty-reader">
              <h1>Nothing open</h1>
              <p>Open a .txt, .md or .html file to start reading.</p>
            </div>
          )}
        </div>
      </main>
      <aside className="side-panel" aria-label="Notes and highlights">
        {article && ann.data ? (
          <NotesPanel
            articleNote={ann.data.articleNote}
            placed={ann.placed}
            activeId={popover?.activeId ?? null}
            onArticleNote={(n) => void ann.setArticleNote(n)}
            onSelect={scrollToHighlight}
          />
        ) : (
          <p className="empty">No article open.</p>
        )}
      </aside>
      {selection && !popover && (
        <SelectionToolbar selection={selection} onHighlight={(c, n) => void highlightSelection(c, n)} />
      )}
      {popover && popoverHighlights.length > 0 && (
        <HighlightPopover
          highlights={popoverHighlights}
          activeId={popover.activeId}
          at={{ x: popover.x, y: popover.y }}
          focusNote={popover.focusNote}
          onSwitch={(id) => setPopover((p) => p && { ...p, activeId: id })}
          onColor={(id, color) => void ann.updateHighlight(id, { color })}
          onNote={(id, note) => void ann.updateHighlight(id, { note })}
          onDelete={(id) => void deleteHighlight(id)}
          onClose={() => setPopover(null)}
        />
      )}
      {dragging && <div className="drop-overlay">Drop to import into your library</div>}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.level}`}>
            <span>{t.message}</span>
            {t.action && (
              <button
                className="text-button"
                onClick={() => {
                  t.action!.run();
                  dismiss(t.id);
                }}
              >
                {t.action.label}
              </button>
            )}
            <button className="icon-button" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
