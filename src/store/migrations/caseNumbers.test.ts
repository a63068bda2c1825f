import { Migrator, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { joinCaseNo } from "../../domain/ledger/caseNumber.js";
import type { Store } from "../index.js";
import { seededStore, storeFactories } from "../testing.js";
import { migrationProvider } from "./index.js";

const NUMBERS = ["5100002023010300000001", "5100002023010300000002", "5100002022123000000417", "SZ-0042", "SZ-042", "办件甲", "000123", "12345678901234567890123456789012"];

describe.each(storeFactories())("case numbers stored split (migration 0004) on $name", (factory) => {
  let store: Store;
  let centerId: number;
  beforeEach(async () => ({ store, centerId } = await seededStore(factory)));
  afterEach(() => store.close());

  const migrator = async () => {
    const schema = store.dialect === "postgres" ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0].s : undefined;
    return new Migrator({ db: store.db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  };

  it("converts the case numbers of a store made before it, and back", async () => {
    const m = await migrator();
    expect((await m.migrateTo("0003_ledger")).error).toBeUndefined();
    for (const [i, no] of NUMBERS.entries())
      await sql`insert into ledger_cases (center_id, case_no, category, department_id, matter_id, accepted_on, completed_on) values (${centerId}, ${no}, 2, 1, null, ${20230103 + i}, null)`.execute(store.db);

    expect((await m.migrateToLatest()).error).toBeUndefined();
    const rows = await store.db
      .selectFrom("ledger_cases as c")
      .innerJoin("ledger_case_prefixes as p", (j) => j.onRef("p.center_id", "=", "c.center_id").onRef("p.id", "=", "c.case_prefix"))
      .select(["p.prefix", "p.digits", "c.case_tail", "c.accepted_on"])
      .where("c.center_id", "=", centerId)
      .execute();
    const back = rows.map((r) => [joinCaseNo(r.prefix, Number(r.digits), Number(r.case_tail)), Number(r.accepted_on)]);
    expect(new Map(back as [string, number][])).toEqual(new Map(NUMBERS.map((no, i) => [no, 20230103 + i])));
    // The three platform numbers share one prefix; a 32-digit number keeps 17 digits in its prefix.
    const prefixes = await store.ledger.casePrefixes(centerId);
    expect([...prefixes.keys()].sort()).toEqual(["0|办件甲", "15|12345678901234567", "15|5100002", "3|SZ-", "4|SZ-", "6|"]);
    expect(new Set(prefixes.values()).size).toBe(6);

    expect((await m.migrateTo("0003_ledger")).error).toBeUndefined();
    const text = await sql<{ case_no: string }>`select case_no from ledger_cases where center_id = ${centerId}`.execute(store.db);
    expect(text.rows.map((r) => r.case_no).sort()).toEqual([...NUMBERS].sort());
    expect((await m.migrateToLatest()).error).toBeUndefined();
  });
});
