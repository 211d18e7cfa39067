import { useLayoutEffect, useState } from 'react';
import type { Quote } from '../../../common/model/analysis';
import type { TextMap } from '../reader/text-map';
import { initials, shortName, toCheck } from './speakers';

interface Chip {
  quote: Quote;
  top: number;
  left: number;
}

/**
 * The speaker's name in the margin beside the line where each quotation opens. An overlay of
 * absolutely placed elements rather than anything inserted into the text: the text's DOM stays the
 * one the TextMap indexed, and the chips never push the lines about. Positions are recomputed when
 * the text reflows (font, size, window).
 */
export function SpeakerChips({
  map,
  quotes,
  layoutKey,
  onOpen,
}: {
  map: TextMap | null;
  quotes: readonly Quote[];
  layoutKey: string;
  onOpen: (q: Quote, x: number, y: number) => void;
}) {
  const [chips, setChips] = useState<Chip[]>([]);
  // A narrow margin only has room for initials; the full name is in the tooltip and the card.
  const [compact, setCompact] = useState(false);

  useLayoutEffect(() => {
    if (!map) return setChips([]);
    const host = map.root.closest('.reading-scroll');
    if (!host) return;
    const measure = () => {
      const origin = host.getBoundingClientRect();
      const body = map.root.getBoundingClientRect();
      const next: Chip[] = [];
      for (const q of quotes) {
        const box = map.range(q.start, Math.min(q.end, q.start + 1))?.getClientRects()[0];
        if (!box) continue;
        next.push({
          quote: q,
          top: box.top - origin.top + host.scrollTop + box.height / 2,
          left: body.left - origin.left,
        });
      }
      setChips(next);
      setCompact(body.left - origin.left < 110);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(map.root);
    return () => ro.disconnect();
  }, [map, quotes, layoutKey]);

  return (
    <div className="speaker-chips" aria-label="Speakers">
      {chips.map(({ quote, top, left }) => {
        const check = toCheck(quote);
        return (
          <button
            key={`${quote.start}-${quote.end}`}
            className={`speaker-chip${quote.speakerName ? '' : ' unattributed'}${check ? ' unsure' : ''}${compact ? ' compact' : ''}`}
            aria-label={`Quotation by ${quote.speakerName ?? 'an unknown speaker'}${check ? ', to check' : ''}`}
            data-testid="speaker-chip"
            data-unsure={check || undefined}
            style={{ top, left }}
            title={`${quote.speakerName ?? 'Unattributed'}${check ? ' (check: a best guess)' : ''}: “${quote.text.slice(1, 60)}…”`}
            onClick={(e) => {
              const r = e.currentTarget.getBoundingClientRect();
              onOpen(quote, r.right, r.bottom);
            }}
          >
            {!quote.speakerName ? '?' : compact ? initials(quote.speakerName) : shortName(quote.speakerName)}
            {check && (
              <span className="check-mark" aria-hidden>
                ?
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
