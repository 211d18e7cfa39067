import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleMeta, Article } from '../../common/model/article';
import { findEntity } from '../../common/analysis/corrections';
import { describeRange } from '../../common/anchoring/anchor';
import type { CorrectionInput } from '../../common/ipc/contract';
import type { Entity, EntityMention, Quote, Span } from '../../common/model/analysis';
import type { HighlightColor } from '../../common/model/annotation';
import type { Settings } from '../../common/model/settings';
import { EntitiesPanel } from './analysis/EntitiesPanel';
import { EntityCard } from './analysis/EntityCard';
import { findQuote, isReported, paintAnalysis, sameSpan, TYPE_LABEL, type Focus } from './analysis/layers';
import { Legend } from './analysis/Legend';
import { MarkPopover } from './analysis/MarkPopover';
import { QuoteCard } from './analysis/QuoteCard';
import { QuotesPanel } from './analysis/QuotesPanel';
import { SpeakerChips } from './analysis/SpeakerChips';
import { useAnalysis } from './analysis/use-analysis';
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
    /** Machine marks under the same click, reachable from the user's popover. */
    mention?: EntityMention | undefined;
    quote?: Quote | undefined;
  } | null>(null);
  const [card, setCard] = useState<
    | { kind: 'entity'; entityId: string; mention: Span; x: number; y: number; quoteHere: Span | null }
    | { kind: 'quote'; quote: Span; x: number; y: number }
    | null
  >(null);
  const [marking, setMarking] = useState<{
    kind: 'entity' | 'quote';
    start: number;
    end: number;
    x: number;
    y: number;
  } | null>(null);
  const [tab, setTab] = useState<'notes' | 'entities' | 'quotes'>('notes');
  const [textMap, setTextMap] = useState<TextMap | null>(null);
  const [dragging, setDragging] = useState(false);
  const map = useRef<TextMap | null>(null);
  // A scroll the app makes itself (to show a highlight) must not close the popover it opens.
  const ownScroll = useRef(false);
  const { toasts, push, dismiss } = useToasts();
  const onError = useCallback((message: string) => push({ level: 'error', message }), [push]);
  // Notices arise in the main process whenever it repairs something (at start-up, or when an
  // article's store is first opened); each is handed over once.
  const showNotices = useCallback(async () => {
    for (const n of await gloss().app.notices()) push({ level: n.level, message: n.message });
  }, [push]);
  const ann = useAnnotations(article?.id ?? null, article?.text ?? null, onError, showNotices);
  const an = useAnalysis(
    article?.id ?? null,
    article?.text ?? null,
    ann.data?.corrections ?? null,
    ann.setData,
    onError,
  );
  const analysis = an.analysis;

  const openArticle = useCallback(
    async (id: string) => {
      try {
        const [a, state] = await Promise.all([
          gloss().article.get({ articleId: id }),
          gloss().article.getReadingState({ articleId: id }),
        ]);
        setPopover(null);
        setCard(null);
        setMarking(null);
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
      const [s, list] = await Promise.all([gloss().settings.get(), gloss().library.list(), showNotices()]);
      setSettings(s);
      setArticles(list);
      const first = list.find((a) => a.id === s.lastArticleId) ?? list[0];
      if (first) await openArticle(first.id);
    })().catch((err: unknown) => onError(errorMessage(err)));
  }, [openArticle, showNotices, onError]);

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

  const layers = settings?.layers;
  const onClickOffset = useCallback(
    (offset: number, x: number, y: number) => {
      const inside = (s: Span) => s.start <= offset && offset < s.end;
      // Only marks the user can see answer a click.
      const mention =
        layers?.entities && analysis
          ? analysis.mentions.find((m) => inside(m) && layers.entityTypes[m.type])
          : undefined;
      const quote =
        (layers?.quotes && analysis ? analysis.quotes.find(inside) : undefined) ??
        (layers?.reported && analysis ? analysis.reported.find(inside) : undefined);
      const here = ann.placed
        .filter((p) => p.start !== null && p.end !== null && p.start <= offset && offset < p.end)
        .sort((a, b) => a.end! - a.start! - (b.end! - b.start!));
      setMarking(null);
      if (here.length > 0) {
        // The user's own highlight wins; the machine's marks stay one click away in its popover.
        setCard(null);
        setPopover({
          ids: here.map((p) => p.highlight.id),
          activeId: here[0]!.highlight.id,
          x,
          y,
          focusNote: false,
          mention,
          quote,
        });
        return;
      }
      setPopover(null);
      if (mention)
        setCard({
          kind: 'entity',
          entityId: mention.entityId,
          mention: { start: mention.start, end: mention.end },
          x,
          y,
          quoteHere: quote ? { start: quote.start, end: quote.end } : null,
        });
      else if (quote) setCard({ kind: 'quote', quote: { start: quote.start, end: quote.end }, x, y });
      else setCard(null);
    },
    [ann.placed, analysis, layers],
  );

  /** Brings a span to a third of the way down the view; returns where its last line box ended up. */
  const scrollToSpan = useCallback((s: Span): { x: number; y: number } | null => {
    if (!map.current) return null;
    const r = map.current.range(s.start, s.end);
    const scroller = map.current.root.closest('.reading-scroll');
    if (!r || !scroller) return null;
    const before = scroller.scrollTop;
    scroller.scrollTop +=
      r.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientHeight / 3;
    ownScroll.current = scroller.scrollTop !== before;
    const rects = r.getClientRects();
    const last = rects[rects.length - 1] ?? r.getBoundingClientRect();
    return { x: last.left + last.width / 2, y: last.bottom };
  }, []);

  const goToMention = useCallback(
    (entityId: string, mention: Span) => {
      const at = scrollToSpan(mention);
      if (!at) return;
      setPopover(null);
      setCard({ kind: 'entity', entityId, mention, x: at.x, y: at.y, quoteHere: null });
    },
    [scrollToSpan],
  );

  const openQuote = useCallback(
    (q: Span, scroll: boolean, point?: { x: number; y: number }) => {
      const at = scroll ? scrollToSpan(q) : (point ?? null);
      if (!at) return;
      setPopover(null);
      setCard({ kind: 'quote', quote: { start: q.start, end: q.end }, x: at.x, y: at.y });
    },
    [scrollToSpan],
  );

  const walkEntity = useCallback(
    (e: Entity) => {
      if (!analysis) return;
      const ms = analysis.mentions.filter((m) => m.entityId === e.id);
      const i =
        card?.kind === 'entity' && card.entityId === e.id
          ? ms.findIndex((m) => sameSpan(m, card.mention))
          : -1;
      const next = ms[(i + 1) % ms.length];
      if (next) goToMention(e.id, { start: next.start, end: next.end });
    },
    [analysis, card, goToMention],
  );

  const correct = useCallback(
    async (input: CorrectionInput, message: string) => {
      const saved = await an.addCorrection(input);
      if (saved)
        push(
          {
            level: 'info',
            message,
            action: { label: 'Undo', run: () => void an.removeCorrection(saved.id) },
          },
          8000,
        );
      return saved;
    },
    [an, push],
  );
  const targetOf = useCallback(
    (s: Span) => (article ? describeRange(article.text, s.start, s.end) : null),
    [article],
  );

  const startMark = useCallback(
    (kind: 'entity' | 'quote') => {
      if (!selection) return;
      setMarking({
        kind,
        start: selection.start,
        end: selection.end,
        x: selection.rect.left + selection.rect.width / 2,
        y: selection.rect.bottom,
      });
      window.getSelection()?.removeAllRanges();
      setSelection(null);
    },
    [selection],
  );

  const openFromPopover = useCallback((c: NonNullable<typeof card>) => {
    setPopover(null);
    setCard(c);
  }, []);

  const focus = useMemo<Focus>(
    () =>
      card?.kind === 'entity'
        ? { kind: 'entity', entityId: card.entityId, mention: card.mention }
        : card?.kind === 'quote'
          ? { kind: 'quote', quote: card.quote }
          : null,
    [card],
  );
  const paintExtra = useCallback(
    (m: TextMap) => {
      if (layers) paintAnalysis(m, analysis, layers, focus);
    },
    [analysis, layers, focus],
  );

  const scrollToHighlight = useCallback((p: PlacedHighlight) => {
    setCard(null);
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
    setTextMap(m);
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
        {article && (
          <Legend
            layers={settings.layers}
            status={an.loading ? 'loading' : analysis ? 'ready' : 'none'}
            onChange={(p) => void updateSettings(p)}
          />
        )}
        <div
          className="reading-scroll"
          onScroll={() => {
            if (ownScroll.current) ownScroll.current = false;
            else {
              if (popover) setPopover(null);
              if (card) setCard(null);
            }
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
              paintExtra={paintExtra}
            />
          ) : (
            <div className="empty-reader">
              <h1>Nothing open</h1>
              <p>Open a .txt, .md or .html file to start reading.</p>
            </div>
          )}
          {article && analysis && settings.layers.quotes && (
            <SpeakerChips
              map={textMap}
              quotes={analysis.quotes}
              layoutKey={`${settings.fontSize}/${settings.fontFamily}`}
              onOpen={(q, x, y) => openQuote(q, false, { x, y })}
            />
          )}
        </div>
      </main>
      <aside className="side-panel" aria-label="Notes, entities and quotes">
        <div className="panel-tabs" role="tablist" aria-label="Side panel">
          {(
            [
              ['notes', 'Notes'],
              ['entities', 'Entities'],
              ['quotes', 'People & quotes'],
            ] as const
          ).map(([id, label]) => (
            <button
              key={id}
              role="tab"
              aria-selected={tab === id}
              className={tab === id ? 'selected' : ''}
              onClick={() => setTab(id)}
            >
              {label}
            </button>
          ))}
        </div>
        <div className="panel-body" role="tabpanel">
          {!article || !ann.data ? (
            <p className="empty">No article open.</p>
          ) : tab === 'notes' ? (
            <NotesPanel
              articleNote={ann.data.articleNote}
              placed={ann.placed}
              activeId={popover?.activeId ?? null}
              onArticleNote={(n) => void ann.setArticleNote(n)}
              onSelect={scrollToHighlight}
            />
          ) : tab === 'entities' ? (
            <EntitiesPanel
              analysis={analysis}
              activeId={card?.kind === 'entity' ? card.entityId : null}
              onWalk={walkEntity}
            />
          ) : (
            <QuotesPanel
              analysis={analysis}
              active={card?.kind === 'quote' ? card.quote : null}
              showReported={settings.layers.reported}
              onSelect={(q) => openQuote(q, true)}
            />
          )}
        </div>
      </aside>
      {selection && !popover && (
        <SelectionToolbar
          selection={selection}
          onHighlight={(c, n) => void highlightSelection(c, n)}
          extra={
            analysis && (
              <>
                <span className="divider" />
                <button
                  className="text-button"
                  title="Mark as a name the analysis missed"
                  onClick={() => startMark('entity')}
                >
                  Name…
                </button>
                <button
                  className="text-button"
                  title="Mark as a quotation the analysis missed"
                  onClick={() => startMark('quote')}
                >
                  Quote…
                </button>
              </>
            )
          }
        />
      )}
      {article && analysis && card?.kind === 'entity' && (
        <EntityCard
          key={card.entityId}
          analysis={analysis}
          entityId={card.entityId}
          mention={card.mention}
          at={{ x: card.x, y: card.y }}
          quoteHere={
            card.quoteHere === null || findQuote(analysis, card.quoteHere) === undefined
              ? null
              : isReported(analysis, card.quoteHere)
                ? 'Reported speech'
                : 'Quotation'
          }
          onGo={(m) => goToMention(card.entityId, { start: m.start, end: m.end })}
          onOpenQuote={() =>
            card.quoteHere && setCard({ kind: 'quote', quote: card.quoteHere, x: card.x, y: card.y })
          }
          onRejectMention={() => {
            const e = analysis.entities.find((x) => x.id === card.entityId);
            const target = targetOf(card.mention);
            setCard(null);
            if (e && target)
              void correct(
                { kind: 'reject-mention', target },
                `“${target.quote.exact}” is no longer marked as a ${TYPE_LABEL[e.type].toLowerCase()}.`,
              );
          }}
          onRejectEntity={() => {
            const e = analysis.entities.find((x) => x.id === card.entityId);
            setCard(null);
            if (e)
              void correct(
                { kind: 'reject-entity', entityName: e.name, entityType: e.type },
                `“${e.name}” is no longer marked anywhere in this article.`,
              );
          }}
          onRetype={(to) => {
            const e = analysis.entities.find((x) => x.id === card.entityId);
            if (e && e.type !== to)
              void correct(
                { kind: 'retype-entity', entityName: e.name, entityType: e.type, to },
                `“${e.name}” is now marked as ${TYPE_LABEL[to].toLowerCase()}.`,
              );
          }}
          onMerge={(intoName) => {
            const e = analysis.entities.find((x) => x.id === card.entityId);
            const into = findEntity(
              analysis.entities.filter((x) => x !== e),
              intoName,
            );
            if (!e || !into) return;
            setCard({ ...card, entityId: into.id });
            void correct(
              { kind: 'merge-entities', fromName: e.name, intoName: into.name },
              `“${e.name}” merged into “${into.name}”.`,
            );
          }}
          onClose={() => setCard(null)}
        />
      )}
      {article &&
        analysis &&
        card?.kind === 'quote' &&
        (() => {
          const q = findQuote(analysis, card.quote);
          if (!q) return null;
          const reported = isReported(analysis, q);
          return (
            <QuoteCard
              key={`${q.start}-${q.end}`}
              analysis={analysis}
              quote={q}
              reported={reported}
              text={article.text}
              at={{ x: card.x, y: card.y }}
              onRejectQuote={() => {
                const target = targetOf(q);
                setCard(null);
                if (target)
                  void correct(
                    { kind: 'reject-quote', target },
                    reported ? 'No longer marked as reported speech.' : 'No longer marked as a quotation.',
                  );
              }}
              onSetSpeaker={(speakerName) => {
                const target = targetOf(q);
                if (target)
                  void correct(
                    { kind: 'set-speaker', target, speakerName },
                    `Speaker set to ${speakerName}.`,
                  );
              }}
              onClose={() => setCard(null)}
            />
          );
        })()}
      {article && marking && (
        <MarkPopover
          kind={marking.kind}
          excerpt={article.text.slice(marking.start, marking.end)}
          analysis={analysis}
          at={{ x: marking.x, y: marking.y }}
          onEntity={(entityType) => {
            const target = targetOf(marking);
            setMarking(null);
            if (target)
              void correct(
                { kind: 'add-mention', target, entityType },
                `“${target.quote.exact}” marked as ${TYPE_LABEL[entityType].toLowerCase()}.`,
              );
          }}
          onQuote={(speakerName) => {
            const target = targetOf(marking);
            setMarking(null);
            if (target)
              void correct(
                { kind: 'add-quote', target, speakerName },
                speakerName ? `Marked as a quotation by ${speakerName}.` : 'Marked as a quotation.',
              );
          }}
          onClose={() => setMarking(null)}
        />
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
          extra={
            (popover.mention || popover.quote) && (
              <div className="machine-links">
                {popover.mention && (
                  <button
                    className="text-button"
                    onClick={() =>
                      openFromPopover({
                        kind: 'entity',
                        entityId: popover.mention!.entityId,
                        mention: { start: popover.mention!.start, end: popover.mention!.end },
                        x: popover.x,
                        y: popover.y,
                        quoteHere: popover.quote
                          ? { start: popover.quote.start, end: popover.quote.end }
                          : null,
                      })
                    }
                  >
                    {analysis?.entities.find((e) => e.id === popover.mention!.entityId)?.name ??
                      popover.mention.text}{' '}
                    ›
                  </button>
                )}
                {popover.quote && (
                  <button
                    className="text-button"
                    onClick={() =>
                      openFromPopover({
                        kind: 'quote',
                        quote: { start: popover.quote!.start, end: popover.quote!.end },
                        x: popover.x,
                        y: popover.y,
                      })
                    }
                  >
                    {analysis && isReported(analysis, popover.quote) ? 'Reported speech' : 'Quotation'}
                    {popover.quote.speakerName ? ` by ${popover.quote.speakerName}` : ''} ›
                  </button>
                )}
              </div>
            )
          }
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
