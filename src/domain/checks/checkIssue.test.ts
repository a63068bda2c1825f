import { describe, expect, it } from "vitest";
import { firstOfKind } from "../tree.js";
import { checkIssue } from "./checkIssue.js";
import { CHECK_CODE_LIST, CHECK_CODES } from "./codes.js";
import { finding, findingOverride, hasBlockingErrors, openWarnings } from "./finding.js";
import { archive, contextOf, issue2022_30, issue2022_31, issue2023_01, issue2023_02, issue2023_48, issue2023_49 } from "./fixtures.js";
import { assertOverridable } from "./overrides.js";
import { RULES } from "./rules/index.js";

describe("checkIssue", () => {
  it("finds no error and no warning in the consistent fixtures; infos only for carried-over cases", () => {
    const cases = [
      [issue2022_31(), contextOf(issue2022_30())],
      [issue2023_02(), contextOf(issue2023_01())],
      [issue2023_49(), contextOf(issue2023_48(), [issue2023_01(), issue2023_02(), issue2023_48()])],
    ] as const;
    for (const [doc, ctx] of cases) {
      const f = checkIssue(doc, ctx);
      expect(hasBlockingErrors(f)).toBe(false);
      expect(f.filter((x) => x.severity !== "info")).toEqual([]);
    }
  });

  it("returns findings the shared zod schema accepts", () => {
    const doc = { ...issue2023_49(), copies: null, total: 471 };
    const f = checkIssue(doc, contextOf(issue2023_48()));
    expect(f.length).toBeGreaterThan(1);
    for (const x of f) expect(finding.parse(x)).toEqual(x);
    expect(hasBlockingErrors(f)).toBe(true);
  });

  it("lists every code in the table once, each with one rule", () => {
    expect(RULES.map((r) => r.code).sort()).toEqual([...CHECK_CODE_LIST].sort());
    expect(CHECK_CODES["stats.carry-over"].severity).toBe("info");
    expect(CHECK_CODES["department.unknown"].severity).toBe("warning");
  });
});

describe("overrides", () => {
  const doc = () => ({ ...issue2023_49(), copies: null });

  it("marks an explained warning as overridden, with its reason", () => {
    const o = findingOverride.parse({ code: "distribution.copies-missing", sectionId: null, field: "copies", reason: " 本期只发电子版 " });
    const f = checkIssue(doc(), contextOf(issue2023_48()), [o]);
    const copies = f.find((x) => x.code === "distribution.copies-missing")!;
    expect(copies).toMatchObject({ overridden: true, overrideReason: "本期只发电子版" });
    expect(openWarnings(f)).toEqual([]);
  });

  it("needs a matching place and never lifts an error", () => {
    const d = doc();
    firstOfKind(d.sections, "policy-lists")!.content.lists[0].total = 125;
    const ctx = contextOf(issue2023_48());
    const overrides = [
      { code: "distribution.copies-missing" as const, sectionId: null, field: "total", reason: "位置不符" },
      { code: "policy.total-mismatch" as const, sectionId: "2023-49/policy", field: "lists[0].total", reason: "原文如此" },
    ];
    const f = checkIssue(d, ctx, overrides);
    expect(f.filter((x) => x.overridden)).toEqual([]);
    expect(openWarnings(f).map((x) => x.code)).toEqual(["distribution.copies-missing"]);
    expect(hasBlockingErrors(f)).toBe(true);
    expect(() => assertOverridable(overrides[1], f)).toThrow(/不能忽略/);
    expect(() => assertOverridable(overrides[0], f)).toThrow(/没有可忽略/);
    expect(() => assertOverridable({ ...overrides[0], field: "copies" }, f)).not.toThrow();
  });

  it("refuses an override without a written reason", () => {
    expect(findingOverride.safeParse({ code: "numbering.gap", sectionId: null, field: "seq", reason: " " }).success).toBe(false);
  });
});

describe("the fixture archive", () => {
  it("has no error; only the weeks missing from it show as gaps", () => {
    const issues = archive();
    const codes = issues.map((doc, k) => {
      const ctx = contextOf(k ? issues[k - 1] : null, issues.filter((o) => o !== doc && o.year === doc.year));
      return checkIssue(doc, ctx).filter((x) => x.severity !== "info").map((x) => `${x.code}:${x.field}`);
    });
    // 2023-01 (总第421期) follows 2022-31 (总第406期); 2023-48 follows 2023-02.
    expect(codes).toEqual([[], [], ["numbering.gap:total"], [], ["numbering.gap:seq"], []]);
  });
});
