// Prints one line per engine, then one closing line that counts every test in every browser:
// "Chrome: N passed, N failed, N skipped", …, "Tests: N passed, N failed, N skipped (3 engines)".
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      const byEngine = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!byEngine.has(name)) byEngine.set(name, { passed: 0, failed: 0, skipped: 0 });
        const count = byEngine.get(name);
        const add = (key) => {
          count[key]++;
          total[key]++;
        };
        const walk = (suite) => {
          for (const t of suite?.tests ?? []) add(t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed');
          for (const s of suite?.suites ?? []) walk(s);
        };
        walk(session.testResults);
        // A file that crashed before its tests ran counts as one failure, never as silence.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) add('failed');
      }
      const line = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
      // Printed after the default reporter's summary, so CI reads the total as the last word.
      setTimeout(() => {
        for (const [name, count] of byEngine) console.log(`${name}: ${line(count)}`);
        console.log(`Tests: ${line(total)} (${byEngine.size} engine${byEngine.size === 1 ? '' : 's'})`);
      }, 0);
    },
  };
}
