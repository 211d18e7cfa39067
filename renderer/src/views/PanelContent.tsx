import type { Analysis } from '../../../common/model/analysis';
import { EntitiesPanel } from '../analysis/EntitiesPanel';
import { QuotesPanel } from '../analysis/QuotesPanel';
import { NotesPanel } from '../panels/NotesPanel';
import type { Overlay } from '../state/overlay';
import { activeHighlightId } from '../state/overlay';
import type { PlacedHighlight } from '../state/session/placed';
import { ARTICLE_NOTE, type ArticleSession, type SessionState } from '../state/session/session';
import type { PanelTab } from './SidePanel';
import type { ReaderActions } from './use-reader-actions';

/** What the side panel's selected tab shows for the open article. */
export function PanelContent(p: {
  tab: PanelTab;
  /** Null while no article (or its annotations) is open. */
  session: ArticleSession | null;
  state: SessionState | null;
  placed: PlacedHighlight[];
  /** The open article's plain text. */
  text: string | null;
  overlay: Overlay;
  analysis: Analysis | null;
  showReported: boolean;
  actions: ReaderActions;
}) {
  const { session, state, overlay } = p;
  if (!session || !state || p.text === null) return <p className="empty">No article open.</p>;
  if (p.tab === 'notes')
    return (
      <NotesPanel
        articleNote={session.note(ARTICLE_NOTE)}
        saved={state.drafts[ARTICLE_NOTE] === undefined && !state.writing}
        placed={p.placed}
        text={p.text}
        activeId={activeHighlightId(overlay)}
        onArticleNote={(n) => session.editNote(ARTICLE_NOTE, n)}
        onFlush={() => {
          session.seal();
          void session.flush();
        }}
        onSelect={p.actions.showHighlight}
        onAccept={(x) => void p.actions.acceptMoved(x)}
        onAttach={p.actions.attachToSelection}
        onTags={(id, tags) => void session.setTags(id, tags)}
        analysis={p.analysis}
        corrections={state.data.corrections}
        onOpenRow={({ target }) => {
          if (target?.open === 'quote') p.actions.openQuote(target.span);
          else if (target?.open === 'mention') p.actions.goToMention(target.entityId, target.span);
          else if (target) p.actions.showPassage(target.span);
        }}
      />
    );
  if (p.tab === 'entities')
    return (
      <EntitiesPanel
        analysis={p.analysis}
        activeId={overlay.kind === 'entity' ? overlay.entityId : null}
        onWalk={p.actions.walkEntity}
      />
    );
  return (
    <QuotesPanel
      analysis={p.analysis}
      active={overlay.kind === 'quote' ? overlay.quote : null}
      showReported={p.showReported}
      onSelect={(q) => p.actions.openQuote(q)}
    />
  );
}
