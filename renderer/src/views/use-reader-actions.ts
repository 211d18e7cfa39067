import { useCallback, useMemo, useRef } from 'react';
import { describeRange } from '../../../common/anchoring/anchor';
import type { Analysis, Entity, Span } from '../../../common/model/analysis';
import type { HighlightColor } from '../../../common/model/annotation';
import type { Settings } from '../../../common/model/settings';
import type { CorrectionCommand } from '../analysis/correction-commands';
import { sameSpan } from '../analysis/layers';
import { marksAt } from '../analysis/marks-at';
import { scrollToSpan } from '../reader/scroll';
import type { TextMap } from '../reader/text-map';
import type { AppModules } from '../state/app';
import type { PlacedHighlight } from '../state/session/placed';
import type { ArticleSession } from '../state/session/session';

const UNDO_OFFER_MS = 8000;

/**
 * What the reader's views ask for, as commands over the state modules. A scroll the app makes
 * itself (to show a passage) is flagged, so it does not close the card it opens.
 */
export function useReaderActions(
  m: AppModules,
  session: ArticleSession | null,
  /** The open article's plain text, which every offset is into. */
  text: string | null,
  analysis: Analysis | null,
  placed: PlacedHighlight[],
  layers: Settings['layers'] | undefined,
  map: React.RefObject<TextMap | null>,
) {
  const ownScroll = useRef(false);

  const show = useCallback(
    (s: Span) => {
      const at = map.current && scrollToSpan(map.current, s);
      if (at?.moved) ownScroll.current = true;
      return at;
    },
    [map],
  );

  const offerUndo = useCallback(
    (step: number | null, message: string) => {
      if (step !== null && session)
        m.toasts.push(
          { level: 'info', message, action: { label: 'Undo', run: () => void session.undo(step) } },
          UNDO_OFFER_MS,
        );
    },
    [m, session],
  );

  return useMemo(() => {
    const goToMention = (entityId: string, mention: Span) => {
      const at = show(mention);
      if (at) m.overlay.open({ kind: 'entity', entityId, mention, at, quoteHere: null });
    };
    return {
      /** True once, for the scroll event the app's own scrolling caused. */
      takeOwnScroll(): boolean {
        const own = ownScroll.current;
        ownScroll.current = false;
        return own;
      },
      async highlightSelection(color: HighlightColor, withNote: boolean) {
        const sel = m.selection.getState().selection;
        if (!sel || !session || text === null) return;
        window.getSelection()?.removeAllRanges();
        m.selection.setState({ selection: null });
        const id = await session.createHighlight({
          target: describeRange(text, sel.start, sel.end),
          color,
          note: '',
        });
        if (id && withNote)
          m.overlay.open({
            kind: 'highlight',
            ids: [id],
            activeId: id,
            at: { x: sel.rect.left + sel.rect.width / 2, y: sel.rect.bottom },
            focusNote: true,
          });
      },
      async deleteHighlight(id: string) {
        m.overlay.close();
        if (session) offerUndo(await session.deleteHighlight(id), 'Highlight deleted.');
      },
      /** A moved highlight accepted on the words it was found on. */
      async acceptMoved(p: PlacedHighlight) {
        if (!session || text === null || p.start === null || p.end === null) return;
        const step = await session.retarget(p.highlight.id, describeRange(text, p.start, p.end), 'Accepted');
        offerUndo(step, 'Highlight accepted on its new words.');
      },
      /** False when nothing is selected in the article to attach it to. */
      async attachToSelection(id: string): Promise<boolean> {
        const sel = m.selection.getState().selection;
        if (!sel || !session || text === null) return false;
        window.getSelection()?.removeAllRanges();
        m.selection.setState({ selection: null });
        const step = await session.retarget(id, describeRange(text, sel.start, sel.end), 'Re-attached');
        offerUndo(step, 'Highlight re-attached.');
        return true;
      },
      recolor(id: string, color: HighlightColor) {
        void session?.recolor(id, color);
      },
      async correct(c: CorrectionCommand | null) {
        if (c && session) offerUndo(await session.addCorrection(c.input, c.label), c.label);
      },
      startMark(mark: 'entity' | 'quote') {
        const sel = m.selection.getState().selection;
        if (!sel) return;
        m.overlay.open({
          kind: 'marking',
          mark,
          start: sel.start,
          end: sel.end,
          at: { x: sel.rect.left + sel.rect.width / 2, y: sel.rect.bottom },
        });
        window.getSelection()?.removeAllRanges();
        m.selection.setState({ selection: null });
      },
      clickAt(offset: number, x: number, y: number) {
        if (!layers) return;
        const { highlights, mention, quote } = marksAt(offset, placed, analysis, layers);
        const at = { x, y };
        // The user's own highlight wins; the machine's marks stay one click away in its popover.
        if (highlights.length > 0)
          m.overlay.open({
            kind: 'highlight',
            ids: highlights,
            activeId: highlights[0]!,
            at,
            focusNote: false,
            mention,
            quote,
          });
        else if (mention)
          m.overlay.open({
            kind: 'entity',
            entityId: mention.entityId,
            mention: { start: mention.start, end: mention.end },
            at,
            quoteHere: quote ? { start: quote.start, end: quote.end } : null,
          });
        else if (quote) m.overlay.open({ kind: 'quote', quote: { start: quote.start, end: quote.end }, at });
        else m.overlay.close();
      },
      goToMention,
      /** Brings a passage into view with nothing opened over it (a correction of what is gone). */
      showPassage(s: Span) {
        show(s);
      },
      openQuote(q: Span, point?: { x: number; y: number }) {
        const at = point ?? show(q);
        if (at) m.overlay.open({ kind: 'quote', quote: { start: q.start, end: q.end }, at });
      },
      walkEntity(e: Entity) {
        if (!analysis) return;
        const o = m.overlay.getState().overlay;
        const ms = analysis.mentions.filter((x) => x.entityId === e.id);
        const i =
          o.kind === 'entity' && o.entityId === e.id ? ms.findIndex((x) => sameSpan(x, o.mention)) : -1;
        const next = ms[(i + 1) % ms.length];
        if (next) goToMention(e.id, { start: next.start, end: next.end });
      },
      showHighlight(p: PlacedHighlight) {
        if (p.start === null || p.end === null) return;
        const at = show({ start: p.start, end: p.end });
        if (at)
          m.overlay.open({
            kind: 'highlight',
            ids: [p.highlight.id],
            activeId: p.highlight.id,
            at,
            focusNote: false,
          });
      },
    };
  }, [m, session, text, analysis, placed, layers, map, show, offerUndo]);
}

export type ReaderActions = ReturnType<typeof useReaderActions>;
