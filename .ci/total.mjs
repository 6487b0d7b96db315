// Sums the Vitest and Playwright JSON reports into CI's closing line. A missing report
// counts as a failure: a runner that crashed before writing it ran nothing we can count.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`${file}: no report (the runner did not finish)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats) {
    // Playwright
    passed += report.stats.expected + report.stats.flaky;
    if (report.stats.flaky > 0) console.error(`e2e: ${report.stats.flaky} flaky (passed on retry)`);
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    failed += (report.errors ?? []).length;
  } else {
    // Vitest
    passed += report.numPassedTests;
    failed +=
      report.numFailedTests +
      (report.numFailedTestSuites > 0 && report.numFailedTests === 0
        ? report.numFailedTestSuites
        : 0);
    skipped += report.numPendingTests + report.numTodoTests;
  }
}
// Lint is not a test runner, but a lint failure fails CI: count it so the line says so.
if (process.env.LINT_FAILED === '1') {
  console.error('lint: failed (npm run lint)');
  failed += 1;
}
console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
