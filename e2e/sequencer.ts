import { BaseSequencer, type TestSpecification } from "vitest/node";

/** The browser tests (e2e/web/, all but the pure units.test.ts) take by far the longest. */
const BROWSER = /[\\/]e2e[\\/]web[\\/](?!units\.)[^\\/]+\.test\.ts$/;

/**
 * Vitest's order (failed first, then longest first by the cached durations; in a fresh
 * clone, without a cache, largest file first), except that the browser tests always
 * start first: picked up last by a worker, one alone would stretch the run by minutes.
 */
export class BrowserTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => BROWSER.test(f.moduleId)), ...sorted.filter((f) => !BROWSER.test(f.moduleId))];
  }
}
