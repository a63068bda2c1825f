import { describe, expect, it } from "vitest";
import { fuzz } from "./harness.js";
import { FORMATS } from "./seeds.js";

/**
 * The seeded fuzz pass of CI (issue 20): mutated files through all six importers, each
 * input on a thread the harness can kill. Every input must be accepted or refused with a
 * documented code: no crash, no hang. A failure names the input; replay it with
 * `npm run fuzz -- --seed 20261201 --count N` and the input's index, or write it out with --out.
 */
const SEED = 20261201;
const PER_FORMAT = 100;

describe("fuzzing the importers", () => {
  it(`gets through ${PER_FORMAT * FORMATS.length} mutated files without a crash or a hang`, async () => {
    const r = await fuzz({ seed: SEED, count: PER_FORMAT * FORMATS.length, budgetMs: 60_000, jobs: 2 });
    const findings = r.findings.map((f) => `#${f.index} ${f.format} (${f.seed}: ${f.mutations.join(" + ")}): ${f.outcome.class} ${"error" in f.outcome ? f.outcome.error : ""}`);
    expect(findings).toEqual([]);
    for (const f of FORMATS) {
      const t = r.byFormat[f];
      expect(t.inputs, f).toBe(PER_FORMAT);
      expect(t.crash + t.hang, f).toBe(0);
      // Both outcomes occur for every format: the mutations reach the importers, and the seeds still import.
      expect(t.accepted, f).toBeGreaterThan(0);
      expect(t.refused, f).toBeGreaterThan(0);
    }
  }, 600_000);
});
