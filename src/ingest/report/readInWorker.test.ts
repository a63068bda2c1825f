import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultRegistry, readReport, readReportInWorker, reportBudgetMs, reportReadsRunning } from "./index.js";
import { FIXTURES } from "./testing/fixtures.js";

const fixture = (name: string) => ({ name, bytes: readFileSync(join(FIXTURES, name)) });

describe("reading a past issue on a worker thread", () => {
  const saved = process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS;
  afterEach(() => {
    if (saved === undefined) delete process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS;
    else process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS = saved;
  });

  it("gives what readReport gives, from bytes and from a path, with the caller's departments", async () => {
    const options = { registry: defaultRegistry(), issuer: "测试中心" };
    const here = await readReport(fixture("2023-45.txt"), options);
    const there = await readReportInWorker(fixture("2023-45.txt"), options);
    // Section ids are fresh UUIDs at each read; everything else is the same.
    const { doc, ...rest } = there;
    expect(rest).toEqual({ facts: here.facts, problems: here.problems, source: here.source });
    expect(JSON.stringify(doc).replace(/"id":"[^"]+"/g, "")).toBe(JSON.stringify(here.doc).replace(/"id":"[^"]+"/g, ""));
    expect((await readReportInWorker(join(FIXTURES, "2023-45.txt"), options)).facts).toEqual(here.facts);
    expect(reportReadsRunning()).toBe(0);
  }, 60_000);

  it("brings refusals back with their code and message", async () => {
    await expect(readReportInWorker({ name: "空.txt", bytes: new Uint8Array() })).rejects.toMatchObject({ name: "ZhoubaoError", code: "import.empty", message: expect.stringMatching(/空文件/) });
    await expect(readReportInWorker(join(FIXTURES, "没有这个文件.txt"))).rejects.toMatchObject({ code: "import.unreadable" });
  }, 60_000);

  it("ends a read past its budget with import.too-slow", async () => {
    const big = Buffer.concat(Array.from({ length: 40 }, () => readFileSync(join(FIXTURES, "2023-45.txt"))));
    await expect(readReportInWorker({ name: "很长.txt", bytes: big }, {}, 1)).rejects.toMatchObject({ code: "import.too-slow", message: expect.stringMatching(/很长\.txt.*已停止/) });
    expect(reportReadsRunning()).toBe(0);
  }, 60_000);

  it("takes its budget from ZHOUBAO_IMPORT_TIME_BUDGET_MS, 20 s otherwise", () => {
    delete process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS;
    expect(reportBudgetMs()).toBe(20_000);
    process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS = "1500";
    expect(reportBudgetMs()).toBe(1500);
    process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS = "abc";
    expect(reportBudgetMs()).toBe(20_000);
  });
});
