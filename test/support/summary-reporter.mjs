// Prints one closing line that counts every test in every browser: "Tests: N passed, N failed, N skipped".
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const count = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) count[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that crashed before its tests ran counts as one failure, never as silence.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) count.failed++;
      }
      // Printed after the default reporter's summary, so CI reads it as the last word.
      setTimeout(() => console.log(`Tests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`), 0);
    },
  };
}
