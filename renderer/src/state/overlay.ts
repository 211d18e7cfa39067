/**
 * What is open on top of the text. One value, so two can never be open at once: opening anything
 * replaces what was there, and closing is setting it to none.
 */
import type { EntityMention, Quote, Span } from '../../../common/model/analysis';
import type { Focus } from '../analysis/layers';
import { createStore } from './store';

export interface Point {
  x: number;
  y: number;
}

export type Overlay =
  | { kind: 'none' }
  | {
      kind: 'highlight';
      /** The highlights under the click, innermost first; tabs pick among them. */
      ids: string[];
      activeId: string;
      at: Point;
      focusNote: boolean;
      /** Machine marks under the same click, reachable from the user's popover. */
      mention?: EntityMention | undefined;
      quote?: Quote | undefined;
    }
  | { kind: 'entity'; entityId: string; mention: Span; at: Point; quoteHere: Span | null }
  | { kind: 'quote'; quote: Span; at: Point }
  | { kind: 'marking'; mark: 'entity' | 'quote'; start: number; end: number; at: Point }
  | { kind: 'shortcuts' }
  | { kind: 'export' };

export type OverlayKind = Overlay['kind'];

export const NONE: Overlay = { kind: 'none' };

export function createOverlay() {
  const store = createStore<{ overlay: Overlay }>({ overlay: NONE });
  return {
    ...store,
    open: (overlay: Overlay) => store.setState({ overlay }),
    close: () => store.setState({ overlay: NONE }),
  };
}

export type OverlayStore = ReturnType<typeof createOverlay>;

/** What the text shows as focused under an open card. */
export function focusOf(o: Overlay): Focus {
  if (o.kind === 'entity') return { kind: 'entity', entityId: o.entityId, mention: o.mention };
  if (o.kind === 'quote') return { kind: 'quote', quote: o.quote };
  return null;
}

export const activeHighlightId = (o: Overlay): string | null => (o.kind === 'highlight' ? o.activeId : null);

/**
 * Whether the user scrolling the text closes it: what hangs beneath a point in the text would be
 * left pointing at nothing. The shortcut sheet is not tied to the text.
 */
export const closesOnScroll = (o: Overlay): boolean =>
  o.kind !== 'none' && o.kind !== 'shortcuts' && o.kind !== 'export';
