import type { KindRow } from './kinds';

/** Quotations, entities or corrections of the article, each a button that opens at its passage. */
export function KindList({
  rows,
  empty,
  onOpen,
}: {
  rows: KindRow[];
  empty: string;
  onOpen: (row: KindRow) => void;
}) {
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="highlight-list kind-list" data-testid="kind-list">
      {rows.map((r) => (
        <li key={r.key} className="highlight-row">
          <button
            className="highlight-item"
            data-testid="kind-item"
            disabled={r.target === null}
            onClick={() => onOpen(r)}
          >
            <span className="highlight-quote">{r.label}</span>
            <span className="kind-detail">{r.detail}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
