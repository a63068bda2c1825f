import { describe, expect, it } from "vitest";
import { dashboardSeries } from "./series.js";
import { latestPrintedYtd, ytdDisagreement } from "./ytdNote.js";

const issue = (seq: number, accepted: number | null) => ({
  year: 2026,
  seq,
  total: 500 + seq,
  sections: [
    {
      id: `s${seq}`,
      level: 1,
      heading: "办件",
      children: [],
      content: { kind: "platform-stats", platform: "p", scope: "s", from: null, asOf: null, licensing: accepted === null ? null : { accepted, completed: accepted - 10 }, publicService: { accepted: 5, completed: 5 }, otherPower: { accepted: 1, completed: 1 } },
    },
  ],
});

describe("ledger YTD against the published YTD", () => {
  it("takes the latest issue that printed every category, skipping one left empty", () => {
    const s = dashboardSeries([issue(1, 100), issue(2, 200), issue(3, null)] as never);
    expect(latestPrintedYtd(s)).toEqual({ label: "第2期", accepted: 206, completed: 196 });
  });

  it("notes each figure that differs, and says nothing when they agree", () => {
    const printed = { label: "第2期", accepted: 206, completed: 196 };
    expect(ytdDisagreement({ accepted: 206, completed: 196 }, "11月13日", printed)).toBeNull();
    expect(ytdDisagreement({ accepted: 1206, completed: 196 }, "11月13日", null)).toBeNull();
    const note = ytdDisagreement({ accepted: 1206, completed: 196 }, "11月13日", printed)!;
    expect(note).toContain("受理 1,206 件，第2期周报印出 206 件（相差 1,000 件）");
    expect(note).not.toContain("办结");
    expect(note).toContain("截至11月13日");
  });
});
