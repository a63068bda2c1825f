/**
 * Test support: the shared sample reports (../shared/samples, beside the project) as
 * imported issues, and the issues of the weeks before, derived from them, so a sample
 * has same-year neighbours to be checked against.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { addDays } from "../../domain/calendar/dates.js";
import { calendar, registry } from "../../domain/checks/fixtures.js";
import type { IssueDocument } from "../../domain/model/issue.js";
import { periodOfWeek } from "../../domain/numbering/period.js";
import { walkSections } from "../../domain/tree.js";
import { parseReportText } from "../../ingest/report/parse/parseReport.js";

export const SAMPLES = resolve(import.meta.dirname, "../../../../shared/samples");
export const SAMPLE_NAMES = ["2022-31", "2023-02", "2023-49"] as const;
export type SampleName = (typeof SAMPLE_NAMES)[number];

export function sampleText(name: SampleName): string {
  return readFileSync(join(SAMPLES, `${name}.txt`), "utf8");
}

/** A report's text as the importer reads it into an issue. */
export function importedText(text: string): IssueDocument {
  return parseReportText(text, { registry }).doc;
}

export function imported(name: SampleName): IssueDocument {
  return importedText(sampleText(name));
}

/**
 * The issue of the week before, derived from a sample: numbers one lower, year-to-date
 * figures 10 % lower (the platform's) or less this week's (the window's), the manual's
 * count and percent unchanged, so the sample has a same-year predecessor to be compared with.
 */
export function predecessorOf(doc: IssueDocument): IssueDocument {
  const prev = structuredClone(doc);
  Object.assign(prev, {
    seq: doc.seq - 1,
    total: doc.total - 1,
    period: periodOfWeek(addDays(doc.period.start, -7), calendar),
    publishedOn: doc.publishedOn && addDays(doc.publishedOn, -7),
    attachments: [],
  });
  for (const s of walkSections(prev.sections)) {
    const c = s.content;
    if (c.kind === "platform-stats") {
      c.asOf = prev.period.end;
      for (const p of [c.licensing, c.publicService, c.otherPower])
        if (p) Object.assign(p, { accepted: Math.floor(p.accepted * 0.9), completed: Math.floor(p.completed * 0.9) });
    }
    if (c.kind === "window-counts" && c.week && c.ytd)
      for (const k of ["consulted", "accepted", "issued", "circulated"] as const) c.ytd[k] -= c.week[k];
  }
  return prev;
}
