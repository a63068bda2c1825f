import { z } from "zod";
import { isoDate, pair, windowMeasures } from "./common.js";
import { policyList, sectionKind } from "./section.js";
import { assessmentRow } from "./assessment.js";
import { issueHeader } from "./issue.js";

/** The Facts JSON contract (DESIGN.md §4): what an importer reads out of an issue. */
export const facts = z.object({
  issue: issueHeader.omit({ publishedOn: true }).extend({ publishedOn: isoDate.nullable() }),
  sections: z.array(
    z.object({
      level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
      heading: z.string(),
      kind: sectionKind,
      items: z.number().int().optional(),
    }),
  ),
  platformStats: z
    .object({
      scope: z.string(),
      from: isoDate,
      asOf: isoDate,
      licensing: pair,
      publicService: pair,
      otherPower: pair,
    })
    .optional(),
  windowCounts: z.object({ scope: z.string(), week: windowMeasures, ytd: windowMeasures }).optional(),
  manualProgress: z
    .object({ addedThisWeek: z.number().nullable(), completed: z.number(), percent: z.number() })
    .optional(),
  policyLists: z.array(policyList).optional(),
  leaderVisits: z.array(z.object({ date: isoDate.nullable(), department: z.string(), person: z.string() })),
  inspection: z.array(z.object({ item: z.string(), verdict: z.string() })),
  assessment: z
    .object({ month: z.string(), title: z.string(), rows: z.array(assessmentRow) })
    .optional(),
  unparsed: z.array(z.object({ line: z.number().int(), text: z.string() })),
});
export type Facts = z.infer<typeof facts>;
