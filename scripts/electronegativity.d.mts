export interface Finding {
  check: string;
  file: string;
  line: number;
  code: string;
}
export interface Accepted {
  check: string;
  file: string;
  code: string;
  reason: string;
}
export function findingsOf(sarif: unknown, input: string): Finding[];
export function review(findings: Finding[], accepted: Accepted[]): { fresh: Finding[]; stale: Accepted[] };
export function scan(input: string): Finding[];
