import { describe, expect, it } from "vitest";
import { parseReportText } from "./index.js";
import { compareFacts } from "./testing/compareFacts.js";
import { SAMPLES, casesIn, hasSamples } from "./testing/fixtures.js";

// The real issues in ../shared/samples (not part of the project; skipped where absent).
describe.skipIf(!hasSamples)("the shared samples", () => {
  it.each(casesIn(SAMPLES).map((c) => [c.name, c] as const))("%s matches its facts N/N", (_name, c) => {
    const r = compareFacts(c.expected, parseReportText(c.text).facts);
    expect(r.misses).toEqual([]);
    expect(r.matched).toBe(r.checked);
    expect(r.checked).toBeGreaterThan(50);
  });
});
