/**
 * A Vitest reporter for scripts/run-tests.mjs. Vitest's own JSON report cannot tell a test skipped
 * on purpose from one never run because its suite's beforeAll failed (both are "skipped"), drops
 * the reason given to `ctx.skip(note)`, and leaves unhandled errors out of its counts; this one
 * writes what the summary line needs, from the reporter API where those are told apart.
 */
import { writeFileSync } from 'node:fs';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

export interface VitestSummary {
  passed: number;
  failed: { name: string; message: string }[];
  skipped: { name: string; reason: string }[];
}

const firstLine = (errors: readonly { message?: string }[] | undefined): string =>
  (errors?.[0]?.message ?? 'failed').split('\n')[0]!;

/** The error of the nearest suite (or the file) that failed around a test, if any. */
function failedAncestor(test: TestCase): string | null {
  for (let p: TestCase['parent'] | null = test.parent; p; p = p.type === 'suite' ? p.parent : null) {
    const errors = p.errors();
    if (errors.length) return firstLine(errors);
  }
  return null;
}

export default class SummaryReporter implements Reporter {
  /** Where the summary goes: run-tests.mjs names it, so a stale one from another run is never read. */
  private readonly outputFile = process.env.GLOSS_VITEST_SUMMARY ?? '.tmp/vitest-summary.json';

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<{ message?: string }>): void {
    const summary: VitestSummary = { passed: 0, failed: [], skipped: [] };
    for (const mod of modules) {
      const tests = [...mod.children.allTests()];
      // A file that failed to load, or whose top-level hooks threw, may have no test to carry it.
      if (mod.errors().length && !tests.length)
        summary.failed.push({ name: mod.relativeModuleId, message: firstLine(mod.errors()) });
      for (const test of tests) {
        const result = test.result();
        const name = `${mod.relativeModuleId} > ${test.fullName}`;
        if (result.state === 'passed') summary.passed++;
        else if (result.state === 'failed') summary.failed.push({ name, message: firstLine(result.errors) });
        else {
          const broken = failedAncestor(test);
          if (broken) summary.failed.push({ name, message: `not run: ${broken}` });
          else if (result.state === 'skipped')
            summary.skipped.push({
              name,
              reason: result.note ?? `marked ${test.options.mode} in code (the name should say why)`,
            });
          else summary.failed.push({ name, message: 'never finished' });
        }
      }
    }
    for (const err of unhandled) summary.failed.push({ name: 'unhandled error', message: firstLine([err]) });
    writeFileSync(this.outputFile, JSON.stringify(summary, null, 2));
  }
}
