import type { Analysis, Span } from '../../../common/model/analysis';
import type { HighlightColor } from '../../../common/model/annotation';
import * as fix from '../analysis/correction-commands';
import { EntityCard } from '../analysis/EntityCard';
import { findQuote, isReported } from '../analysis/layers';
import { MarkPopover } from '../analysis/MarkPopover';
import { QuoteCard } from '../analysis/QuoteCard';
import { HighlightPopover } from '../reader/HighlightPopover';
import type { Overlay, OverlayStore } from '../state/overlay';
import type { ArticleSession, SessionState } from '../state/session/session';
import { ShortcutSheet } from './ShortcutSheet';

interface Props {
  overlay: Overlay;
  overlays: OverlayStore;
  analysis: Analysis | null;
  text: string;
  session: ArticleSession | null;
  sessionState: SessionState | null;
  /** Applies a correction and offers its undo. */
  onCorrect: (c: fix.CorrectionCommand | null) => void;
  onDeleteHighlight: (id: string) => void;
  onRecolor: (id: string, color: HighlightColor) => void;
  onGoToMention: (entityId: string, mention: Span) => void;
}

/** Whatever the one overlay value says is open, and nothing else. */
export function OverlayLayer(p: Props) {
  const { overlay: o, overlays, analysis, text, session, sessionState } = p;
  if (o.kind === 'shortcuts') return <ShortcutSheet onClose={overlays.close} />;

  if (o.kind === 'highlight' && session && sessionState) {
    const highlights = o.ids
      .map((id) => sessionState.data.highlights.find((h) => h.id === id))
      .filter((h) => h !== undefined);
    if (highlights.length === 0) return null;
    const activeId = highlights.some((h) => h.id === o.activeId) ? o.activeId : highlights[0]!.id;
    const entityName = o.mention && analysis?.entities.find((e) => e.id === o.mention!.entityId)?.name;
    return (
      <HighlightPopover
        key={o.ids.join()}
        highlights={highlights}
        activeId={activeId}
        at={o.at}
        focusNote={o.focusNote}
        note={session.note(activeId)}
        saved={sessionState.drafts[activeId] === undefined && !sessionState.writing}
        onSwitch={(id) => {
          session.seal();
          overlays.open({ ...o, activeId: id });
        }}
        onColor={p.onRecolor}
        onNote={(id, note) => session.editNote(id, note)}
        onFlush={() => void session.flush()}
        onDelete={p.onDeleteHighlight}
        onClose={overlays.close}
        extra={
          (o.mention || o.quote) && (
            <div className="machine-links">
              {o.mention && (
                <button
                  className="text-button"
                  onClick={() =>
                    overlays.open({
                      kind: 'entity',
                      entityId: o.mention!.entityId,
                      mention: { start: o.mention!.start, end: o.mention!.end },
                      at: o.at,
                      quoteHere: o.quote ? { start: o.quote.start, end: o.quote.end } : null,
                    })
                  }
                >
                  {entityName ?? o.mention.text} ›
                </button>
              )}
              {o.quote && (
                <button
                  className="text-button"
                  onClick={() =>
                    overlays.open({
                      kind: 'quote',
                      quote: { start: o.quote!.start, end: o.quote!.end },
                      at: o.at,
                    })
                  }
                >
                  {analysis && isReported(analysis, o.quote) ? 'Reported speech' : 'Quotation'}
                  {o.quote.speakerName ? ` by ${o.quote.speakerName}` : ''} ›
                </button>
              )}
            </div>
          )
        }
      />
    );
  }

  if (!analysis) return null;

  if (o.kind === 'entity') {
    const quoteHere = o.quoteHere && findQuote(analysis, o.quoteHere) ? o.quoteHere : null;
    return (
      <EntityCard
        key={o.entityId}
        analysis={analysis}
        entityId={o.entityId}
        mention={o.mention}
        at={o.at}
        quoteHere={quoteHere ? (isReported(analysis, quoteHere) ? 'Reported speech' : 'Quotation') : null}
        onGo={(m) => p.onGoToMention(o.entityId, { start: m.start, end: m.end })}
        onOpenQuote={() => quoteHere && overlays.open({ kind: 'quote', quote: quoteHere, at: o.at })}
        onRejectMention={() => {
          overlays.close();
          p.onCorrect(fix.rejectMention(analysis, text, o.entityId, o.mention));
        }}
        onRejectEntity={() => {
          overlays.close();
          p.onCorrect(fix.rejectEntity(analysis, o.entityId));
        }}
        onRetype={(to) => p.onCorrect(fix.retypeEntity(analysis, o.entityId, to))}
        onMerge={(intoName) => {
          const merge = fix.mergeEntities(analysis, o.entityId, intoName);
          if (merge) overlays.open({ ...o, entityId: merge.intoId });
          p.onCorrect(merge);
        }}
        onClose={overlays.close}
      />
    );
  }

  if (o.kind === 'quote') {
    const q = findQuote(analysis, o.quote);
    if (!q) return null;
    return (
      <QuoteCard
        key={`${q.start}-${q.end}`}
        analysis={analysis}
        quote={q}
        reported={isReported(analysis, q)}
        text={text}
        at={o.at}
        onRejectQuote={() => {
          overlays.close();
          p.onCorrect(fix.rejectQuote(analysis, text, q));
        }}
        onSetSpeaker={(name) => p.onCorrect(fix.setSpeaker(text, q, name))}
        onClose={overlays.close}
      />
    );
  }

  if (o.kind === 'marking')
    return (
      <MarkPopover
        kind={o.mark}
        excerpt={text.slice(o.start, o.end)}
        analysis={analysis}
        at={o.at}
        onEntity={(type) => {
          overlays.close();
          p.onCorrect(fix.addMention(text, o, type));
        }}
        onQuote={(speaker) => {
          overlays.close();
          p.onCorrect(fix.addQuote(text, o, speaker));
        }}
        onClose={overlays.close}
      />
    );
  return null;
}
