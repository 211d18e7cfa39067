/**
 * How a re-anchoring answer compares with the truth of a case. Right: found where its surviving
 * characters are (half of the true span or more in common) or orphaned when they are gone.
 * Silently wrong: shown as anchored, the sure state, anywhere else. Moved answers that are not
 * right are flagged for review; orphaned ones whose text survives are lost.
 */
import type { Truth } from './cases';
import type { CaseResult } from './run';

export interface Tally {
  highlights: number;
  right: number;
  silentlyWrong: number;
  flaggedWrong: number;
  lost: number;
  moved: number;
}

export const emptyTally = (): Tally => ({
  highlights: 0,
  right: 0,
  silentlyWrong: 0,
  flaggedWrong: 0,
  lost: 0,
  moved: 0,
});

function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const common = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return common / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

export function tally(into: Tally, result: CaseResult, truth: readonly Truth[]): Tally {
  const byId = new Map(truth.map((t) => [t.id, t]));
  for (const r of result.results) {
    const t = byId.get(r.id);
    if (!t) throw new Error(`case ${result.case}: no truth for highlight ${r.id}`);
    into.highlights++;
    if (r.state === 'moved') into.moved++;
    const gone = t.start === null || t.end === null;
    if (r.state === 'orphaned') {
      if (gone) into.right++;
      else into.lost++;
      continue;
    }
    const right =
      !gone && overlapShare({ start: r.start!, end: r.end! }, { start: t.start!, end: t.end! }) >= 0.5;
    if (right) into.right++;
    else if (r.state === 'anchored') into.silentlyWrong++;
    else into.flaggedWrong++;
  }
  return into;
}

export const pct = (n: number, of: number, digits = 1): string =>
  of === 0 ? '-' : ((100 * n) / of).toFixed(digits);
