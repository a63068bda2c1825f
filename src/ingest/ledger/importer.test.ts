import { writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { Store } from "../../store/index.js";
import { storeFactories } from "../../store/testing.js";
import { writeCaseExport } from "./generator.js";
import { importLedger } from "./importer.js";
import { directYtd, freshLedgerStore, generatedCases, storedYtd } from "./testing.js";

const YEAR = 2023;
const ROWS = 30_000;

describe.each(storeFactories())("case import on $name", (factory) => {
  const t = freshLedgerStore(factory);

  const ytd = (asOf: string) => storedYtd(t.store, t.centerId, asOf);
  const load = (file: string, extra: Partial<Parameters<typeof importLedger>[2]> = {}) => importLedger(t.store, t.centerId, { ledger: "cases", file, ...extra });

  it("gives year-to-date figures equal to a direct count of the generated ledger", async () => {
    const file = join(t.dir, "2023.csv");
    const opts = { year: YEAR, rows: ROWS, seed: 7 };
    const n = await writeCaseExport(file, opts);
    const r = await load(file, { batchSize: 7_000, parseInWorker: true }); // the path of files ≥ 32 MB
    expect(r).toMatchObject({ rows: n, inserted: n, rejected: 0, batches: Math.ceil(n / 7_000), encoding: "utf8" });
    const cases = generatedCases(opts);
    for (const asOf of ["2023-01-06", "2023-06-30", "2023-12-15", "2023-12-31"]) expect(await ytd(asOf)).toEqual(directYtd(cases, asOf));
    // Carry-over: cases accepted in 2022 and completed in January make completed exceed accepted.
    expect(cases.some((c) => c.acceptedAt < "2023")).toBe(true);
    const jan = await ytd("2023-01-20");
    expect(jan.licensing.completed).toBeGreaterThan(jan.licensing.accepted);
    expect(jan.publicService.completed).toBeGreaterThan(jan.publicService.accepted);
    const year = await ytd("2023-12-31");
    expect(year.licensing.accepted / ROWS).toBeCloseTo(0.036, 2);
    expect(year.otherPower.accepted / ROWS).toBeCloseTo(0.003, 2);
    const checks = await t.store.ledger.recount(t.centerId, "2023-01-01", "2023-12-31");
    for (const c of checks) expect((await t.store.ledger.sums(t.centerId, "2023-01-01", "2023-12-31")).find((s) => s.category === c.category && s.measure === c.measure)?.n).toBe(c.n);
  });

  it("adds nothing when a file is imported again, and updates cases an overlapping export completes", async () => {
    const early = join(t.dir, "to-june.csv");
    const full = join(t.dir, "full.csv");
    const opts = { year: YEAR, rows: 12_000, seed: 3 };
    await writeCaseExport(early, { ...opts, asOf: "2023-06-30" });
    await writeCaseExport(full, opts);
    const first = await load(early);
    const again = await load(early);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: first.rows });
    expect(await t.store.ledger.rowCount(t.centerId, "cases")).toBe(first.inserted);

    // The full-year export repeats the first half (some cases now completed) and adds the rest.
    const merged = await load(full);
    expect(merged.updated).toBeGreaterThan(0);
    expect(merged.inserted + merged.updated + merged.unchanged).toBe(merged.rows);
    const cases = generatedCases(opts);
    expect(await ytd("2023-12-31")).toEqual(directYtd(cases, "2023-12-31"));
    expect(await t.store.ledger.rowCount(t.centerId, "cases")).toBe(new Set(cases.map((c) => c.caseNo)).size);
    const twice = await load(full);
    expect(twice).toMatchObject({ inserted: 0, updated: 0 });
    expect(await ytd("2023-12-31")).toEqual(directYtd(cases, "2023-12-31"));
  });

  it("reads a GB18030 file, a UTF-8 file with BOM and an XLSX file like their UTF-8 twin", async () => {
    const opts = { year: YEAR, rows: 4_000, seed: 11 };
    const figures = async (s: Store, id: number) => {
      const sums = await s.ledger.sums(id, "2022-01-01", "2023-12-31", { byDepartment: true });
      return { rows: await s.ledger.rowCount(id, "cases"), sums: sums.map((x) => `${x.departmentId}.${x.category}.${x.measure}=${x.n}`).sort() };
    };
    const twin = join(t.dir, "utf8.csv");
    await writeCaseExport(twin, opts);
    await load(twin);
    const expected = await figures(t.store, t.centerId);
    expect(expected.rows).toBe(generatedCases(opts).length);
    for (const [name, format] of [
      ["gbk.csv", { encoding: "gb18030" as const }],
      ["bom.csv", { encoding: "utf8" as const, bom: true }],
      ["book.xlsx", { format: "xlsx" as const }],
    ] as const) {
      const other = await factory.open();
      const center = await other.centers.default();
      await other.departments.seed(center.id);
      const file = join(t.dir, name);
      await writeCaseExport(file, { ...opts, ...format });
      const r = await importLedger(other, center.id, { ledger: "cases", file });
      expect(r.rejected, name).toBe(0);
      expect(r.encoding).toBe("format" in format ? null : format.encoding);
      expect(await figures(other, center.id), name).toEqual(expected);
      await other.close();
    }
  });

  it("reports each malformed row with its line and a reason, and takes the rest", async () => {
    const lines = [
      "办件编号,事项名称,事项类型,部门,受理时间,办结时间",
      "A001,发票领用,公共服务,四川省税务局,2023-03-01 09:10:00,2023-03-01 09:30:00",
      "A002,发票领用,便民服务,四川省税务局,2023-03-01 09:11:00,",
      "A003,发票领用,公共服务,火星事务局,2023-03-01 09:12:00,",
      "A004,发票领用,公共服务,税务局,2023-02-30 09:13:00,",
      "A005,发票领用,公共服务,税务局,2023-03-02 09:14:00,2023-03-01 10:00:00",
      "",
      '"A006","食品生产许可,含变更",行政许可,省市场监管局,2023/3/2 10:00,"2023-03-20 11:00:00"',
      '"A007","名称里有',
      '换行的事项",行政强制, 省市场监管局 ,2023年3月3日,',
      "A008,发票领用,公共服务",
      ",,,,,",
      '"A009,发票领用,公共服务,税务局,2023-03-06 09:00:00,',
      "A010,发票领用,其它行政权力,应急厅,2023-03-06 09:00:00,2023-03-06 10:00:00",
      ",发票领用,公共服务,税务局,2023-03-06 09:00:00,",
      "A011,发票领用,公共服务,税务局,2023-03-07 09:00:00", // no trailing 办结时间 column at all: fine
    ];
    const file = join(t.dir, "bad-rows.csv");
    writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    const rejects = join(t.dir, "rejects.csv");
    const r = await load(file, { rejectsFile: rejects });
    expect(r.inserted).toBe(5); // A001, A006, A007, A010, A011
    expect(r.rejections.map((x) => x.line)).toEqual([3, 4, 5, 6, 11, 13, 15]);
    const reason = (line: number) => r.rejections.find((x) => x.line === line)!.reason;
    expect(reason(3)).toContain("事项类型“便民服务”");
    expect(reason(4)).toContain("部门“火星事务局”不在部门名录中");
    expect(reason(5)).toContain("受理时间“2023-02-30 09:13:00”不是有效的日期");
    expect(reason(6)).toContain("早于受理时间");
    expect(reason(11)).toContain("列数不足");
    expect(reason(13)).toMatch(/第 13 行.*引号/);
    expect(reason(15)).toContain("办件编号为空");
    expect(r.rows).toBe(12);
    const sums = await t.store.ledger.sums(t.centerId, "2023-01-01", "2023-12-31");
    expect(sums.find((s) => s.category === "otherPower" && s.measure === "accepted")?.n).toBe(2);
    expect(iconv.decode(await import("node:fs").then((fs) => fs.readFileSync(rejects)), "utf8").split("\n").filter(Boolean)).toHaveLength(8);
  });

  it("takes a case number however the export spells it as one case, and keeps unlike numbers apart", async () => {
    const file = join(t.dir, "spellings.csv");
    const header = "办件编号,事项名称,事项类型,部门,受理时间,办结时间";
    const rows = [
      "5100002023010300000001,不动产登记,公共服务,自然资源厅,2023-01-03 09:00:00,",
      "SZ-0042,营业执照,行政许可,市场监管局,2023-01-03 10:00:00,",
      "SZ-042,营业执照,行政许可,市场监管局,2023-01-03 10:05:00,",
      "川办字第七号,营业执照,行政许可,市场监管局,2023-01-03 10:10:00,",
      // The same three cases again: Excel's text marker, a leading quote, spaces; now completed.
      '="5100002023010300000001",不动产登记,公共服务,自然资源厅,2023-01-03 09:00:00,2023-01-04 10:00:00',
      "'SZ-0042,营业执照,行政许可,市场监管局,2023-01-03 10:00:00,2023-01-05 10:00:00",
      " 川办字第七号 ,营业执照,行政许可,市场监管局,2023-01-03 10:10:00,2023-01-05 11:00:00",
    ];
    writeFileSync(file, [header, ...rows].join("\n") + "\n");
    const r = await load(file);
    expect(r.rejections).toEqual([]);
    expect(r).toMatchObject({ rows: 7, rejected: 0, inserted: 4 });
    expect(await t.store.ledger.rowCount(t.centerId, "cases")).toBe(4);
    expect(await ytd("2023-12-31")).toMatchObject({ licensing: { accepted: 3, completed: 2 }, publicService: { accepted: 1, completed: 1 } });
    expect([...(await t.store.ledger.casePrefixes(t.centerId)).keys()].sort()).toEqual(["0|川办字第七号", "15|5100002", "3|SZ-", "4|SZ-"]);
    // Again: the figures stay (the file itself updates its first rows by its later ones).
    expect(await load(file)).toMatchObject({ inserted: 0 });
    expect(await ytd("2023-12-31")).toMatchObject({ licensing: { accepted: 3, completed: 2 }, publicService: { accepted: 1, completed: 1 } });
    expect(await t.store.ledger.rowCount(t.centerId, "cases")).toBe(4);
  });

  it("reports a bad file found by the reading thread like one found in-process", async () => {
    const file = join(t.dir, "no-kind.csv");
    writeFileSync(file, "办件编号,部门,受理时间\nA1,民政厅,2023-01-03\n");
    await expect(load(file, { parseInWorker: true })).rejects.toMatchObject({ code: "ledger.bad-mapping", message: expect.stringContaining("事项类型") });
    expect(await t.store.ledger.imports(t.centerId)).toEqual([]);
  });

  it.each([
    ["empty.csv", "", "ledger.bad-file", "是空的"],
    ["blank.csv", "\n\n  \n", "ledger.bad-file", "是空的"],
    ["picture.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "ledger.bad-file", "二进制"],
    ["old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "ledger.bad-file", ".xls"],
    ["prose.csv", "本周大厅运行平稳。\n各窗口按时到岗。\n", "ledger.bad-file", "不是 CSV 或 XLSX 表格"],
    ["header-only.csv", "办件编号,事项名称,事项类型,部门,受理时间,办结时间\n", "ledger.bad-file", "只有表头"],
    ["no-kind.csv", "办件编号,部门,受理时间\nA1,民政厅,2023-01-03\n", "ledger.bad-mapping", "缺少必需的列：事项类型"],
    ["broken.xlsx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]), "ledger.bad-file", "XLSX"],
  ])("refuses %s with %s and writes nothing", async (name, content, code, text) => {
    const file = join(t.dir, name);
    writeFileSync(file, content);
    await expect(load(file)).rejects.toMatchObject({ code, message: expect.stringContaining(text) });
    expect(await t.store.ledger.rowCount(t.centerId, "cases")).toBe(0);
    expect(await t.store.ledger.imports(t.centerId)).toEqual([]);
  });

  it("uses a column mapping given once and saved for the source", async () => {
    const file = join(t.dir, "other-headers.csv");
    writeFileSync(file, "申报号,实施主体,权力类型,受理日期,办结日期\nX1,民政厅,公共服务,2023-05-04,2023-05-04\nX2,应急厅,行政检查,2023-05-05,\n");
    await expect(load(file)).resolves.toMatchObject({ inserted: 2 }); // all synonyms known
    const renamed = join(t.dir, "renamed.csv");
    writeFileSync(renamed, "编号（平台）,单位,类别,日期\nY1,民政厅,行政许可,2023-05-06\n");
    await expect(load(renamed)).rejects.toMatchObject({ code: "ledger.bad-mapping" });
    const mapping = { caseNo: "编号(平台)", department: "单位", kind: "类别", acceptedAt: "日期" };
    await expect(load(renamed, { source: "市级平台", mapping })).resolves.toMatchObject({ inserted: 1 });
    expect(await t.store.ledger.source(t.centerId, "cases", "市级平台")).toEqual(mapping);
    writeFileSync(renamed, "编号（平台）,单位,类别,日期\nY2,民政厅,行政许可,2023-05-08\n");
    await expect(load(renamed, { source: "市级平台" })).resolves.toMatchObject({ inserted: 1 });
  });
});
