import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { paintAnalysis } from './analysis/layers';
import { ExportDialog } from './export/ExportDialog';
import { gloss } from './api';
import { FindBar } from './library/FindBar';
import { LibrarySidebar } from './library/LibrarySidebar';
import { useFind } from './library/use-find';
import { ImportSummary } from './library/ImportSummary';
import { useImport, useImportSheet } from './library/use-import';
import { revealImportUrl, useImportUrl } from './library/ImportUrl';
import { LibraryViews } from './review/LibraryViews';
import { createMainView } from './review/main-view';
import { FocusExit } from './reader/FocusExit';
import { focusedLayout } from './reader/focus-mode';
import { SelectionToolbar } from './reader/SelectionToolbar';
import type { TextMap } from './reader/text-map';
import { createAppModules } from './state/app';
import { correctedAnalysis } from './state/analysis-view';
import type { KeyCommand } from './state/keys';
import { layoutFor, toggle, type Side } from './state/layout';
import { activeHighlightId, closesOnScroll, focusOf } from './state/overlay';
import { usePlacedHighlights } from './state/session/use-placed';
import { forgetSession, useSession, useSessionState } from './state/session/use-session';
import { useStore } from './state/use-store';
import { OverlayLayer } from './views/OverlayLayer';
import { PanelContent } from './views/PanelContent';
import { ReaderPane } from './views/ReaderPane';
import { SidePanel, type PanelTab } from './views/SidePanel';
import { SideToggles } from './views/SideToggles';
import { TransferHost } from './transfer/TransferHost';
import { ToastList } from './views/ToastList';
import { useAppEvents } from './views/use-app-events';
import { useReaderActions } from './views/use-reader-actions';
import { useWindowWidth } from './views/use-window-width';

