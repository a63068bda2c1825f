import { describe, expect, it } from "vitest";
import { fuzz } from "./harness.js";
import { FORMATS } from "./seeds.js";

/**
 * The fuzzer's own check in `npm test`: mutated files through all six importers, each
 * input on a thread the harness can kill; every input accepted or refused with a
 * documented code, no crash, no hang. The inputs are the first INPUTS of `npm run fuzz --
 * --seed 20261201`, the same every run (10 of each format). CI's seeded pass (issue 20) is
 * the first 2,400 of the same seed, run by .ci/run after the suite as `npm run fuzz:ci`
 * (about 100 s of both cores, a third of the suite's 5-minute budget of issue 17). A
 * failure names the input by index; `npm run fuzz -- --seed 20261201 --from N --count N+1`
 * writes it out.
 */
const SEED = 20261201;
const INPUTS = 10 * FORMATS.length;

describe("fuzzing the importers", () => {
  it(`gets through ${INPUTS} mutated files without a crash or a hang`, async () => {
    const r = await fuzz({ seed: SEED, count: INPUTS, budgetMs: 60_000 });
    console.log(`fuzz: ${r.count} inputs in ${r.seconds.toFixed(1)} s`);
    const findings = r.findings.map((f) => `#${f.index} ${f.format} (${f.seed}: ${f.mutations.join(" + ")}): ${f.outcome.class} ${"error" in f.outcome ? f.outcome.error : ""}`);
    expect(findings).toEqual([]);
    expect([r.count, r.stopped]).toEqual([INPUTS, false]);
    for (const f of FORMATS) expect(r.byFormat[f].inputs, f).toBe(INPUTS / FORMATS.length);
    const total = (k: "accepted" | "refused" | "crash" | "hang") => FORMATS.reduce((n, f) => n + r.byFormat[f][k], 0);
    expect(total("crash") + total("hang")).toBe(0);
    // Both outcomes occur: the mutations reach the importers, and damaged seeds still import.
    expect(total("accepted")).toBeGreaterThan(0);
    expect(total("refused")).toBeGreaterThan(0);
  }, 300_000);

  it("resumes a stopped run where it ended: --from N runs inputs N to count − 1, the same inputs by index", async () => {
    const r = await fuzz({ seed: SEED, count: 8, from: 5, budgetMs: 60_000 });
    expect([r.count, r.stopped]).toEqual([3, false]);
    // Input i is of format i mod 6: inputs 5, 6 and 7 are one xlsx, one txt and one pdf.
    expect(FORMATS.filter((f) => r.byFormat[f].inputs > 0)).toEqual([FORMATS[5], FORMATS[0], FORMATS[1]].sort((a, b) => FORMATS.indexOf(a) - FORMATS.indexOf(b)));
  });
});
