import type { Analysis, Quote, Span } from '../../../common/model/analysis';
import { sameSpan } from './layers';

interface Speaker {
  key: string;
  name: string;
  quotes: Quote[];
  chars: number;
}

/** Group by who said it: the resolved entity where there is one, else the name as written. */
function bySpeaker(quotes: readonly Quote[]): { speakers: Speaker[]; unattributed: Quote[] } {
  const groups = new Map<string, Speaker>();
  const unattributed: Quote[] = [];
  for (const q of quotes) {
    if (!q.speakerName) {
      unattributed.push(q);
      continue;
    }
    const key = q.speakerEntityId ?? `name:${q.speakerName.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, name: q.speakerName, quotes: [], chars: 0 }));
    g.quotes.push(q);
    g.chars += q.end - q.start;
  }
  // "How much they say": the length of their words, then the number of quotations.
  const speakers = [...groups.values()].sort(
    (a, b) => b.chars - a.chars || b.quotes.length - a.quotes.length,
  );
  return { speakers, unattributed };
}

export function QuotesPanel({
  analysis,
  active,
  onSelect,
}: {
  analysis: Analysis | null;
  active: Span | null;
  onSelect: (q: Quote) => void;
}) {
  if (!analysis) return <p className="empty">Analyzing…</p>;
  if (analysis.quotes.length === 0) return <p className="empty">No quotations found in this article.</p>;
  const { speakers, unattributed } = bySpeaker(analysis.quotes);
  const item = (q: Quote) => (
    <li key={`${q.start}-${q.end}`}>
      <button
        className={`quote-item${active && sameSpan(active, q) ? ' active' : ''}`}
        data-testid="quote-item"
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
              {s.quotes.length} {s.quotes.length === 1 ? 'quotation' : 'quotations'}
            </span>
          </h2>
          <ul className="quote-list">{s.quotes.map(item)}</ul>
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
