import { useState } from 'react';
import { SpeakerForm } from './SpeakerForm';
import type { Analysis, Quote } from '../../../common/model/analysis';
import { FloatingCard } from './FloatingCard';
import { quotedText, toCheck } from './speakers';
import './quotes.css';

interface Props {
  analysis: Analysis;
  quote: Quote;
  /** Reported speech ("X noted that …") rather than words in quotation marks. */
  reported: boolean;
  text: string;
  at: { x: number; y: number };
  onRejectQuote: () => void;
  onSetSpeaker: (name: string) => void;
  onClose: () => void;
}

/**
 * A quotation or reported speech: who said it (as resolved, and as written), its cue, and the
 * user's corrections.
 */
export function QuoteCard({
  analysis,
  quote,
  reported,
  text,
  at,
  onRejectQuote,
  onSetSpeaker,
  onClose,
}: Props) {
  const [editing, setEditing] = useState(false);
  const asWritten = quote.speaker?.text;
  const cue = quote.cue ? text.slice(quote.cue.start, quote.cue.end) : null;

  return (
    <FloatingCard at={at} label={reported ? 'Reported speech' : 'Quotation'}>
      <div className="card-head">
        <span className={`quote-glyph${reported ? ' reported' : ''}`} aria-hidden>
          {reported ? '≈' : '“'}
        </span>
        <h2 className="card-title" data-testid="quote-speaker">
          {quote.speakerName ?? 'Unattributed'}
        </h2>
        <button className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {reported && <p className="card-kind">Reported speech, in the writer’s words</p>}
      {(asWritten || cue) && (
        <p className="card-line">
          {asWritten && asWritten !== quote.speakerName && <>Written as “{asWritten}”. </>}
          {cue && <>Cue: “{cue}”.</>}
        </p>
      )}
      {!quote.speakerName && <p className="card-line">The text does not say who said this.</p>}
      {quote.parts.length > 1 && (
        <blockquote className="card-quoted" data-testid="quote-parts">
          {quotedText(quote)}
        </blockquote>
      )}
      {toCheck(quote) && (
        <p className="card-check" data-testid="quote-check">
          <strong>Check</strong>: the speaker is a best guess (
          {Math.round((quote.speakerConfidence ?? 0) * 100)}% likely). Confirm it or change it.
        </p>
      )}
      {editing ? (
        <SpeakerForm
          analysis={analysis}
          placeholder="Pick or type a name"
          submitLabel="Set"
          optional={false}
          onSubmit={(name) => name && onSetSpeaker(name)}
        />
      ) : (
        <div className="correction-row">
          {toCheck(quote) && quote.speakerName && (
            <button className="text-button" onClick={() => onSetSpeaker(quote.speakerName!)}>
              Confirm {quote.speakerName}
            </button>
          )}
          <button className="text-button" onClick={() => setEditing(true)}>
            Change speaker
          </button>
          <button className="text-button danger push-right" onClick={onRejectQuote}>
            {reported ? 'Not reported speech' : 'Not a quotation'}
          </button>
        </div>
      )}
    </FloatingCard>
  );
}
