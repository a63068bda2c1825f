import { describe, expect, it } from "vitest";
import { HolidayCalendar } from "../../domain/calendar/holidayCalendar.js";
import { joinCaseNo, prefixKey, splitCaseNo } from "../../domain/ledger/caseNumber.js";
import { ByteDict } from "./byteDict.js";
import { CasePrefixes } from "./casePrefixes.js";
import { normalizeCaseNo } from "./caseRows.js";
import { caseCategory, deskMeasure, OTHER_POWER_KINDS } from "./categories.js";
import { dayOfBytes, dayOfCell, dayOfText } from "./dates.js";
import { sniff } from "./encoding.js";
import { matchHeader, parseMappingOptions } from "./mapping.js";
import { generatedCases } from "./testing.js";

describe("categories", () => {
  it("maps 事项类型 to the three categories and nothing else", () => {
    expect(caseCategory("行政许可")).toBe("licensing");
    expect(caseCategory(" 公共服务事项 ")).toBe("publicService");
    for (const k of [...OTHER_POWER_KINDS, "其它行政权力"]) expect(caseCategory(k)).toBe("otherPower");
    for (const k of ["", "便民服务", "行政"]) expect(caseCategory(k)).toBeNull();
    expect(deskMeasure("出件")).toBe("issued");
    expect(deskMeasure("盖章")).toBeNull();
  });
});

describe("dates", () => {
  it("reads the spellings exports use, and refuses impossible dates", () => {
    expect(dayOfText("2023-12-15 09:30:00")).toBe(20231215);
    expect(dayOfText("2023/1/3 9:12")).toBe(20230103);
    expect(dayOfText("2023年1月3日 9时")).toBe(20230103);
    expect(dayOfText("2023.01.03")).toBe(20230103);
    expect(dayOfText("20230103")).toBe(20230103);
    expect(dayOfText("2024-02-29")).toBe(20240229);
    for (const bad of ["2023-02-29", "2023-13-01", "昨天", "", "1899-12-31"]) expect(dayOfText(bad)).toBe(0);
    const b = Buffer.from("x,2023-12-15 09:30:00,2023/12/16,2023-1-3");
    expect(dayOfBytes(b, 2, 21)).toBe(20231215);
    expect(dayOfBytes(b, 22, 32)).toBe(20231216);
    expect(dayOfBytes(b, 33, 41)).toBe(-1);
    expect(dayOfCell(new Date(Date.UTC(2023, 11, 15, 23, 59)))).toBe(20231215);
    expect(dayOfCell(45275.75)).toBe(20231215);
  });
});

describe("encoding", () => {
  it("tells UTF-8 (with or without BOM), GB18030, UTF-16 and XLSX apart", () => {
    expect(sniff(Buffer.from("\uFEFF办件编号,部门"), "a")).toEqual({ format: "csv", encoding: "utf8", bom: 3 });
    expect(sniff(Buffer.from("办件编号,部门"), "a")).toEqual({ format: "csv", encoding: "utf8", bom: 0 });
    expect(sniff(Buffer.from([0xb0, 0xec, 0xbc, 0xfe, 0x2c]), "a")).toEqual({ format: "csv", encoding: "gb18030", bom: 0 });
    expect(sniff(Buffer.from([0xff, 0xfe, 0x1e, 0x52]), "a")).toMatchObject({ encoding: "utf16le", bom: 2 });
    expect(sniff(Buffer.from("PK\x03\x04rest"), "a")).toEqual({ format: "xlsx" });
    // A UTF-8 character cut at the end of the sample is not taken for GB18030.
    expect(sniff(Buffer.from("办件编号").subarray(0, 4), "a")).toMatchObject({ encoding: "utf8" });
  });
});

describe("column mapping", () => {
  it("finds the usual headers and their synonyms, folding spaces and brackets", () => {
    expect(matchHeader("cases", ["办件编号", "事项名称", "事项类型", "部门", "受理时间", "办结时间"], {})).toEqual({
      caseNo: 0, matter: 1, kind: 2, department: 3, acceptedAt: 4, completedAt: 5,
    });
    expect(matchHeader("cases", ["*申报号", " 实施主体 ", "权力类型", "受理日期"], {})).toMatchObject({ caseNo: 0, department: 1, completedAt: -1, matter: -1 });
    expect(matchHeader("cases", ["办件编号", "部门"], {})).toBeNull();
    expect(matchHeader("cases", ["编号（平台）", "类别", "单位", "日期"], { caseNo: "编号(平台)", kind: "类别", department: "单位", acceptedAt: "日期" })).toMatchObject({ caseNo: 0 });
  });

  it("reads --map options by Chinese or English field name", () => {
    expect(parseMappingOptions("cases", ["办件编号=申报号", "department = 实施主体"])).toEqual({ caseNo: "申报号", department: "实施主体" });
    expect(() => parseMappingOptions("cases", ["火星=列"])).toThrow(/列映射“火星=列”不对/);
    expect(() => parseMappingOptions("desk", ["办件编号"])).toThrow(expect.objectContaining({ code: "ledger.bad-mapping" }));
  });
});

