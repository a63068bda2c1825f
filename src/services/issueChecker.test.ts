import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkIssue } from "../domain/checks/index.js";
import { seedDemo } from "../demo/seedDemo.js";
import type { Store } from "../store/index.js";
import { seededStore, storeFactories } from "../store/testing.js";
import type { IssueDocument } from "../domain/model/issue.js";
import { draftIssue } from "./issueDrafter.js";
import { firstOfKind } from "../domain/tree.js";
import { toDocument } from "../store/index.js";
import { assertApprovable, checkContextFor, findingsOf } from "./issueChecker.js";

describe.each(storeFactories())("issue checker on $name", (factory) => {
  let store: Store;
  let centerId: number;
  beforeAll(async () => {
    ({ store, centerId } = await seededStore(factory));
    await seedDemo(store, centerId);
  });
  afterAll(async () => store?.close());

  it("finds what a check against the whole year finds, reading the year in one query", async () => {
    const all = await store.issues.all(centerId);
    const sample = all.filter((_, i) => i % 9 === 0);
    // Plant findings: a lowered year-to-date figure and a shifted running number.
    const wrong = structuredClone(sample[3]);
    const stats = wrong.sections.find((s) => s.content.kind === "platform-stats")!.content as { licensing: { accepted: number } };
    stats.licensing.accepted = 1;
    for (const issue of [...sample, wrong, { ...sample[5], total: sample[5].total + 1 }]) {
      const full = checkIssue(issue, {
        previous: all.filter((o) => o.total < issue.total).at(-1) ?? null,
        sameYear: all.filter((o) => o.year === issue.year),
        calendar: await store.calendar.calendar(centerId),
        registry: await store.departments.registry(centerId),
      });
      expect(checkIssue(issue, await checkContextFor(store, issue))).toEqual(full);
    }
    expect((await findingsOf(store, wrong, wrong, [])).map((f) => f.code)).toContain("stats.ytd-decreased");
  });

  it("compares a year-to-date figure with the latest issue that has it, past one left empty", async () => {
    const latest = (await store.issues.latest(centerId))!;
    await draftIssue(store, centerId); // left empty
    const { issue: next } = await draftIssue(store, centerId);
    const doc = { ...toDocument(next), sections: structuredClone(latest.sections) };
    const licensing = (d: IssueDocument) => firstOfKind(d.sections, "platform-stats")!.content.licensing!;
    firstOfKind(doc.sections, "platform-stats")!.content.asOf = next.period.end;
    licensing(doc).accepted = licensing(latest).accepted - 90_000;
    const f = (await findingsOf(store, next, doc, [])).filter((x) => x.code === "stats.ytd-decreased");
    expect(f.map((x) => x.message)).toEqual([`行政许可受理数 ${licensing(doc).accepted} 件低于此前的${latest.year}年第${latest.seq}期的 ${licensing(latest).accepted} 件。`]);
  });

  it("refuses approval while an error stands or a warning has no reason", () => {
    const base = { section: null, sectionId: null, field: null, overrideReason: null };
    const error = { ...base, code: "period.order" as const, severity: "error" as const, message: "日期先后顺序错误", overridden: false };
    const warning = { ...base, code: "distribution.copies-missing" as const, severity: "warning" as const, message: "未填写印数", overridden: false };
    expect(() => assertApprovable({ year: 2026, seq: 1 }, [error])).toThrow("1 项校核错误");
    expect(() => assertApprovable({ year: 2026, seq: 1 }, [warning])).toThrow("尚未填写忽略理由");
    expect(() => assertApprovable({ year: 2026, seq: 1 }, [{ ...warning, overridden: true, overrideReason: "仅发电子版" }])).not.toThrow();
  });
});
