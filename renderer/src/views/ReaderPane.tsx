import { useEffect, useState } from 'react';
import type { SettingsPatch } from '../../../common/ipc/contract';
import type { Analysis } from '../../../common/model/analysis';
import type { Article } from '../../../common/model/article';
import type { Settings } from '../../../common/model/settings';
import { Legend } from '../analysis/Legend';
import { SpeakerChips } from '../analysis/SpeakerChips';
import { ArticleView, type SelectionInfo } from '../reader/ArticleView';
import { moveCaret } from '../reader/caret';
import type { TextMap } from '../reader/text-map';
import { ReaderToolbar } from '../ReaderToolbar';
import type { PlacedHighlight } from '../state/session/placed';
import { Caret } from './Caret';

interface Props {
  settings: Settings;
  article: Article | null;
  initialOffset: number | null;
  analysis: Analysis | null;
  analysisLoading: boolean;
  placed: PlacedHighlight[];
  activeHighlightId: string | null;
  textMap: TextMap | null;
  paintExtra: (m: TextMap) => void;
  toolbarExtra: React.ReactNode;
  onSettings: (p: SettingsPatch) => void;
  onMap: (m: TextMap | null) => void;
  onSelection: (s: SelectionInfo | null) => void;
  onClickOffset: (offset: number, x: number, y: number) => void;
  onReadingOffset: (offset: number) => void;
  onScroll: () => void;
  onOpenQuote: (q: { start: number; end: number }, at: { x: number; y: number }) => void;
  onLink: (href: string) => void;
}

/** The reading column: settings, the legend, and the article with its layers and speaker chips. */
export function ReaderPane(p: Props) {
  const { settings, article, analysis } = p;
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  // An article just opened is what the keys are for (PageDown, Space, the caret), unless the
  // reader is busy elsewhere: focus moves to it only from nowhere or from the library.
  const articleId = article?.id;
  useEffect(() => {
    const now = document.activeElement;
    if (articleId && scroller && (!now || now === document.body || now.closest('.library')))
      scroller.focus({ preventScroll: true });
  }, [articleId, scroller]);
  return (
    <main className="reader">
      <ReaderToolbar settings={settings} onChange={p.onSettings}>
        {p.toolbarExtra}
      </ReaderToolbar>
      {article && (
        <Legend
          layers={settings.layers}
          status={p.analysisLoading ? 'loading' : analysis ? 'ready' : 'none'}
          onChange={p.onSettings}
        />
      )}
      {/* Focusable, so PageDown, Space and the arrows scroll the article once it has focus. */}
      <div
        ref={setScroller}
        className="reading-scroll"
        tabIndex={0}
        role="region"
        aria-label="Article text"
        onScroll={p.onScroll}
        onKeyDown={(e) => {
          if (e.target === e.currentTarget && p.textMap && moveCaret(p.textMap, e.currentTarget, e))
            e.preventDefault();
        }}
      >
        {article ? (
          <ArticleView
            article={article}
            placed={p.placed}
            activeId={p.activeHighlightId}
            initialOffset={p.initialOffset}
            onMap={p.onMap}
            onSelection={p.onSelection}
            onClickOffset={p.onClickOffset}
            onReadingOffset={p.onReadingOffset}
            onLink={p.onLink}
            paintExtra={p.paintExtra}
          />
        ) : (
          <div className="empty-reader">
            <h1>Nothing open</h1>
            <p>Open a .txt, .md or .html file to start reading.</p>
          </div>
        )}
        <Caret map={p.textMap} scroller={scroller} />
        {article && analysis && settings.layers.quotes && (
          <SpeakerChips
            map={p.textMap}
            quotes={analysis.quotes}
            layoutKey={`${settings.fontSize}/${settings.fontFamily}`}
            onOpen={(q, x, y) => p.onOpenQuote(q, { x, y })}
          />
        )}
      </div>
    </main>
  );
}
