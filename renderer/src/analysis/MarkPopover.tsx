import { SpeakerForm } from './SpeakerForm';
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
  const short = excerpt.length > 60 ? `${excerpt.slice(0, 57)}…` : excerpt;
  return (
    <FloatingCard at={at} label={kind === 'entity' ? 'Mark as entity' : 'Mark as quotation'}>
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
        <SpeakerForm
          analysis={analysis}
          placeholder="Speaker (optional)"
          submitLabel="Mark"
          optional
          onSubmit={onQuote}
        />
      )}
    </FloatingCard>
  );
}
