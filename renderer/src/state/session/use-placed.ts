import { useEffect, useMemo, useState } from 'react';
import type { Anchor } from '../../../../common/anchoring/anchor';
import type { Highlight, HighlightTarget } from '../../../../common/model/annotation';
import type { PlacedHighlight } from './placed';
import { Placer, type RunAnchoring } from './placer';

export interface AnchorRequest {
  id: number;
  text: string;
  targets: HighlightTarget[];
}
export interface AnchorReply {
  id: number;
  anchors: Anchor[];
}

/** One worker per window, started on the first search; requests answered in turn. */
function workerRunner(): RunAnchoring {
  let worker: Worker | null = null;
  let next = 1;
  const waiting = new Map<number, { resolve: (a: Anchor[]) => void; reject: (e: unknown) => void }>();
  const fail = (err: unknown) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return (text, targets) =>
    new Promise((resolve, reject) => {
      try {
        if (!worker) {
          worker = new Worker(new URL('./anchor-worker.ts', import.meta.url), { type: 'module' });
          worker.onmessage = (e: MessageEvent<AnchorReply>) => {
            waiting.get(e.data.id)?.resolve(e.data.anchors);
            waiting.delete(e.data.id);
          };
          worker.onerror = fail;
        }
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, text, targets } satisfies AnchorRequest);
      } catch (err) {
        fail(err);
        reject(err);
      }
    });
}

const runInWorker = workerRunner();

/** The open article's highlights on its text; the ones still being searched for join when found. */
export function usePlacedHighlights(
  highlights: readonly Highlight[] | null,
  text: string | null,
): PlacedHighlight[] {
  const [found, setFound] = useState(0);
  const [placer] = useState(() => new Placer(runInWorker, () => setFound((n) => n + 1)));
  const placed = useMemo(
    () => (highlights && text !== null ? placer.place(highlights, text).placed : []),
    // `found` counts the answers that came in: each one is a reason to place again.
    [placer, highlights, text, found],
  );
  useEffect(() => placer.flush(), [placer, placed]);
  return placed;
}
