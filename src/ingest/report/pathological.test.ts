import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isZhoubaoError } from "../../domain/index.js";
import { parseMappingOptions } from "../ledger/mapping.js";
import { readReport } from "./index.js";
import { documentXmlText } from "./extract/docx.js";
import { foldCells } from "./text/fold.js";
import { MAX_LINE_CHARS } from "./text/lines.js";
import { FIXTURES } from "./testing/fixtures.js";

/**
 * Hostile text must cost time in proportion to its length (issue 20): a regex that
 * retries a long run from each of its characters turns a 300 KB upload into a
 * minute of a blocked event loop. The bounds are generous (a linear pass takes
 * milliseconds, the quadratic ones took seconds to minutes) so a loaded machine
 * does not fail them; a return of the quadratic patterns does.
 */
const BOUND_MS = 2000;
const base = readFileSync(join(FIXTURES, "2023-45.txt"), "utf8");

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

async function importMs(text: string): Promise<number> {
  const start = performance.now();
  await readReport({ name: "hostile.txt", bytes: Buffer.from(text) });
  return performance.now() - start;
}

/** Runs of the characters the report patterns repeat, each just under the line cap. */
const RUNS: Record<string, string> = {
  "tabs then text": "\t".repeat(9990) + "字",
  "ideographic spaces then text": "\u3000".repeat(9990) + "字",
  "digits then text": "1".repeat(9990) + "字",
  "digits with separators": "1, ".repeat(3330) + "字",
  "pipes and dashes": "|---".repeat(2497) + "字",
  "markdown marks": "# > - ".repeat(1665) + "字",
  "full stops then text": "抄送：" + "。".repeat(9990) + "字",
  "dashes then spaces": "－" + " ".repeat(9990) + "字",
  "months and days": "1月1日—".repeat(1998) + "字",
  "book titles without end": "发布《".repeat(3330),
};

describe("hostile report text", () => {
  for (const [name, line] of Object.entries(RUNS)) {
    it(`imports 300 KB of ${name} in linear time`, async () => {
      const text = base + ("\n" + line).repeat(30);
      expect(text.length).toBeGreaterThan(290_000);
      expect(await importMs(text)).toBeLessThan(BOUND_MS);
    });
  }

  it("refuses a line over the cap with import.unreadable and its line number, at once", async () => {
    // The reported case: 306 KB, one line of 300,000 tabs, 48 s with /\s+$/.
    const text = base + "\n" + "\t".repeat(300_000) + "字\n";
    const start = performance.now();
    const err = await readReport({ name: "tabs.txt", bytes: Buffer.from(text) }).catch((e: unknown) => e);
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
    expect(isZhoubaoError(err) && err.code).toBe("import.unreadable");
    const lineNo = base.split("\n").length + 1;
    expect((err as Error).message).toContain(`第 ${lineNo} 行过长`);
    expect((err as Error).message).toContain("tabs.txt");
  });

  it("accepts a line of exactly the cap", async () => {
    const text = base + "\n" + "字".repeat(MAX_LINE_CHARS);
    await expect(readReport({ name: "long.txt", bytes: Buffer.from(text) })).resolves.toBeDefined();
  });
});

describe("hostile text beyond the line cap, for the patterns that run before it", () => {
  const n = 200_000;

  it("splits table cells of a long whitespace run without rescanning it", () => {
    const { ms, value } = timed(() => foldCells("\t".repeat(n) + "字"));
    expect(value).toBe("字");
    expect(ms).toBeLessThan(BOUND_MS);
    expect(foldCells("a | b |  | c")).toBe("a b c");
  });

  it("reads DOCX XML full of unclosed tags in linear time", () => {
    const { ms, value } = timed(() => documentXmlText("<w:p><w:r><w:t>附件</w:t></w:r></w:p>" + "<a ".repeat(n / 3)));
    expect(value).toBe("附件");
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("parses a column mapping with long space runs in linear time", () => {
    const { ms, value } = timed(() => parseMappingOptions("cases", ["部门=" + " ".repeat(n) + "实施主体 "]));
    expect(value).toEqual({ department: "实施主体" });
    expect(ms).toBeLessThan(BOUND_MS);
    const refused = timed(() => {
      try {
        parseMappingOptions("cases", ["部门" + " ".repeat(n) + "x"]);
      } catch (err) {
        return err;
      }
    });
    expect(isZhoubaoError(refused.value) && refused.value.code).toBe("ledger.bad-mapping");
    expect(refused.ms).toBeLessThan(BOUND_MS);
  });
});
