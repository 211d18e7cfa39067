/**
 * Places an article's highlights on its current text without holding up the screen: the cheap
 * case (words and near context still at the stored position) is settled at once, the fuzzy search
 * for the others runs elsewhere (a worker in the app) and they appear when it answers. Each target
 * is searched once per text; a note or color edit keeps the target object, so typing costs nothing.
 */
import { anchorerFor, type Anchor } from '../../../../common/anchoring/anchor';
import type { Highlight, HighlightTarget } from '../../../../common/model/annotation';
import type { PlacedHighlight } from './placed';

export type RunAnchoring = (text: string, targets: HighlightTarget[]) => Promise<Anchor[]>;

/** In reading order; the unplaceable ones last. */
export const inReadingOrder = (placed: PlacedHighlight[]): PlacedHighlight[] =>
  placed.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (b.end ?? 0) - (a.end ?? 0));

export class Placer {
  private text: string | null = null;
  private found = new WeakMap<HighlightTarget, Anchor>();
  private asked = new WeakSet<HighlightTarget>();
  private queue: HighlightTarget[] = [];

  constructor(
    private readonly run: RunAnchoring,
    /** A search answered: place again. */
    private readonly onFound: () => void,
  ) {}

  /** What can be placed now; the rest is queued for `flush`. */
  place(highlights: readonly Highlight[], text: string): { placed: PlacedHighlight[]; pending: number } {
    if (text !== this.text) {
      this.text = text;
      this.found = new WeakMap();
      this.asked = new WeakSet();
      this.queue = [];
    }
    const anchorer = anchorerFor(text);
    const placed: PlacedHighlight[] = [];
    let pending = 0;
    for (const highlight of highlights) {
      const a = anchorer.unchanged(highlight.target) ?? this.found.get(highlight.target);
      if (a) placed.push({ highlight, ...a });
      else {
        pending++;
        if (!this.asked.has(highlight.target)) {
          this.asked.add(highlight.target);
          this.queue.push(highlight.target);
        }
      }
    }
    return { placed: inReadingOrder(placed), pending };
  }

  /** Sends what `place` queued; an answer for a text no longer shown is dropped. */
  flush(): void {
    const text = this.text;
    const targets = this.queue;
    this.queue = [];
    if (text === null || targets.length === 0) return;
    const settle = (anchors: Anchor[]) => {
      if (this.text !== text) return;
      targets.forEach((t, i) => this.found.set(t, anchors[i]!));
      this.onFound();
    };
    this.run(text, targets).then(settle, () => {
      // The worker failed (it could not start, say): better a slower placing than none.
      const anchorer = anchorerFor(text);
      settle(targets.map((t) => anchorer.anchor(t)));
    });
  }
}
