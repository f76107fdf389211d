// Prints one plain closing line, "N passed, N failed", after the browser tests,
// so a CI log states its result in the same words whatever the runner.

function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      let brokenFiles = 0;
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) brokenFiles += 1;
      }
      counts.failed += brokenFiles;
      const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
      process.stdout.write(`\nBrowser tests: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
    },
  };
}
