import { describe, expect, it } from "vitest";
import { checkArchive } from "../domain/checks/checkArchive.js";
import { calendar, registry } from "../domain/checks/fixtures.js";
import { SEED_DEPARTMENTS } from "../domain/departments/seed.js";
import { buildDemoArchive } from "./demoArchive.js";

describe("the demo archive", () => {
  it("passes every check as published issues: no error, no warning", () => {
    const departments = SEED_DEPARTMENTS.map((d, i) => ({ ...d, displayOrder: i + 1 }));
    const docs = buildDemoArchive("四川省政府政务服务和公共资源交易服务中心", departments, calendar);
    const findings = checkArchive(docs, calendar, registry, () => [], () => true).flatMap((r) =>
      r.findings.filter((f) => f.severity !== "info").map((f) => `${r.issue.year}-${r.issue.seq} ${f.code} ${f.message}`),
    );
    expect(findings).toEqual([]);
  });
});
