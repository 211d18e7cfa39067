import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import DOMPurify from 'dompurify';
import type { Article } from '../../../common/model/article';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../common/model/annotation';
import type { PlacedHighlight } from '../state/session/placed';
import { clearLayers, paintLayer } from './painter';
import { TextMap } from './text-map';
import './highlights.css';

export interface SelectionInfo {
  start: number;
  end: number;
  rect: DOMRect;
}

interface Props {
  article: Article;
  placed: PlacedHighlight[];
  activeId: string | null;
  initialOffset: number | null;
  /** Extra layers painted beneath the user's highlights (entities, quotes). */
  paintExtra?: (map: TextMap) => void;
  onMap: (map: TextMap | null) => void;
  onSelection: (sel: SelectionInfo | null) => void;
  onClickOffset: (offset: number, x: number, y: number) => void;
  onReadingOffset: (offset: number) => void;
  /** A link in the article was followed: the app itself never navigates. */
  onLink: (href: string) => void;
}

/**
 * The rendered article. Its body is the sanitized HTML from import, sanitized again here as defence
 * in depth; once laid out, a TextMap ties its DOM to the article's plain-text offsets.
 */
export function ArticleView({
  article,
  placed,
  activeId,
  initialOffset,
  paintExtra,
  onMap,
  onSelection,
  onClickOffset,
  onReadingOffset,
  onLink,
}: Props) {
  const body = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<TextMap | null>(null);
  /** The opening last restored: each open (a new article object) restores once, the same article too. */
  const restored = useRef<Article | null>(null);
  // the article on screen now, for handlers set up with an earlier render's map
  const shown = useRef(article);
  shown.current = article;

  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    el.innerHTML = DOMPurify.sanitize(article.html);
    performance.mark('gloss:article-rendered');
    const m = new TextMap(el);
    if (m.text !== article.text)
      console.warn('Gloss: rendered text differs from the article text; positions may drift.');
    setMap(m);
    onMap(m);
    return () => {
      clearLayers();
      onMap(null);
    };
  }, [article.id, article.html, article.text, onMap]);

  useEffect(() => {
    if (!map) return;
    const byColor = new Map<HighlightColor, { start: number; end: number }[]>(
      HIGHLIGHT_COLORS.map((c) => [c, []]),
    );
    let active: { start: number; end: number }[] = [];
    const moved: { start: number; end: number }[] = [];
    for (const p of placed) {
      if (p.start === null || p.end === null) continue;
      byColor.get(p.highlight.color)!.push({ start: p.start, end: p.end });
      if (p.highlight.id === activeId) active = [{ start: p.start, end: p.end }];
      if (p.status === 'moved') moved.push({ start: p.start, end: p.end });
    }
    for (const [color, spans] of byColor) paintLayer(`hl-${color}`, map, spans, 10);
    // Placed on words that changed: drawn, but never passed off as unchanged until reviewed.
    paintLayer('hl-moved', map, moved, 11);
    paintLayer('hl-active', map, active, 12);
    // Read by `npm run bench`: when the user's highlights are all on screen.
    performance.mark('gloss:highlights-painted', { detail: placed.length });
  }, [map, placed, activeId]);

  useEffect(() => {
    if (map && paintExtra) paintExtra(map);
  }, [map, paintExtra]);

  // Reading position: restored once per opening, then saved as the offset at the top of the view.
  // Opening the article already shown (a gloss:// link, a search hit) is an opening too, and goes
  // to its passage. Right after a switch the map is still the previous article's for one render:
  // restoring through it would spend the restore on the wrong text.
  useEffect(() => {
    if (!map || map.text !== article.text || restored.current === article) return;
    restored.current = article;
    const scroller = map.root.closest('.reading-scroll');
    if (!scroller) return;
    if (initialOffset && initialOffset > 0) {
      const r = map.range(initialOffset, Math.min(initialOffset + 1, map.text.length));
      if (r) scroller.scrollTop += r.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 24;
    } else scroller.scrollTop = 0;
  }, [map, article, initialOffset]);

  useEffect(() => {
    const scroller = map?.root.closest('.reading-scroll');
    if (!map || !scroller) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // a scroll while the previous article's map is still current belongs to neither
        if (map.text !== shown.current.text) return;
        const box = map.root.getBoundingClientRect();
        const top = scroller.getBoundingClientRect().top + 32;
        const offset = scroller.scrollTop < 8 ? 0 : map.offsetAtPoint(box.left + 40, top);
        if (offset !== null) onReadingOffset(offset);
      }, 400);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [map, onReadingOffset]);

  useEffect(() => {
    if (!map) return;
    const update = () => {
      const sel = window.getSelection();
      const offsets = map.selectionOffsets(sel);
      if (!offsets || !sel) return onSelection(null);
      onSelection({ ...offsets, rect: sel.getRangeAt(0).getBoundingClientRect() });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [map, onSelection]);

  return (
    <article className="article">
      <header className="article-header">
        <h1 className="article-title-main">{article.title}</h1>
        <p className="byline">
          {[article.byline, article.siteName, `${article.wordCount.toLocaleString()} words`]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <div
        ref={body}
        className="article-body"
        data-testid="article-body"
        onAuxClick={(e) => {
          if ((e.target as Element).closest('a[href]')) e.preventDefault();
        }}
        onClick={(e) => {
          const link = (e.target as Element).closest('a[href]');
          if (link) {
            e.preventDefault();
            onLink(link.getAttribute('href')!);
            return;
          }
          if (!map || !window.getSelection()?.isCollapsed) return;
          const offset = map.offsetAtPoint(e.clientX, e.clientY);
          if (offset !== null) onClickOffset(offset, e.clientX, e.clientY);
        }}
      />
    </article>
  );
}
