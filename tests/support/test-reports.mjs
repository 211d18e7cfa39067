// Reading the runners' reports for scripts/run-tests.mjs, apart so that a unit test can feed it
// reports of real runs that went wrong in each way the summary line must not hide.

/** Playwright's JSON report: errors outside tests count, and a test not run after a failure fails. */
export function fromPlaywright(report) {
  const out = { passed: 0, failed: [], skipped: [] };
  for (const e of report.errors ?? [])
    out.failed.push({ name: 'outside any test', message: String(e.message ?? e).split('\n')[0] });
  const walk = (suite, trail) => {
    const here = suite.title ? [...trail, suite.title] : trail;
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests) {
        const name = [...here, spec.title].join(' > ');
        if (t.status === 'expected' || t.status === 'flaky') out.passed++;
        else if (t.status === 'skipped' && t.expectedStatus === 'skipped') {
          const reason = t.annotations.find((a) => a.type === 'skip' || a.type === 'fixme')?.description;
          out.skipped.push({ name, reason: reason ?? 'skipped in code, no reason given' });
        } else if (t.status === 'skipped')
          out.failed.push({ name, message: 'not run (an earlier hook or test in its group failed)' });
        else {
          const error = t.results.at(-1)?.error?.message ?? t.status;
          out.failed.push({ name, message: error.split('\n')[0] });
        }
      }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return out;
}
