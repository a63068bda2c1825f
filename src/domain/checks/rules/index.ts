import type { CheckCode } from "../codes.js";
import type { Rule } from "../context.js";
import { assessmentDuplicateDepartment, assessmentRankMismatch, assessmentScoreMismatch, assessmentSign } from "./assessment.js";
import { contentUnreviewed } from "./content.js";
import { departmentUnknown } from "./departments.js";
import { distributionCopiesMissing } from "./distribution.js";
import { manualPercentMismatch } from "./manual.js";
import { numberingGap, numberingOffsetChanged, numberingYearMismatch } from "./numbering.js";
import { periodCalendarUncovered, periodNotWorkday, periodOrder, periodOverlap, periodPublishedOnMissing } from "./period.js";
import { policyTotalMismatch } from "./policy.js";
import { statsAsOfMismatch, statsCarryOver, statsCompletedFarAboveAccepted, statsFromNotJan1 } from "./stats.js";
import { statsYtdDecreased } from "./ytd.js";
import { manualTotalInconsistent } from "./manualTotal.js";
import { contentEmptySection, contentFiguresMissing } from "./completeness.js";
import { contentBlank } from "./blank.js";
import { windowYtdBelowWeek, windowYtdNotCumulative } from "./window.js";
import { inspectionNotAdopted } from "./inspection.js";
import { visitOutsidePeriod } from "./visits.js";

export * from "./assessment.js";
export * from "./content.js";
export * from "./departments.js";
export * from "./distribution.js";
export * from "./manual.js";
export * from "./numbering.js";
export * from "./period.js";
export * from "./policy.js";
export * from "./stats.js";
export * from "./window.js";
export * from "./ytd.js";
export * from "./manualTotal.js";
export * from "./completeness.js";
export * from "./blank.js";
export * from "./inspection.js";
export * from "./visits.js";

/** Every rule with the one code it reports, in the order findings are listed (masthead first). */
export const RULES: readonly { code: CheckCode; check: Rule }[] = [
  { code: "numbering.gap", check: numberingGap },
  { code: "numbering.offset-changed", check: numberingOffsetChanged },
  { code: "numbering.year-mismatch", check: numberingYearMismatch },
  { code: "period.order", check: periodOrder },
  { code: "period.not-workday", check: periodNotWorkday },
  { code: "period.overlap", check: periodOverlap },
  { code: "period.calendar-uncovered", check: periodCalendarUncovered },
  { code: "period.published-on-missing", check: periodPublishedOnMissing },
  { code: "stats.ytd-decreased", check: statsYtdDecreased },
  { code: "stats.as-of-mismatch", check: statsAsOfMismatch },
  { code: "stats.from-not-jan1", check: statsFromNotJan1 },
  { code: "stats.carry-over", check: statsCarryOver },
  { code: "stats.completed-far-above-accepted", check: statsCompletedFarAboveAccepted },
  { code: "window.ytd-below-week", check: windowYtdBelowWeek },
  { code: "window.ytd-not-cumulative", check: windowYtdNotCumulative },
  { code: "manual.percent-mismatch", check: manualPercentMismatch },
  { code: "manual.total-inconsistent", check: manualTotalInconsistent },
  { code: "policy.total-mismatch", check: policyTotalMismatch },
  { code: "assessment.score-mismatch", check: assessmentScoreMismatch },
  { code: "assessment.rank-mismatch", check: assessmentRankMismatch },
  { code: "assessment.duplicate-department", check: assessmentDuplicateDepartment },
  { code: "assessment.sign", check: assessmentSign },
  { code: "department.unknown", check: departmentUnknown },
  { code: "distribution.copies-missing", check: distributionCopiesMissing },
  { code: "content.figures-missing", check: contentFiguresMissing },
  { code: "content.empty-section", check: contentEmptySection },
  { code: "content.blank", check: contentBlank },
  { code: "content.unreviewed", check: contentUnreviewed },
  { code: "inspection.not-adopted", check: inspectionNotAdopted },
  { code: "visit.outside-period", check: visitOutsidePeriod },
];
