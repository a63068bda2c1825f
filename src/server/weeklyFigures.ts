import type { ContentOf, Section, SectionKind } from "../domain/model/section.js";
import { walkSections } from "../domain/tree.js";
import type { ApiClient } from "./testing.js";

/** Test helper: the first section of a kind in a tree (any depth). */
export function sectionOf<K extends SectionKind>(sections: Section[], kind: K): Section & { content: ContentOf<K> } {
  const s = [...walkSections(sections)].find((x) => x.content.kind === kind);
  if (!s) throw new Error(`no ${kind} section`);
  return s as Section & { content: ContentOf<K> };
}

/**
 * Test helper: this week's figures for a draft tree, continuing the previous issue's
 * year-to-date figures (so the checks have nothing to say), as an editor would type them;
 * a news section still empty gets one item, and the leader visits, when none was
 * submitted, say there was none (the checks refuse an empty section).
 */
export function weekFigures(draft: Section[], previous: Section[], periodEnd: string): Section[] {
  const tree: Section[] = structuredClone(draft);
  const prev = (kind: SectionKind) => sectionOf(previous, kind).content as any;
  const at = (kind: SectionKind) => sectionOf(tree, kind) as Section;

  at("policy-lists").content = { ...prev("policy-lists") };
  const p = prev("platform-stats");
  const grow = (x: { accepted: number; completed: number }, a: number) => ({ accepted: x.accepted + a, completed: x.completed + a - 7 });
  at("platform-stats").content = {
    ...p,
    asOf: periodEnd,
    licensing: grow(p.licensing, 2315),
    publicService: grow(p.publicService, 104_522),
    otherPower: grow(p.otherPower, 96),
  };
  const w = prev("window-counts");
  const week = { consulted: 1479, accepted: 862, issued: 805, circulated: 331 };
  at("window-counts").content = {
    ...w,
    week,
    ytd: {
      consulted: w.ytd.consulted + week.consulted,
      accepted: w.ytd.accepted + week.accepted,
      issued: w.ytd.issued + week.issued,
      circulated: w.ytd.circulated + week.circulated,
    },
  };
  const m = prev("manual-progress");
  const completed = m.completed + 6;
  at("manual-progress").content = {
    ...m,
    addedThisWeek: 6,
    completed,
    percent: Math.floor((completed / m.totalItems) * 10_000) / 100,
  };
  for (const s of walkSections(tree)) {
    const c = s.content;
    if (c.kind === "news" && !c.items.length && !c.intro)
      c.items.push({ id: `${s.id}-1`, text: "窗口开展高频事项业务培训，梳理办事指南八项。", departments: [], submissionId: null });
    if (c.kind === "leader-visits" && !c.visits.length && !c.summary) c.summary = "本周无厅（局）长进大厅。";
  }
  return tree;
}

/**
 * Test helper: the editor completes the draft `ref` through the API with weekFigures
 * (continuing the latest published issue), so that it may be submitted; answers the
 * saved issue with its findings.
 */
export async function completeDraft(editor: ApiClient, ref: string): Promise<{ findings: { severity: string }[] } & Record<string, unknown>> {
  const draft = (await editor.get(`/api/issues/${ref}`)).body;
  const latest = (await editor.get("/api/issues?limit=5")).body.issues.find((i: { status: string }) => i.status === "published");
  const previous = (await editor.get(`/api/issues/${latest.ref}`)).body;
  const sections = weekFigures(draft.sections, previous.sections, draft.period.end);
  const saved = await editor.put(`/api/issues/${ref}`, { document: { ...draft, sections }, updatedAt: draft.updatedAt });
  if (saved.status !== 200) throw new Error(`${ref}: ${saved.status} ${JSON.stringify(saved.body)}`);
  return saved.body;
}
