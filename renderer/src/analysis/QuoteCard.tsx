import { useId, useState } from 'react';
import type { Analysis, Quote } from '../../../common/model/analysis';
import { FloatingCard } from './FloatingCard';

interface Props {
  analysis: Analysis;
  quote: Quote;
  text: string;
  at: { x: number; y: number };
  onRejectQuote: () => void;
  onSetSpeaker: (name: string) => void;
  onClose: () => void;
}

/** A quotation: who said it (as resolved, and as written), its cue, and the user's corrections. */
export function QuoteCard({ analysis, quote, text, at, onRejectQuote, onSetSpeaker, onClose }: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const listId = useId();
  const people = analysis.entities
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .sort(
      (a, b) => Number(b.type === 'person') - Number(a.type === 'person') || b.mentionCount - a.mentionCount,
    );
  const asWritten = quote.speaker?.text;
  const cue = quote.cue ? text.slice(quote.cue.start, quote.cue.end) : null;

  return (
    <FloatingCard at={at} label="Quotation" onClose={onClose}>
      <div className="card-head">
        <span className="quote-glyph" aria-hidden>
          “
        </span>
        <h2 className="card-title" data-testid="quote-speaker">
          {quote.speakerName ?? 'Unattributed'}
        </h2>
        <button className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {(asWritten || cue) && (
        <p className="card-line">
          {asWritten && asWritten !== quote.speakerName && <>Written as “{asWritten}”. </>}
          {cue && <>Cue: “{cue}”.</>}
        </p>
      )}
      {!quote.speakerName && <p className="card-line">The text does not say who said this.</p>}
      {editing ? (
        <form
          className="correction-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) onSetSpeaker(name.trim());
          }}
        >
          <input
            className="text-input"
            aria-label="Speaker"
            list={listId}
            placeholder="Pick or type a name"
            value={name}
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <datalist id={listId}>
            {people.map((e) => (
              <option key={e.id} value={e.name} />
            ))}
          </datalist>
          <button className="primary" type="submit" disabled={!name.trim()}>
            Set
          </button>
        </form>
      ) : (
        <div className="correction-row">
          <button className="text-button" onClick={() => setEditing(true)}>
            Change speaker
          </button>
          <button className="text-button danger push-right" onClick={onRejectQuote}>
            Not a quotation
          </button>
        </div>
      )}
    </FloatingCard>
  );
}
