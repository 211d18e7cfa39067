import type { Analysis, Quote, Span } from '../../../common/model/analysis';
import { sameSpan } from './layers';
import { bySpeaker, saidInOrder, type Said } from './speakers';

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
  const item = (q: Said) => (
    <li key={`${q.start}-${q.end}`}>
      <button
        className={`quote-item${q.reported ? ' reported' : ''}${active && sameSpan(active, q) ? ' active' : ''}`}
        data-testid={q.reported ? 'reported-item' : 'quote-item'}
        title={q.reported ? 'Reported speech, in the writer’s words' : undefined}
        onClick={() => onSelect(q)}
      >
        <span className="quote-text">{q.text}</span>
      </button>
    </li>
  );
  return (
    <section aria-label="People and quotes">
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
          <ul className="quote-list">{s.items.map(item)}</ul>
        </div>
      ))}
      {unattributed.length > 0 && (
        <div className="speaker-group unattributed" data-testid="unattributed-group">
          <h2 className="section-label">Unattributed · {unattributed.length}</h2>
          <ul className="quote-list">{unattributed.map(item)}</ul>
        </div>
      )}
    </section>
  );
}
