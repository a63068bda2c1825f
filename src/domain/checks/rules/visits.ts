import { inPeriod } from "../../numbering/withinPeriod.js";
import { chineseDate, chinesePeriod } from "../../present/dates.js";
import { found, placeIn, sectionsOf, type IssueView } from "../context.js";
import type { Finding } from "../finding.js";

/**
 * visit.outside-period (warning): a leader's visit typed in the editor is dated outside the
 * issue's period. A liaison's visit is refused there when submitted (date.outside-period);
 * the editor may have a reason (a visit reported late), so this asks for it before 签发.
 *
 * @example a visit on 2023-12-20 in the issue of 12月11日至15日 → "…周彤 2023年12月20日到大厅，不在本期统计周期（…）内……"
 */
export function visitOutsidePeriod(view: IssueView): Finding[] {
  const { period } = view.doc;
  return sectionsOf(view, "leader-visits").flatMap((s) =>
    s.content.kind !== "leader-visits"
      ? []
      : s.content.visits
          .filter((v) => [v.date, v.endDate].some((d) => d && !inPeriod(d, period)))
          .map((v) =>
            found(
              "visit.outside-period",
              `“${s.heading}”中${v.person || "一位领导"} ${chineseDate(v.date ?? v.endDate!)}到大厅，不在本期统计周期（${chinesePeriod(period)}）内：请改正日期，或说明本期收录的理由。`,
              placeIn(s, null),
            ),
          ),
  );
}
