import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ContentOf } from "../domain/model/section.js";
import { writeCaseExport, writeDeskExport } from "../ingest/ledger/generator.js";
import { importLedger } from "../ingest/ledger/importer.js";
import { directDesk, directYtd, generatedCases, generatedDeskEvents, scratch } from "../ingest/ledger/testing.js";
import type { Store } from "../store/index.js";
import { seededStore, storeFactories } from "../store/testing.js";
import { systemActor } from "./actor.js";
import { draftIssue } from "./issueDrafter.js";
import { fillIssueStats, platformStatsAsOf, weekStats } from "./statsFiller.js";

const CASES = { year: 2023, rows: 8_000, seed: 21 };
const DESK = { year: 2023, rows: 6_000, seed: 22 };

describe.each(storeFactories())("stats filler on $name", (factory) => {
  let store: Store;
  let centerId: number;
  beforeEach(async () => {
    ({ store, centerId } = await seededStore(factory));
    // 2023-49 on the 2023 template (window counts), 2023-50 on the 2022 one (platform figures).
    await draftIssue(store, centerId, { year: 2023, seq: 49, total: 469, period: { start: "2023-12-11", end: "2023-12-15" }, template: "2023" });
    await draftIssue(store, centerId, { year: 2023, seq: 50, total: 470, period: { start: "2023-12-18", end: "2023-12-22" }, template: "2022" });
  });
  afterEach(() => store.close());

  const loadAll = async () => {
    const dir = scratch();
    await writeCaseExport(join(dir, "cases.csv"), CASES);
    await writeDeskExport(join(dir, "desk.csv"), DESK);
    await importLedger(store, centerId, { ledger: "cases", file: join(dir, "cases.csv") });
    await importLedger(store, centerId, { ledger: "desk", file: join(dir, "desk.csv") });
    rmSync(dir, { recursive: true, force: true });
  };
  const section = async <K extends "platform-stats" | "window-counts">(seq: number, kind: K) => {
    const issue = await store.issues.require(centerId, 2023, seq);
    const all = (s: typeof issue.sections): typeof issue.sections => s.flatMap((x) => [x, ...all(x.children)]);
    return all(issue.sections).find((s) => s.content.kind === kind)?.content as ContentOf<K> | undefined;
  };

  it("fills the platform figures and the window counts of a draft in one action", async () => {
    await loadAll();
    const actor = systemActor(centerId);
    const a = await fillIssueStats(store, actor, "2023-49");
    expect(a.filled).toEqual(["省本级综窗办件情况"]);
    expect(a.warnings).toEqual([]);
    const events = generatedDeskEvents(DESK);
    expect(await section(49, "window-counts")).toMatchObject({
      week: directDesk(events, "2023-12-11", "2023-12-15"),
      ytd: directDesk(events, "2023-01-01", "2023-12-15"),
    });

    const b = await fillIssueStats(store, actor, "2023-50");
    expect(b.filled).toEqual(["省级政务服务事项受理办理情况"]);
    const expected = directYtd(generatedCases(CASES), "2023-12-22");
    expect(await section(50, "platform-stats")).toMatchObject({ from: "2023-01-01", asOf: "2023-12-22", ...expected });
    expect((await platformStatsAsOf(store, centerId, "2023-12-22")).stats).toEqual({ scope: "省本级", from: "2023-01-01", asOf: "2023-12-22", ...expected });
    const week = await weekStats(store, centerId, "2023-50");
    expect(week.windowCounts.week).toEqual(directDesk(events, "2023-12-18", "2023-12-22"));
    expect(week.platformStats).toMatchObject(expected);
  });

  it("leaves a section whose ledger has no data, and says so", async () => {
    const r = await fillIssueStats(store, systemActor(centerId), "2023-49");
    expect(r.filled).toEqual([]);
    expect(r.warnings.join()).toContain("尚未导入");
    expect((await section(49, "window-counts"))?.ytd).toBeNull();
  });

  it("refuses to fill a published issue", async () => {
    await loadAll();
    const issue = await store.issues.require(centerId, 2023, 49);
    await store.issues.setStatus(issue.id, "published");
    await expect(fillIssueStats(store, systemActor(centerId), "2023-49")).rejects.toMatchObject({ code: "issue.immutable" });
    await expect(platformStatsAsOf(store, centerId, "2023-13-01")).rejects.toMatchObject({ code: "input.invalid" });
  });
});
