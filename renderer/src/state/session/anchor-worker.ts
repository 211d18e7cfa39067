/** The fuzzy re-anchoring, off the renderer's main thread (see placer.ts). */
import { anchorerFor } from '../../../../common/anchoring/anchor';
import type { AnchorRequest, AnchorReply } from './use-placed';

// The renderer is compiled with the DOM's types, which describe a window, not a worker's scope.
const scope = self as unknown as Worker;

scope.onmessage = (e: MessageEvent<AnchorRequest>) => {
  const anchorer = anchorerFor(e.data.text);
  const reply: AnchorReply = { id: e.data.id, anchors: e.data.targets.map((t) => anchorer.anchor(t)) };
  scope.postMessage(reply);
};
