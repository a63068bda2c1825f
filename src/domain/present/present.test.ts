import { describe, expect, it } from "vitest";
import { chineseDate, chinesePeriod, issueNumberLine, titleWithMonth } from "./dates.js";
import { chineseNumeral, headingNumber, parseChineseNumeral } from "./numerals.js";
import { manualProgressSentences, platformStatsSentence, windowCountsSentence } from "./sentences.js";

describe("Chinese presentation", () => {
  it("names a monthly title's month once (附件：…考核结果, not …考核结果（2026年11月）after a title that says it)", () => {
    expect(titleWithMonth("2026年11月进驻部门（单位）窗口考核结果", "2026-11")).toBe("2026年11月进驻部门（单位）窗口考核结果");
    expect(titleWithMonth("十一月考核", "2026-11")).toBe("十一月考核（2026年11月）");
    // Another month in the title is not this one: the month is added.
    expect(titleWithMonth("2026年1月考核", "2026-11")).toBe("2026年1月考核（2026年11月）");
  });

  it("dates and periods", () => {
    expect(chineseDate("2023-12-26")).toBe("2023年12月26日");
    expect(chinesePeriod({ start: "2023-12-11", end: "2023-12-15" })).toBe("12月11日—12月15日");
    expect(chinesePeriod({ start: "2024-12-30", end: "2025-01-03" })).toBe("2024年12月30日—2025年1月3日");
    expect(issueNumberLine({ year: 2023, seq: 49, total: 469 })).toBe("2023年第49期（总第469期）");
  });

  it("heading numerals per level", () => {
    expect([1, 2, 3, 4].map((l) => headingNumber(l, 3))).toEqual(["三、", "（三）", "3.", "（3）"]);
    expect(chineseNumeral(12)).toBe("十二");
    expect(parseChineseNumeral("十二")).toBe(12);
    expect(parseChineseNumeral("abc")).toBeNaN();
  });

  it("generated sentences carry every figure", () => {
    const s = platformStatsSentence({
      kind: "platform-stats",
      platform: "四川一体化政务服务平台",
      scope: "省本级",
      from: "2022-01-01",
      asOf: "2022-09-16",
      licensing: { accepted: 617058, completed: 611244 },
      publicService: { accepted: 19691982, completed: 7463962 },
      otherPower: { accepted: 49602, completed: 50398 },
    });
    expect(s).toBe(
      "据四川一体化政务服务平台数据统计，2022年1月1日至2022年9月16日，省本级行政许可事项受理617058件，办结611244件；公共服务事项受理19691982件，办结7463962件，其它九类行权事项受理49602件，累计办结50398件。",
    );
    expect(
      windowCountsSentence({
        kind: "window-counts",
        scope: "省本级",
        week: { consulted: 1479, accepted: 522, issued: 2232, circulated: 12601 },
        ytd: { consulted: 74716, accepted: 23151, issued: 171523, circulated: 312870 },
      }),
    ).toContain("本周，共计咨询1479人次、受理522件、颁发2232件、流转12601件；今年以来，累计咨询74716次");
    expect(
      manualProgressSentences({ kind: "manual-progress", addedThisWeek: 3, addedDepartment: "省市场监管局", completed: 1082, totalItems: 1645, percent: 65.77 }),
    ).toEqual(["完成省市场监管局3个办理项的受理工作手册编制。", "截至目前，共完成1082个办理项的受理工作手册编制，占比65.77%。"]);
  });

  it("missing figures show as blanks, not as zero", () => {
    expect(windowCountsSentence({ kind: "window-counts", scope: "省本级", week: null, ytd: null })).toContain("咨询＿＿人次");
  });
});
