export interface Tally {
  passed: number;
  failed: { name: string; message: string }[];
  skipped: { name: string; reason: string }[];
}
export function fromPlaywright(report: unknown): Tally;
