// Writes each jest run's totals to $HUB_TEST_RESULTS_DIR (one JSON file per run), so that .ci/run can
// print one "N passed, N failed" line over every workspace and both databases, and the failures above it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const dir = process.env.HUB_TEST_RESULTS_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const name = `${path.basename(process.cwd())}-${process.pid}-${Date.now()}.json`;
    writeFileSync(
      path.join(dir, name),
      JSON.stringify({
        workspace: process.cwd(),
        database: process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite',
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
        // What failed, briefly: CI prints these last, where a truncated log still shows them.
        failures: results.testResults.flatMap((file) => [
          ...(file.testExecError
            ? [{ test: path.relative(process.cwd(), file.testFilePath), message: file.testExecError.message }]
            : []),
          ...file.testResults
            .filter((test) => test.status === 'failed')
            .map((test) => ({
              test: `${path.relative(process.cwd(), file.testFilePath)} > ${test.fullName}`,
              message: test.failureMessages.join('\n'),
            })),
        ]),
      }),
    );
  }
}
