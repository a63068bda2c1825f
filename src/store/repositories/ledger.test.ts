import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../index.js";
import { seededStore, storeFactories } from "../testing.js";
import { prefixKey, splitCaseNo } from "../../domain/ledger/caseNumber.js";
import type { LedgerBatch } from "./ledgerTypes.js";

type Case = [key: string, category: number, department: number, accepted: number, completed: number];

function caseBatch(rows: Case[], newMatters: LedgerBatch["newMatters"] = []): LedgerBatch {
  const columns = [0, 1, 2, 3, 4].map(() => new Int32Array(rows.length));
  rows.forEach(([, cat, dept, acc, comp], i) => {
    columns[0][i] = cat;
    columns[1][i] = dept;
    columns[2][i] = newMatters.length ? newMatters[0].id : 0;
    columns[3][i] = acc;
    columns[4][i] = comp;
  });
  const casePrefixes = new Int32Array(rows.length);
  const caseTails = new Float64Array(rows.length);
  const newPrefixes = new Map<number, { id: number; prefix: string; digits: number }>();
  rows.forEach(([key], i) => {
    const { prefix, digits, tail } = splitCaseNo(key);
    const k = prefixKey(prefix, digits);
    if (!prefixIds.has(k)) prefixIds.set(k, prefixIds.size + 1);
    casePrefixes[i] = prefixIds.get(k)!;
    caseTails[i] = tail;
    newPrefixes.set(casePrefixes[i], { id: casePrefixes[i], prefix, digits });
  });
  return { ledger: "cases", size: rows.length, keys: [], asciiKeys: true, casePrefixes, caseTails, columns, newMatters, newPrefixes: [...newPrefixes.values()], rowsRead: rows.length, rejected: 0 };
}

/** Prefix ids as one import's reader would number them (the same in every batch); each batch lists its prefixes as new. */
const prefixIds = new Map<string, number>();

const totals = (sums: { category: string; measure: string; n: number }[]) =>
  Object.fromEntries(sums.filter((s) => s.n).map((s) => [`${s.category}.${s.measure}`, s.n]).sort());

describe.each(storeFactories())("ledger writer on $name", (factory) => {
  let store: Store;
  let centerId: number;
  beforeEach(async () => ({ store, centerId } = await seededStore(factory)));
  afterEach(() => store.close());

  async function load(...batches: LedgerBatch[]) {
    const w = await store.ledger.writer(centerId, "cases", { source: null, fileName: "t.csv" });
    const outs = [];
    for (const b of batches) outs.push(await w.write(b));
    await w.finish("done", { rowsRead: 0, rejected: 0 });
    await w.close();
    return outs;
  }
  const year = async () => totals(await store.ledger.sums(centerId, "2023-01-01", "2023-12-31"));
  const recount = async () => totals(await store.ledger.recount(centerId, "2023-01-01", "2023-12-31"));

  it("keeps the rollups equal to the rows through inserts, repeats and updates", async () => {
    const many: Case[] = Array.from({ length: 5000 }, (_, i) => [`C${String(i).padStart(8, "0")}`, 1 + (i % 3), 1 + (i % 5), 20230102 + (i % 20), i % 4 ? 20230125 : 0]);
    let [out] = await load(caseBatch(many, [{ id: 1, name: "社会保障卡申领" }]));
    expect(out).toEqual({ inserted: 5000, updated: 0, unchanged: 0 });
    expect(await year()).toEqual(await recount());
    expect((await year())["licensing.accepted"]).toBe(1667);

    [out] = await load(caseBatch(many.slice(100, 300)));
    expect(out).toMatchObject({ inserted: 0, updated: 200 }); // matter id 0 → differs from the stored 1
    [out] = await load(caseBatch(many.slice(100, 300)));
    expect(out).toEqual({ inserted: 0, updated: 0, unchanged: 200 });

    // A pending case gets completed, another changes category; one new case; reversed order.
    const changed: Case[] = [
      ["C00004999", 2, 1, 20230110, 20230301],
      ["C00000003", 1, 1, 20230105, 20230202],
      ["A0000001", 3, 2, 20230103, 0],
    ];
    [out] = await load(caseBatch(changed));
    expect(out).toEqual({ inserted: 1, updated: 2, unchanged: 0 });
    expect(await year()).toEqual(await recount());
    const byDepartment = await store.ledger.sums(centerId, "2023-01-01", "2023-12-31", { byDepartment: true });
    const summed: Record<string, number> = {};
    for (const s of byDepartment) summed[`${s.category}.${s.measure}`] = (summed[`${s.category}.${s.measure}`] ?? 0) + s.n;
    expect(totals(Object.entries(summed).map(([k, n]) => ({ category: k.split(".")[0], measure: k.split(".")[1], n })))).toEqual(await year());
    expect(new Set(byDepartment.map((s) => s.departmentId))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(await store.ledger.rowCount(centerId, "cases")).toBe(5001);
  });

  it("counts a case repeated inside one batch once, with its last values", async () => {
    const rows: Case[] = Array.from({ length: 100 }, (_, i) => [`K${String(i).padStart(4, "0")}`, 2, 1, 20230301, 20230301]);
    rows.splice(40, 0, ["K0010", 1, 3, 20230302, 0]); // a later row for K0010, inside the same chunk
    rows.push(["K0099", 3, 2, 20230303, 20230304]);
    const [out] = await load(caseBatch(rows));
    expect(out.inserted).toBe(100);
    expect(await store.ledger.rowCount(centerId, "cases")).toBe(100);
    expect(await year()).toEqual(await recount());
    expect((await year())["licensing.accepted"]).toBe(1);
    expect((await year())["otherPower.completed"]).toBe(1);
  });

  it("keeps case numbers apart that differ only in their prefix or in leading zeros", async () => {
    // No digits at all (each its own prefix), mixed prefixes in one chunk (the exact path), and A01 ≠ A001.
    const rows: Case[] = [["办件甲", 2, 1, 20230301, 0], ["办件乙", 2, 1, 20230301, 0], ["办件甲", 2, 1, 20230301, 20230302], ["A01", 1, 1, 20230301, 0], ["A001", 1, 1, 20230301, 0], ["B01", 1, 1, 20230301, 0]];
    await load(caseBatch(rows));
    expect(await year()).toEqual({ "publicService.accepted": 2, "publicService.completed": 1, "licensing.accepted": 3 });
    expect(await year()).toEqual(await recount());
    await load(caseBatch(rows));
    expect(await store.ledger.rowCount(centerId, "cases")).toBe(5);
  });

  it("logs each import with the counts of its committed batches", async () => {
    await load(caseBatch([["X1", 2, 1, 20230301, 0]]), caseBatch([["X2", 2, 1, 20230301, 0]]));
    const [log] = await store.ledger.imports(centerId);
    expect(log).toMatchObject({ ledger: "cases", status: "done", inserted: 2, batches: 2, rowsRead: 2 });
  });

  it("saves column mappings per source", async () => {
    await store.ledger.saveSource(centerId, "cases", "政务服务网", { caseNo: "申报号" });
    await store.ledger.saveSource(centerId, "cases", "政务服务网", { caseNo: "业务流水号" });
    expect(await store.ledger.source(centerId, "cases", "政务服务网")).toEqual({ caseNo: "业务流水号" });
    expect(await store.ledger.source(centerId, "desk", "政务服务网")).toBeNull();
  });
});
