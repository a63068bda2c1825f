import type { Facts } from "../model/facts.js";
import type { IssueDocument } from "../model/issue.js";
import type { Section } from "../model/section.js";
import { walkSections } from "../tree.js";

/** How many entries a section counts in Facts: numbered news items, or 1 for unnumbered text. */
export function factItemCount(s: Section): number | undefined {
  const c = s.content;
  if (c.kind !== "news") return undefined;
  const hasText = c.items.length > 0 || Boolean(c.intro);
  if (c.numbering === "none" || c.items.length === 0) return hasText ? 1 : 0;
  return c.items.length;
}

/**
 * The Facts JSON (DESIGN.md §4) of an issue: its header, the headings in document
 * order and the figures of its data sections. `unparsed` is the importer's to fill with
 * the source lines; of a stored issue, it is the paragraphs an import kept verbatim that
 * no editor has reviewed yet (each with its first source line).
 *
 * @example
 * issueFacts(doc).sections[0]; // { level: 1, heading: "惠企政策直达快享专项行动", kind: "policy-lists" }
 */
export function issueFacts(doc: IssueDocument, unparsed: Facts["unparsed"] = unreviewedOf(doc)): Facts {
  const facts: Facts = {
    issue: {
      title: doc.title,
      year: doc.year,
      seq: doc.seq,
      total: doc.total,
      issuer: doc.issuer,
      publishedOn: doc.publishedOn,
      period: { ...doc.period },
      copies: doc.copies,
      distribution: { ...doc.distribution },
    },
    sections: [],
    leaderVisits: [],
    inspection: [],
    unparsed,
  };
  for (const s of walkSections(doc.sections)) {
    const items = factItemCount(s);
    facts.sections.push({ level: s.level, heading: s.heading, kind: s.content.kind, ...(items === undefined ? {} : { items }) });
    const c = s.content;
    switch (c.kind) {
      case "platform-stats":
        if (!facts.platformStats && c.from && c.asOf && c.licensing && c.publicService && c.otherPower)
          facts.platformStats = {
            scope: c.scope,
            from: c.from,
            asOf: c.asOf,
            licensing: c.licensing,
            publicService: c.publicService,
            otherPower: c.otherPower,
          };
        break;
      case "window-counts":
        if (!facts.windowCounts && c.week && c.ytd) facts.windowCounts = { scope: c.scope, week: c.week, ytd: c.ytd };
        break;
      case "manual-progress":
        if (!facts.manualProgress && c.completed !== null && c.percent !== null)
          facts.manualProgress = { addedThisWeek: c.addedThisWeek, completed: c.completed, percent: c.percent };
        break;
      case "policy-lists":
        if (c.lists.length) facts.policyLists = [...(facts.policyLists ?? []), ...c.lists];
        break;
      case "leader-visits":
        for (const v of c.visits) facts.leaderVisits.push({ date: v.date, department: v.department, person: v.person });
        break;
      case "inspection":
        for (const i of c.items) facts.inspection.push({ item: i.item, verdict: i.verdict });
        break;
    }
  }
  const assessment = doc.attachments.find((a) => a.kind === "assessment");
  if (assessment) facts.assessment = { month: assessment.month, title: assessment.title, rows: assessment.rows };
  return facts;
}

/** The kept paragraphs not yet reviewed, as Facts' unparsed lines: unreviewedOf(doc)[0]; // { line: 23, text: "（3）…" } */
function unreviewedOf(doc: IssueDocument): Facts["unparsed"] {
  return [...walkSections(doc.sections)]
    .flatMap((s) => s.verbatim ?? [])
    .filter((v) => !v.reviewed)
    .map((v) => ({ line: v.line ?? 0, text: v.text }))
    .sort((a, b) => a.line - b.line);
}
