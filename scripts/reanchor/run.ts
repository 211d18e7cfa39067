/**
 * One re-anchoring case run the way the app does it: each highlight described on v1 by
 * describeRange (what the app stores when the user highlights) and anchored on v2 by anchorTarget
 * (what the app does when it opens the changed article), or by one of the baselines.
 */
import { z } from 'zod';
import { anchorTarget, describeRange } from '../../common/anchoring/anchor';
import { exactAnchor, hypothesisAnchor, type Placed } from './baselines';

export const METHODS = ['gloss', 'exact', 'hypothesis'] as const;
export type Method = (typeof METHODS)[number];

export const caseSchema = z.object({
  id: z.string(),
  v1: z.string(),
  v2: z.string(),
  highlights: z.array(z.object({ id: z.string(), start: z.number().int(), end: z.number().int() })),
});
export type CaseInput = z.infer<typeof caseSchema>;

export interface CaseResult {
  case: string;
  results: { id: string; state: Placed['state']; start?: number; end?: number }[];
}

function place(method: Method, text: string, target: ReturnType<typeof describeRange>): Placed {
  if (method === 'exact') return exactAnchor(text, target);
  if (method === 'hypothesis') return hypothesisAnchor(text, target);
  const a = anchorTarget(text, target);
  return { state: a.status, start: a.start, end: a.end };
}

export function runCase(c: CaseInput, method: Method = 'gloss'): CaseResult {
  return {
    case: c.id,
    results: c.highlights.map((h) => {
      const p = place(method, c.v2, describeRange(c.v1, h.start, h.end));
      return p.state === 'orphaned'
        ? { id: h.id, state: p.state }
        : { id: h.id, state: p.state, start: p.start!, end: p.end! };
    }),
  };
}
