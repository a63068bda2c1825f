import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { pairOf } from "../../services/statsFiller.js";
import type { Store } from "../../store/index.js";
import { seededStore, type StoreFactory } from "../../store/testing.js";
import { forEachCase, forEachDeskEvent, type GeneratedCase, type GeneratedDeskEvent, type GeneratorOptions } from "./generator.js";

/** A fresh temporary folder for one test's files. */
export const scratch = (): string => mkdtempSync(join(tmpdir(), "zhoubao-ledger-"));

/**
 * For every test of the describe block calling it: a seeded store and a scratch folder,
 * closed and removed afterwards. Read the fields inside the tests.
 *
 * @example
 * const t = freshLedgerStore(factory); it("…", async () => importLedger(t.store, t.centerId, { … }));
 */
export function freshLedgerStore(factory: StoreFactory): { store: Store; centerId: number; dir: string } {
  const t = {} as { store: Store; centerId: number; dir: string };
  beforeEach(async () => {
    Object.assign(t, await seededStore(factory), { dir: scratch() });
  });
  afterEach(async () => {
    await t.store.close();
    rmSync(t.dir, { recursive: true, force: true });
  });
  return t;
}

/**
 * Year-to-date platform figures as the rollups give them, in directYtd's shape.
 *
 * @example
 * expect(await storedYtd(store, centerId, "2023-12-15")).toEqual(directYtd(cases, "2023-12-15"));
 */
export async function storedYtd(store: Store, centerId: number, asOf: string) {
  const sums = await store.ledger.sums(centerId, `${asOf.slice(0, 4)}-01-01`, asOf);
  return { licensing: pairOf(sums, "licensing"), publicService: pairOf(sums, "publicService"), otherPower: pairOf(sums, "otherPower") };
}

export const generatedCases = (opts: GeneratorOptions): GeneratedCase[] => {
  const out: GeneratedCase[] = [];
  forEachCase(opts, (c) => out.push({ ...c }));
  return out;
};

export const generatedDeskEvents = (opts: GeneratorOptions): GeneratedDeskEvent[] => {
  const out: GeneratedDeskEvent[] = [];
  forEachDeskEvent(opts, (e) => out.push({ ...e }));
  return out;
};

const category = (kind: string) => (kind === "行政许可" ? "licensing" : kind === "公共服务" ? "publicService" : "otherPower");

/**
 * Year-to-date figures counted straight from export rows, independently of the importer:
 * the last row of each case number wins, dates are the first ten characters.
 *
 * @example
 * directYtd(generatedCases({ year: 2023, rows: 1000 }), "2023-12-15").licensing; // { accepted: 36, completed: 35 }
 */
export function directYtd(cases: GeneratedCase[], asOf: string) {
  const last = new Map(cases.map((c) => [c.caseNo, c]));
  const from = `${asOf.slice(0, 4)}-01-01`;
  const out = { licensing: { accepted: 0, completed: 0 }, publicService: { accepted: 0, completed: 0 }, otherPower: { accepted: 0, completed: 0 } };
  for (const c of last.values()) {
    const p = out[category(c.kind)];
    const [a, d] = [c.acceptedAt.slice(0, 10), c.completedAt.slice(0, 10)];
    if (a >= from && a <= asOf) p.accepted++;
    if (d && d >= from && d <= asOf) p.completed++;
  }
  return out;
}

const DESK = { 咨询: "consulted", 受理: "accepted", 颁发: "issued", 流转: "circulated" } as const;

/**
 * Front-desk counts of a span counted straight from export rows.
 *
 * @example
 * directDesk(events, "2023-12-11", "2023-12-15"); // { consulted: 290, accepted: 91, issued: 668, circulated: 1218 }
 */
export function directDesk(events: GeneratedDeskEvent[], from: string, to: string) {
  const out = { consulted: 0, accepted: 0, issued: 0, circulated: 0 };
  for (const e of events) {
    const d = e.occurredAt.slice(0, 10);
    if (d >= from && d <= to) out[DESK[e.type as keyof typeof DESK]]++;
  }
  return out;
}
