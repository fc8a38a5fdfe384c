/**
 * Prints, at the end of a run, how many tests needed a retry and which: a test that passes only
 * on its retry is a defect to fix, not a pass (CI allows one retry so that it is seen, not hidden).
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class RetryReporter implements Reporter {
  private retried = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry > 0) this.retried.set(test.titlePath().slice(1).join(' › '), result.retry);
  }

  onEnd(result: FullResult): void {
    const n = this.retried.size;
    console.log(`\n[e2e] ${n} test${n === 1 ? '' : 's'} needed a retry${n ? ':' : ''} (status ${result.status})`);
    for (const [t, r] of this.retried) console.log(`  - ${t} (retry ${r})`);
  }
}
