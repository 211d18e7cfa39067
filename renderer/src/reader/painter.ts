/**
 * Paints text layers with the CSS Custom Highlight API. Why not wrapped <mark> elements (what most
 * readers do, and why they turn sluggish with many highlights): wrapping splits text nodes, forces
 * a re-layout per mark and makes overlapping marks a nesting puzzle. A named Highlight holds plain
 * Range objects, costs no DOM mutation, overlaps freely (each layer paints its own pass, user
 * highlights above machine marks by priority), and repaints in one go when a layer changes.
 */
import type { Span } from '../../../common/model/analysis';
import type { TextMap } from './text-map';

const painted = new Set<string>();

export function paintLayer(name: string, map: TextMap, spans: readonly Span[], priority = 0): void {
  const highlight = new Highlight();
  highlight.priority = priority;
  for (const s of spans) {
    const r = map.range(s.start, s.end);
    if (r) highlight.add(r);
  }
  CSS.highlights.set(name, highlight);
  painted.add(name);
}

export function clearLayers(prefix = ''): void {
  for (const name of [...painted]) {
    if (!name.startsWith(prefix)) continue;
    CSS.highlights.delete(name);
    painted.delete(name);
  }
}

export function layerSize(name: string): number {
  return CSS.highlights.get(name)?.size ?? 0;
}
