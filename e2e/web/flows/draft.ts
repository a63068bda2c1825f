import type { Page } from "playwright-core";
import type { Section } from "../../../src/domain/model/section.js";
import { weekFigures } from "../../../src/server/weeklyFigures.js";
import { apiGet, apiSend } from "../ui.js";

export type Issue = { year: number; seq: number; status: string; sections: Section[]; period: { end: string }; updatedAt: string };
export const refOf = (i: { year: number; seq: number }) => `${i.year}-${i.seq}`;

/**
 * A new draft filled through the API with the editor's session, so that its checks pass;
 * `edit` may change the filled tree before it is saved.
 */
export async function filledDraft(page: Page, edit: (sections: Section[]) => void = () => undefined): Promise<string> {
  const { issue } = await apiSend<{ issue: Issue }>(page, "POST", "/api/issues", {});
  const ref = refOf(issue);
  const list = await apiGet<{ issues: (Issue & { ref: string })[] }>(page, "/api/issues?limit=5");
  // The checks compare with the issue just before, whatever its state (a test run alone leaves the first draft unpublished).
  const previous = await apiGet<Issue>(page, `/api/issues/${refOf(list.issues[list.issues.findIndex((i) => refOf(i) === ref) + 1])}`);
  const draft = await apiGet<Issue>(page, `/api/issues/${ref}`);
  const sections = weekFigures(draft.sections, previous.sections, draft.period.end);
  edit(sections);
  await apiSend(page, "PUT", `/api/issues/${ref}`, { document: { ...draft, sections }, updatedAt: draft.updatedAt });
  return ref;
}
