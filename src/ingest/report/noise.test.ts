import { describe, expect, it } from "vitest";
import { parseReportText } from "./index.js";
import { NOISE_VARIANTS, brokenLines, pageBreaks } from "./noise.js";
import { compareFacts } from "./testing/compareFacts.js";
import { FIXTURES, SAMPLES, casesIn } from "./testing/fixtures.js";

const cases = [...casesIn(FIXTURES), ...casesIn(SAMPLES)];
const grid = cases.flatMap((c) => Object.keys(NOISE_VARIANTS).map((v) => [c.name, v, c] as const));

describe("noise variants of the fixtures", () => {
  it.each(grid)("%s with %s noise gives the same facts and leaves nothing unparsed", (_name, variant, c) => {
    const noisy = NOISE_VARIANTS[variant](c.text);
    expect(noisy).not.toBe(c.text);
    const { facts } = parseReportText(noisy);
    const r = compareFacts({ ...c.expected, unparsed: [] }, facts);
    expect(r.misses).toEqual([]);
  });

  it("really adds the noise it names", () => {
    const text = "一、政务工作动态\n1.商务厅会同省发展改革委召开全省外资企业圆桌会，围绕外资项目落地、跨境投资便利化和外籍人员服务保障等问题听取企业意见。";
    const broken = brokenLines(text, 20).split("\n");
    expect(broken.filter((l) => l === "").length).toBeGreaterThan(2);
    expect(broken.every((l) => !/^[，。、]/.test(l))).toBe(true);
    expect(pageBreaks(text, 1)).toContain("窗 口 工 作 周 报");
    expect(NOISE_VARIANTS["mixed-widths"]("其它工作 （1） 12")).not.toBe("其它工作 （1） 12");
    expect(NOISE_VARIANTS["short-names"]("应急管理厅")).toBe("应急厅");
  });
});
