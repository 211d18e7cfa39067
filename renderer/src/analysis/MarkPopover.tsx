import { useId, useState } from 'react';
import { ENTITY_TYPES, type Analysis, type EntityType } from '../../../common/model/analysis';
import { FloatingCard } from './FloatingCard';
import { TYPE_LABEL } from './layers';

/** Marks what the machine missed in a selection: a name (with its type) or a quotation (with its speaker). */
export function MarkPopover({
  kind,
  excerpt,
  analysis,
  at,
  onEntity,
  onQuote,
  onClose,
}: {
  kind: 'entity' | 'quote';
  excerpt: string;
  analysis: Analysis | null;
  at: { x: number; y: number };
  onEntity: (type: EntityType) => void;
  onQuote: (speaker: string | null) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState('');
  const listId = useId();
  const people = (analysis?.entities ?? []).filter((e) => e.type === 'person' || e.type === 'organization');
  const short = excerpt.length > 60 ? `${excerpt.slice(0, 57)}…` : excerpt;
  return (
    <FloatingCard
      at={at}
      label={kind === 'entity' ? 'Mark as entity' : 'Mark as quotation'}
      onClose={onClose}
    >
      <div className="card-head">
        <h2 className="card-title">{kind === 'entity' ? 'Mark as a name' : 'Mark as a quotation'}</h2>
        <button className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="card-line">“{short}”</p>
      {kind === 'entity' ? (
        <div className="correction-row" role="group" aria-label="Entity type">
          {ENTITY_TYPES.map((t) => (
            <button key={t} className="type-choice" onClick={() => onEntity(t)}>
              <span className={`type-dot type-${t}`} aria-hidden />
              {TYPE_LABEL[t]}
            </button>
          ))}
        </div>
      ) : (
        <form
          className="correction-row"
          onSubmit={(e) => {
            e.preventDefault();
            onQuote(name.trim() || null);
          }}
        >
          <input
            className="text-input"
            aria-label="Speaker"
            list={listId}
            placeholder="Speaker (optional)"
            value={name}
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <datalist id={listId}>
            {people.map((e) => (
              <option key={e.id} value={e.name} />
            ))}
          </datalist>
          <button className="primary" type="submit">
            Mark
          </button>
        </form>
      )}
    </FloatingCard>
  );
}
