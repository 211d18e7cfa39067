import type { Analysis, Quote, Span } from '../../../common/model/analysis';
import { sameSpan } from './layers';
import { bySpeaker, quotedText, saidInOrder, toCheck, type Said } from './speakers';
import './quotes.css';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function QuotesPanel({
  analysis,
  active,
  showReported,
  onSelect,
}: {
  analysis: Analysis | null;
  active: Span | null;
  /** Whether reported speech is listed (its legend switch). */
  showReported: boolean;
  onSelect: (q: Quote) => void;
}) {
  if (!analysis) return <p className="empty">Analyzing…</p>;
  const items = saidInOrder(analysis.quotes, showReported ? analysis.reported : null);
  if (items.length === 0) return <p className="empty">No quotations found in this article.</p>;
  const { speakers, unattributed } = bySpeaker(items);
  const unsure = items.filter(toCheck);
  const item = (q: Said, withSpeaker = false) => (
    <li key={`${q.start}-${q.end}`}>
      <button
        className={`quote-item${q.reported ? ' reported' : ''}${active && sameSpan(active, q) ? ' active' : ''}`}
        data-testid={withSpeaker ? 'check-item' : q.reported ? 'reported-item' : 'quote-item'}
        title={q.reported ? 'Reported speech, in the writer’s words' : undefined}
        onClick={() => onSelect(q)}
      >
        {withSpeaker && <span className="quote-by">{q.speakerName}, a guess</span>}
        <span className="quote-text">{quotedText(q)}</span>
        {!withSpeaker && toCheck(q) && (
          <span className="check-badge" title="The speaker is a best guess: check it">
            check
          </span>
        )}
      </button>
    </li>
  );
  return (
    <section aria-label="People and quotes">
      {unsure.length > 0 && (
        <details className="speaker-group to-check" data-testid="to-check-group">
          <summary className="section-label">
            To check · {unsure.length} {unsure.length === 1 ? 'attribution' : 'attributions'}
          </summary>
          <ul className="quote-list">{unsure.map((q) => item(q, true))}</ul>
        </details>
      )}
      {speakers.map((s) => (
        <div key={s.key} className="speaker-group" data-testid="speaker-group">
          <h2 className="speaker-name">
            <span data-testid="speaker-name">{s.name}</span>
            <span className="count">
              {[
                s.quoted > 0 ? plural(s.quoted, 'quotation', 'quotations') : '',
                s.reported > 0 ? `${s.reported} reported` : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </h2>
          <ul className="quote-list">{s.items.map((q) => item(q))}</ul>
        </div>
      ))}
      {unattributed.length > 0 && (
        <div className="speaker-group unattributed" data-testid="unattributed-group">
          <h2 className="section-label">Unattributed · {unattributed.length}</h2>
          <ul className="quote-list">{unattributed.map((q) => item(q))}</ul>
        </div>
      )}
    </section>
  );
}
