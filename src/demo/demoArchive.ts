import type { HolidayCalendar } from "../domain/calendar/holidayCalendar.js";
import { eachDay } from "../domain/calendar/dates.js";
import { nextPeriod } from "../domain/numbering/period.js";
import type { IssueDocument } from "../domain/model/issue.js";
import type { Department } from "../domain/departments/registry.js";
import { advance, newYearFigures, type DemoFigures } from "./demoState.js";
import { demoSections, demoAssessment } from "./demoSections.js";
import { seededRandom } from "./random.js";
import { addDays } from "../domain/calendar/dates.js";

export const DEMO_FIRST_PERIOD_END = "2025-01-03";
/** The demo archive ends with the issue of this week, so `issue next` is the same everywhere. */
export const DEMO_LAST_PERIOD_END = "2026-11-13";
const FIRST_TOTAL = 520;

/**
 * The demo center's archive: every week from January 2025 to November 2026, with
 * figures that grow as a real center's do, news, leader visits, inspections and a
 * monthly assessment table. Deterministic (seeded).
 */
export function buildDemoArchive(issuer: string, departments: Department[], calendar: HolidayCalendar): IssueDocument[] {
  const rnd = seededRandom(20250106);
  const docs: IssueDocument[] = [];
  let end = DEMO_FIRST_PERIOD_END;
  let figures: DemoFigures | null = null;
  let year = 0;
  let seq = 0;
  let total = FIRST_TOTAL - 1;
  let lastMonth = "";
  for (;;) {
    const period = nextPeriod(end, calendar);
    if (period.end > DEMO_LAST_PERIOD_END) break;
    end = period.end;
    const y = Number(period.start.slice(0, 4));
    if (y !== year) {
      figures = newYearFigures(year ? 1800 : 1500);
      year = y;
      seq = 0;
    }
    seq++;
    total++;
    const workdays = eachDay(period.start, period.end).filter((d) => calendar.isWorkday(d)).length;
    const { week, added } = advance(figures!, workdays, rnd, 0);
    const month = period.start.slice(0, 7);
    const attachments = month !== lastMonth && docs.length ? [demoAssessment(previousMonth(month), departments, rnd)] : [];
    lastMonth = month;
    docs.push({
      title: "窗口工作周报",
      year,
      seq,
      total,
      issuer,
      publishedOn: addDays(period.end, 4),
      period,
      copies: 80,
      distribution: {
        report: "中心领导",
        send: "各相关省级部门（单位），中心各处（室）、直属单位",
        issue: "各部门窗口",
      },
      sections: demoSections({ period, year, figures: figures!, week, added, departments, rnd }),
      attachments,
    });
  }
  return docs;
}

function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}