describe("ByteDict", () => {
  it("looks up byte ranges exactly, also after growing", () => {
    const d = new ByteDict<number>();
    const words = Array.from({ length: 1000 }, (_, i) => Buffer.from(`部门${i}`));
    words.forEach((w, i) => d.set(w, 0, w.length, i));
    words.forEach((w, i) => expect(d.get(w, 0, w.length)).toBe(i));
    const b = Buffer.from("xx部门42yy");
    expect(d.get(b, 2, b.length - 2)).toBe(42);
    expect(d.get(b, 2, b.length - 3)).toBe(4);
    expect(d.get(Buffer.from("部门1000"), 0, 10)).toBeUndefined();
    // Keys are copies: the reader reuses its buffer for the next chunk.
    const reused = Buffer.from("民政厅,应急管理厅");
    d.set(reused, 0, 9, 7);
    reused.fill(0x41);
    expect(d.get(Buffer.from("民政厅"), 0, 9)).toBe(7);
    expect(d.size).toBe(1001);
  });
});

describe("normalizeCaseNo", () => {
  it("removes Excel's text markers", () => {
    expect(normalizeCaseNo('="5100002023"')).toBe("5100002023");
    expect(normalizeCaseNo("'5100002023 ")).toBe("5100002023");
    expect(normalizeCaseNo("SC-001")).toBe("SC-001");
  });
});

describe("generator", () => {
  const cases = generatedCases({ year: 2023, rows: 50_000, seed: 1 });
  const cal = new HolidayCalendar();

  it("has the sample center's category shares", () => {
    const share = (k: (kind: string) => boolean) => cases.filter((c) => c.acceptedAt >= "2023" && k(c.kind)).length / 50_000;
    expect(share((k) => k === "行政许可")).toBeCloseTo(0.036, 2);
    expect(share((k) => k === "公共服务")).toBeCloseTo(0.961, 2);
    expect(share((k) => caseCategory(k) === "otherPower")).toBeCloseTo(0.003, 2);
    expect(cases.filter((c) => c.acceptedAt >= "2023")).toHaveLength(50_000);
  });

  it("accepts on working days in office hours, in case-number order, and never completes before accepting", () => {
    for (const c of cases.slice(0, 5_000)) {
      expect(cal.isWorkday(c.acceptedAt.slice(0, 10))).toBe(true);
      expect(c.acceptedAt.slice(11) >= "09:00:00" && c.acceptedAt.slice(11) < "17:00:00" && !c.acceptedAt.startsWith("12", 11)).toBe(true);
      if (c.completedAt) expect(c.completedAt > c.acceptedAt).toBe(true);
    }
    expect(cases.every((c, i) => i === 0 || cases[i - 1].caseNo < c.caseNo)).toBe(true);
    expect(cases.some((c) => c.department !== c.department.replace(/^省/, "") || c.department === "税务局")).toBe(true); // aliases appear
  });
});

describe("case numbers", () => {
  const NUMBERS = ["5100002023010300000001", "SZ-0042", "SZ-042", "A", "0000", "1234567890123456789012345"];

  it("split into prefix, digit count and tail, and join back", () => {
    expect(splitCaseNo("5100002023010300000001")).toEqual({ prefix: "5100002", digits: 15, tail: 23010300000001 });
    expect(splitCaseNo("SZ-0042")).toEqual({ prefix: "SZ-", digits: 4, tail: 42 });
    expect(splitCaseNo("办件甲")).toEqual({ prefix: "办件甲", digits: 0, tail: 0 });
    for (const n of [...NUMBERS, "办件甲"]) {
      const p = splitCaseNo(n);
      expect(joinCaseNo(p.prefix, p.digits, p.tail)).toBe(n);
    }
  });

  it("read from bytes the same as from text, numbering each new prefix once", () => {
    const added: { id: number; prefix: string; digits: number }[] = [];
    const known = new Map([[prefixKey("5100002", 15), 7]]);
    const decode = (b: Uint8Array, s: number, e: number) => Buffer.from(b).toString("utf8", s, e);
    const fromBytes = new CasePrefixes(new Map(known), decode, () => {});
    const fromText = new CasePrefixes(known, decode, (e) => added.push(e));
    for (const n of NUMBERS) {
      const buf = Buffer.from(`x,${n},y`);
      const id = fromBytes.ofBytes(buf, 2, 2 + n.length);
      expect([id, fromBytes.tail]).toEqual(fromText.ofText(n));
    }
    expect(fromText.ofText("5100002023010300000009")).toEqual([7, 23010300000009]);
    expect(added.map((e) => `${e.id}:${e.digits}|${e.prefix}`)).toEqual(["8:4|SZ-", "9:3|SZ-", "10:0|A", "11:4|", "12:15|1234567890"]);
  });
});