/** Composes the state modules and the views; what happens lives in the modules. */
export function App() {
  const [m] = useState(() => createAppModules(gloss()));
  const { settings } = useStore(m.settings);
  const { articles, article, initialOffset } = useStore(m.library);
  const { overlay } = useStore(m.overlay);
  const [mainViews] = useState(createMainView);
  const { view: mainView } = useStore(mainViews);
  const { toasts } = useStore(m.toasts);
  const { selection } = useStore(m.selection);
  const an = useStore(m.analysis);
  const sides = useStore(m.sides);
  const { on: focused } = useStore(m.focus);
  const width = useWindowWidth();
  const wanted = settings?.sides ?? { library: true, panel: true };
  const fitted = layoutFor(width, settings?.fontSize ?? 19, wanted, sides.peek);
  // A view of the whole library has no article beside it: no side panel.
  const layout = focusedLayout(
    mainView === 'reader' ? fitted : { ...fitted, panel: 'hidden' as const },
    focused,
  );
  const [tab, setTab] = useState<PanelTab>('notes');
  const [textMap, setTextMap] = useState<TextMap | null>(null);
  const [dragging, setDragging] = useState(false);
  const map = useRef<TextMap | null>(null);

  const showNotices = useCallback(() => void m.showNotices(), [m]);
  const session = useSession(m.api, article?.id ?? null, m.onError, showNotices);
  const state = useSessionState(session);
  const text = article?.text ?? null;
  const analysis = useMemo(
    () => correctedAnalysis(an.raw, article?.id ?? null, text, state?.data.corrections ?? null),
    [an.raw, article?.id, text, state?.data.corrections],
  );
  const placed = usePlacedHighlights(state?.data.highlights ?? null, text);
  const actions = useReaderActions(m, session, text, analysis, placed, settings?.layers, map);
  const importSheet = useImportSheet(m);
  const importFiles = useImport(m, importSheet.start);
  const importUrl = useImportUrl(m);
  const toTrash = (ids: string[]) => {
    for (const id of ids) forgetSession(id);
    void m.libraryView.remove(ids);
  };
  const find = useFind(m.find, article, textMap);

  useEffect(() => {
    void (async () => {
      const [s] = await Promise.all([m.settings.load(), m.library.refresh(), m.showNotices()]);
      const list = m.library.getState().articles;
      const first = list.find((a) => a.id === s.lastArticleId) ?? list[0];
      if (first) await m.library.open(first.id);
    })().catch((err: unknown) => m.onError(err instanceof Error ? err.message : String(err)));
  }, [m]);

  // A new article: nothing of the last one stays open over it.
  useEffect(() => {
    m.overlay.close();
    m.selection.setState({ selection: null });
    void m.analysis.load(article?.id ?? null);
  }, [m, article?.id]);

  // A popover closed by any means ends that note's run of typing and writes it; one whose
  // highlights are gone (undone, say) closes.
  const highlights = state?.data.highlights;
  useEffect(() => {
    if (overlay.kind !== 'highlight') {
      session?.seal();
      void session?.flush();
    } else if (highlights && !overlay.ids.some((id) => highlights.some((h) => h.id === id)))
      m.overlay.close();
  }, [m, overlay, session, highlights]);

  const toggleSide = useCallback(
    (side: Side) => {
      const settings = m.settings.getState().settings;
      if (!settings) return;
      const now = layoutFor(window.innerWidth, settings.fontSize, settings.sides, m.sides.getState().peek);
      const next = toggle(side, now, settings.sides);
      m.sides.setState({ peek: next.peek });
      // Remembered: a side put away stays away after a restart.
      if (next.wanted[side] !== settings.sides[side]) void m.settings.update({ sides: next.wanted });
    },
    [m],
  );

  const runKey = useCallback(
    (c: KeyCommand) => {
      if (c.type === 'close') {
        if (m.overlay.getState().overlay.kind !== 'none') m.overlay.close();
        else if (m.sides.getState().peek) m.sides.setState({ peek: null });
        else if (m.focus.getState().on) m.focus.leave();
        else window.getSelection()?.removeAllRanges();
      } else if (c.type === 'focus-mode') m.focus.toggle();
      else if (m.focus.getState().on && (c.type === 'toggle-library' || c.type === 'toggle-panel')) {
        // a side asked for brings the whole layout back, as it was
        m.focus.leave();
      } else if (c.type === 'undo') void session?.undo();
      else if (c.type === 'redo') void session?.redo();
      else if (c.type === 'highlight') void actions.highlightSelection(c.color, c.note);
      else if (c.type === 'toggle-library') toggleSide('library');
      else if (c.type === 'toggle-panel') toggleSide('panel');
      else if (c.type === 'find') find.start();
      else if (c.type === 'import-url')
        revealImportUrl(() => (m.focus.getState().on ? m.focus.leave() : toggleSide('library')));
      else if (c.type === 'export') m.overlay.open({ kind: 'export' });
      else if (c.type === 'shortcuts') {
        if (m.overlay.getState().overlay.kind === 'shortcuts') m.overlay.close();
        else m.overlay.open({ kind: 'shortcuts' });
      }
    },
    [m, session, actions, toggleSide, find],
  );
  useAppEvents(m, runKey, importFiles);

  const focus = useMemo(() => focusOf(overlay), [overlay]);
  const layers = settings?.layers;
  const paintExtra = useCallback(
    (tm: TextMap) => {
      if (layers) paintAnalysis(tm, analysis, layers, focus);
      find.paint(tm);
    },
    [analysis, layers, focus, find],
  );
  const onMap = useCallback((tm: TextMap | null) => {
    map.current = tm;
    setTextMap(tm);
  }, []);
  const onSelection = useCallback((s: typeof selection) => m.selection.setState({ selection: s }), [m]);
  const onReadingOffset = useCallback((offset: number) => m.library.saveReadingOffset(offset), [m]);

  if (!settings) return <div className="loading">Opening Gloss…</div>;

  return (
    <div
      className={`app theme-${settings.theme} font-${settings.fontFamily}${focused ? ' focus-mode' : ''}`}
      style={
        {
          '--reading-size': `${settings.fontSize}px`,
          gridTemplateColumns: [
            layout.library === 'docked' ? 'var(--library-width)' : '',
            'minmax(0, 1fr)',
            layout.panel === 'docked' ? 'var(--panel-width)' : '',
          ].join(' '),
        } as React.CSSProperties
      }
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
      {layout.library !== 'hidden' && (
        <LibrarySidebar
          overlay={layout.library === 'overlay'}
          onHide={() => m.sides.setState({ peek: null })}
          articles={articles}
          view={m.libraryView}
          currentId={article?.id ?? null}
          onOpen={(id) => {
            mainViews.show('reader');
            void m.library.open(id);
          }}
          mainView={mainView}
          onMainView={mainViews.show}
          onImportFiles={(f) => void importFiles(f)}
          onImportUrl={importUrl}
          onRemove={(id) => toTrash([id])}
          onRemoveSelected={() => toTrash(m.libraryView.selected())}
          onExport={() => m.overlay.open({ kind: 'export' })}
        />
      )}
      {mainView !== 'reader' ? (
        <LibraryViews
          view={mainView}
          api={m.api}
          onError={m.onError}
          onBack={() => mainViews.show('reader')}
          onOpen={(articleId, offset) => {
            mainViews.show('reader');
            void m.library.open(articleId, offset);
          }}
        />
      ) : (
        <ReaderPane
          settings={settings}
          article={article}
          initialOffset={initialOffset}
          analysis={analysis}
          analysisLoading={an.loading}
          placed={placed}
          activeHighlightId={activeHighlightId(overlay)}
          textMap={textMap}
          paintExtra={paintExtra}
          toolbarExtra={
            <>
              {find.state && text !== null && (
                <FindBar
                  find={find.state}
                  onType={(q) => m.find.type(text, q)}
                  onNext={m.find.next}
                  onPrevious={m.find.previous}
                  onClose={m.find.close}
                />
              )}
              <SideToggles
                layout={layout}
                onToggle={toggleSide}
                onShortcuts={() => m.overlay.open({ kind: 'shortcuts' })}
                onFocusMode={m.focus.enter}
              />
            </>
          }
          onSettings={(p) => void m.settings.update(p)}
          onMap={onMap}
          onSelection={onSelection}
          onClickOffset={actions.clickAt}
          onReadingOffset={onReadingOffset}
          onScroll={() => {
            if (actions.takeOwnScroll()) return;
            // A scroll ends a note's run of typing and writes it, whatever it closes.
            session?.seal();
            void session?.flush();
            if (closesOnScroll(m.overlay.getState().overlay)) m.overlay.close();
          }}
          onOpenQuote={actions.openQuote}
          onLink={(href) => void m.openLink(href)}
        />
      )}
      {layout.panel !== 'hidden' && (
        <SidePanel
          tab={tab}
          onTab={setTab}
          overlay={layout.panel === 'overlay'}
          onHide={() => m.sides.setState({ peek: null })}
        >
          <PanelContent
            tab={tab}
            session={article && state ? session : null}
            state={state}
            placed={placed}
            text={text}
            overlay={overlay}
            analysis={analysis}
            showReported={settings.layers.reported}
            actions={actions}
          />
        </SidePanel>
      )}
      {selection && overlay.kind === 'none' && (
        <SelectionToolbar
          selection={selection}
          onHighlight={(c, n) => void actions.highlightSelection(c, n)}
          onMark={analysis ? actions.startMark : null}
        />
      )}
      {importSheet.state && (
        <ImportSummary
          state={importSheet.state}
          onClose={importSheet.close}
          onOpen={(id) => {
            importSheet.close();
            mainViews.show('reader');
            void m.library.open(id);
          }}
        />
      )}
      <OverlayLayer
        overlay={overlay}
        overlays={m.overlay}
        analysis={analysis}
        text={text ?? ''}
        session={session}
        sessionState={state}
        onCorrect={(c) => void actions.correct(c)}
        onDeleteHighlight={(id) => void actions.deleteHighlight(id)}
        onRecolor={actions.recolor}
        onGoToMention={actions.goToMention}
      />
      {overlay.kind === 'export' && (
        <ExportDialog
          api={m.api}
          article={article && { id: article.id, title: article.title }}
          articles={articles}
          libraryView={m.libraryView}
          onClose={m.overlay.close}
        />
      )}
      {focused && <FocusExit onLeave={m.focus.leave} />}
      {dragging && <div className="drop-overlay">Drop to import into your library</div>}
      <TransferHost api={m.api} articles={articles} />
      <ToastList toasts={toasts} onDismiss={m.toasts.dismiss} />
    </div>
  );
}
