import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeRenderer, renderPdf } from "../index.js";
import { BrowserPool, FULL_CHROMIUM, HEADLESS_SHELL } from "./browser.js";
import { fixture2022, fixture2023 } from "../fixtures.js";
import { chromiumAvailable, firstOutOfOrder, pdfPixels, pdfText } from "../testing.js";
import { parseReportText, readReport } from "../../ingest/report/index.js";
import { compareFacts } from "../../ingest/report/testing/compareFacts.js";
import { SAMPLES, hasSamples } from "../../ingest/report/testing/fixtures.js";
import { buildDocumentModel } from "../build/buildDocument.js";
import { pdfOfModel } from "./renderPdf.js";
import { SEED_DEPARTMENTS } from "../../domain/index.js";

const hasChromium = chromiumAvailable();

/** Every string and number of a Facts JSON, as it prints (text folded like compare-facts). */
function printedFacts(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => printedFacts(x, out));
  else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) if (!["level", "kind", "items", "month", "base", "rank", "year", "seq", "total", "start", "end", "publishedOn", "date", "from", "asOf"].includes(k) || typeof x === "object") printedFacts(x, out);
  } else if (typeof v === "number") out.push(String(v));
  else if (typeof v === "string") out.push(v.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）").replace(/,/g, "，").replace(/:/g, "："));
  return out;
}

describe.skipIf(!hasChromium)("PDF", () => {
  afterAll(() => closeRenderer());

  it("prints every heading, figure and the 版记 in order (2023 generation)", async () => {
    const text = pdfText(await renderPdf(fixture2023()));
    expect(
      firstOutOfOrder(text, [
        "窗口工作周报",
        "2023年第49期（总第469期）",
        "2023年12月26日",
        "（12月11日—12月15日）",
        "一、惠企政策直达快享专项行动",
        "国家清单共123个事项，其中免申即享122项、快申快享1项",
        "二、政务工作动态",
        "三、厅（局）长进大厅",
        "四、综窗改革攻坚行动",
        "（一）省本级综窗办件情况",
        "累计咨询74716次、受理23151件、颁发171523件、流转312870件",
        "（二）事项授权及受理手册编制推进情况",
        "共完成1082个办理项的受理工作手册编制，占比65.77%",
        "（三）其它工作开展情况",
        "附件",
        "自然资源厅",
        "四川地震局",
        "送：省中心领导、省级相关部门（单位）。",
        "（共印91份）",
      ]),
    ).toBeNull();
    expect(text).toContain("—1—");
  }, 120_000);

  it("prints the 2022 generation with platform stats, leader visits and the inspection", async () => {
    const text = pdfText(await renderPdf(fixture2022()));
    expect(
      firstOutOfOrder(text, [
        "政务服务工作",
        "（9月13日—9月16日）",
        "省本级行政许可事项受理617058件，办结611244件；公共服务事项受理19691982件，办结7463962件，其它九类行权事项受理49602件，累计办结50398件",
        "三、大厅巡查情况",
        "（一）按时到岗情况。总体情况良好。",
        "报：中心领导。",
        "（共印80份）",
      ]),
    ).toBeNull();
  }, 120_000);

  it("escapes text typed by users", async () => {
    const doc = fixture2023();
    const news = doc.sections[1].content;
    if (news.kind !== "news") throw new Error("fixture changed");
    news.items[0].text = '<script>alert("x")</script><b>加粗</b>水利厅';
    const text = pdfText(await renderPdf(doc));
    expect(text).toContain('<script>alert("x")</script><b>加粗</b>水利厅');
  }, 120_000);

  it("prints two issues at once, each from its own HTML and font subsets", async () => {
    const a = fixture2022();
    const b = fixture2023();
    // Characters only one of the two issues has: each must come out of its own fonts.
    a.issuer = `${a.issuer}甲乙`;
    b.issuer = `${b.issuer}丙丁`;
    const [pa, pb] = await Promise.all([renderPdf(a), renderPdf(b)]);
    const [ta, tb] = [pdfText(pa), pdfText(pb)];
    expect(ta).toContain("2022年第31期");
    expect(ta).toContain("交易服务中心甲乙");
    expect(ta).not.toContain("2023年第49期");
    expect(tb).toContain("2023年第49期");
    expect(tb).toContain("交易服务中心丙丁");
    expect(tb).not.toContain("甲乙");
  }, 120_000);

  it("fails with a message naming the package when chromium is absent", async () => {
    const pool = new BrowserPool({ executablePath: "/nonexistent/chromium" });
    await expect(pdfOfModel(pool, buildDocumentModel(fixture2023()))).rejects.toMatchObject({
      code: "render.chromium-missing",
      message: expect.stringContaining("chromium"),
    });
  });
});

// Both of Debian's binaries: in CI they must be (.ci/run installs both).
describe.skipIf(!chromiumAvailable([HEADLESS_SHELL, FULL_CHROMIUM]))("the headless shell and the full chromium", () => {
  // The renderer prints with the headless shell when it is installed (defaultChromium):
  // the pages must be the ones the full browser prints, pixel for pixel.
  it("print the same pages, pixel for pixel", async () => {
    const model = buildDocumentModel(fixture2023());
    const pools = [new BrowserPool({ executablePath: HEADLESS_SHELL }), new BrowserPool({ executablePath: FULL_CHROMIUM })];
    try {
      const [shell, full] = (await Promise.all(pools.map((pool) => pdfOfModel(pool, model)))).map((pdf) => pdfPixels(pdf).map((png) => createHash("sha256").update(png).digest("hex")));
      expect(shell.length).toBeGreaterThanOrEqual(4);
      expect(shell).toEqual(full);
    } finally {
      await Promise.all(pools.map((pool) => pool.close()));
    }
  }, 120_000);
});

describe.skipIf(!hasChromium || !hasSamples)("the samples, imported and rendered to PDF", () => {
  afterAll(() => closeRenderer());
  it.each(["2022-31", "2023-02", "2023-49"])("%s: the PDF holds every fact and imports back to the same facts", async (name) => {
    const expected = JSON.parse(readFileSync(join(SAMPLES, `${name}.facts.json`), "utf8"));
    const { doc } = parseReportText(readFileSync(join(SAMPLES, `${name}.txt`), "utf8"));
    const pdf = await renderPdf(doc);
    const text = pdfText(pdf).replace(/\(/g, "（").replace(/\)/g, "）");
    // A department prints as the source wrote it: its canonical name or a short name (应急厅).
    const spellings = (f: string) => [f, ...(SEED_DEPARTMENTS.find((d) => d.name === f)?.aliases ?? [])];
    const missing = printedFacts(expected).filter((f) => !spellings(f).some((s) => text.includes(s)));
    expect(missing).toEqual([]);
    const back = compareFacts(expected, (await readReport({ name: `${name}.pdf`, bytes: pdf })).facts);
    expect(back.misses).toEqual([]);
  }, 120_000);
});
