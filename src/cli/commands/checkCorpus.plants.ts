/**
 * The checker corpus (issue 15): errors planted in the shared samples, each a one-line
 * edit of the sample's text (`find` occurs once and becomes `replace`), each expected to
 * yield its code once the edited text is imported and checked. `weeks` says which
 * derived neighbours the sample is checked against (see check.corpus.test.ts).
 */
import type { CheckCode } from "../../domain/checks/codes.js";
import type { SampleName } from "./sampleIssues.js";

/** "before": the two weeks before with figures; "empty-week": the week before left empty, figures two weeks before. */
export type Weeks = "before" | "empty-week";

export type Plant = { sample: SampleName; what: string; find: string; replace: string; code: CheckCode; weeks?: Weeks };

const p = (sample: SampleName, what: string, find: string, replace: string, code: CheckCode, weeks?: Weeks): Plant => ({ sample, what, find, replace, code, weeks });

export const PLANTS: Plant[] = [
  // 2023-49: the 2023 generation, with the October assessment attached.
  p("2023-49", "wrong YTD: window 受理 below last week's", "受理 23151 件", "受理 21151 件", "stats.ytd-decreased"),
  p("2023-49", "wrong YTD across an empty week", "受理 23151 件", "受理 22000 件", "stats.ytd-decreased", "empty-week"),
  p("2023-49", "window YTD below this week's", "颁发 171523 件", "颁发 1715 件", "window.ytd-below-week"),
  p("2023-49", "window YTD not last week's plus this week's", "累计咨询 74716 次", "累计咨询 74726 次", "window.ytd-not-cumulative"),
  p("2023-49", "wrong percent no total explains", "占比 65.77%", "占比 65.87%", "manual.percent-mismatch"),
  p("2023-49", "wrong percent some total explains, not the year's", "占比 65.77%", "占比 65.57%", "manual.total-inconsistent"),
  p("2023-49", "manual count below last week's", "共完成 1082 个", "共完成 1072 个", "stats.ytd-decreased"),
  p("2023-49", "policy list total ≠ its parts", "国家清单共 123 个事项", "国家清单共 125 个事项", "policy.total-mismatch"),
  p("2023-49", "provincial list total ≠ its parts", "省级清单共 71 个事项", "省级清单共 70 个事项", "policy.total-mismatch"),
  p("2023-49", "wrong score", "26\t成都海关\t100\t-2\t0\t98", "26\t成都海关\t100\t-2\t0\t99", "assessment.score-mismatch"),
  p("2023-49", "wrong ranking (dense after a tie)", "14\t农业农村厅", "13\t农业农村厅", "assessment.rank-mismatch"),
  p("2023-49", "deduction typed positive", "26\t成都海关\t100\t-2\t0\t98", "26\t成都海关\t100\t2\t0\t98", "assessment.sign"),
  p("2023-49", "department twice in the table", "\t四川测绘局\t100", "\t四川地震局\t100", "assessment.duplicate-department"),
  p("2023-49", "wrong 总第", "（总第 469 期）", "（总第 470 期）", "numbering.offset-changed"),
  p("2023-49", "an issue skipped", "2023 年第 49 期（总第 469 期）", "2023 年第 50 期（总第 470 期）", "numbering.gap"),
  p("2023-49", "weekend period", "（12 月 11 日—12 月 15 日）", "（12 月 12 日—12 月 16 日）", "period.not-workday"),
  p("2023-49", "dated before the week ends", "2023 年 12 月 26 日", "2023 年 12 月 13 日", "period.order"),
  p("2023-49", "blank left in a news item", "开展政务礼仪、心态管理等培训", "开展＿＿等培训", "content.blank"),
  p("2023-49", "×× left for a place", "公安厅在自贡召开", "公安厅在××召开", "content.blank"),
  p("2023-49", "section emptied: leader visits", "本周，**经济和信息化厅**总经济师李强，**司法厅**二级巡视员龚瑞分别到省政务服务大厅窗口调研值守。", "", "content.empty-section"),
  p("2023-49", "window figures left out", "本周，共计咨询 1479 人次、受理 522 件、颁发 2232 件、流转 12601 件；今年以来，累计咨询 74716 次、受理 23151 件、颁发 171523 件、流转 312870 件。", "", "content.figures-missing"),
  p("2023-49", "unknown department", "**司法厅**二级巡视员龚瑞", "**省大数据局**二级巡视员龚瑞", "department.unknown"),
  p("2023-49", "print run left out", "（共印91份）", "", "distribution.copies-missing"),
  // 2022-31: the 2022 generation, platform figures.
  p("2022-31", "wrong YTD: licensing accepted below last week's", "受理617058件", "受理517058件", "stats.ytd-decreased"),
  p("2022-31", "YTD 90,000 below two weeks earlier across an empty week", "公共服务事项受理19691982件", "公共服务事项受理15860505件", "stats.ytd-decreased", "empty-week"),
  p("2022-31", "办结 with a digit too many", "办结611244件", "办结6112440件", "stats.completed-far-above-accepted"),
  p("2022-31", "weekend period", "（9月13日—9月16日）", "（9月13日—9月17日）", "period.not-workday"),
  p("2022-31", "period overlapping last week's", "（9月13日—9月16日）", "（9月8日—9月9日）", "period.overlap"),
  p("2022-31", "figures not as of the week's end", "至2022年9月16日", "至2022年9月15日", "stats.as-of-mismatch"),
  p("2022-31", "YTD not from 1 January", "2022年1月1日至", "2022年1月3日至", "stats.from-not-jan1"),
  p("2022-31", "wrong 总第", "（总第406期）", "（总第407期）", "numbering.offset-changed"),
  p("2022-31", "dated before the week ends", "2022年10月21日", "2022年9月15日", "period.order"),
  p("2022-31", "blank left in an inspection verdict", "全体居家办公，大厅实行关闭状态。", "＿＿。", "content.blank"),
  // 2023-02: the second issue of 2023, three leader visits.
  p("2023-02", "wrong YTD: licensing accepted below last week's", "受理 26641件", "受理 20641件", "stats.ytd-decreased"),
  p("2023-02", "办结 far above 受理", "办结 27287", "办结 72287", "stats.completed-far-above-accepted"),
  p("2023-02", "wrong 总第", "（总第 422期）", "（总第 432期）", "numbering.offset-changed"),
  p("2023-02", "blank left in a visit", "创造全年办件 26 万余件的新纪录", "创造全年办件＿＿件的新纪录", "content.blank"),
];
