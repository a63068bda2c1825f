import { ZhoubaoError } from "../domain/errors.js";
import type { Section } from "../domain/model/section.js";
import { treeFromPrevious } from "../domain/templates/builtin.js";
import type { Store } from "../store/index.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { requireIssue } from "./issueLocator.js";

export type SavedTemplate = { name: string; sections: Section[] };

/** The center's saved templates (栏目模板), by name. */
export async function listTemplates(store: Store, actor: Actor): Promise<SavedTemplate[]> {
  return (await store.templates.list(actor.centerId)).map(({ name, sections }) => ({ name, sections }));
}

/**
 * Saves an issue's section tree without its content as a named template (a later
 * issue can start from it). A template of the same name is replaced.
 *
 * @example
 * await saveTemplateFromIssue(store, actor, "2026 版", "2026-45");
 */
export async function saveTemplateFromIssue(store: Store, actor: Actor, name: string, ref: string): Promise<SavedTemplate> {
  requireRole(actor, ["editor", "admin"], "保存栏目模板");
  const issue = await requireIssue(store, actor.centerId, ref);
  const sections = treeFromPrevious(issue.sections);
  return store.transaction(async (tx) => {
    const before = (await tx.templates.list(actor.centerId)).find((t) => t.name === name) ?? null;
    await tx.templates.save(actor.centerId, name, sections);
    await audit(tx, actor, "template", name, before ? "update" : "create", before && { name, sections: before.sections }, { name, from: ref, sections });
    return { name, sections };
  });
}

/** Removes a saved template; template.not-found when there is none of that name. */
export async function removeTemplate(store: Store, actor: Actor, name: string): Promise<void> {
  requireRole(actor, ["editor", "admin"], "删除栏目模板");
  await store.transaction(async (tx) => {
    const before = (await tx.templates.list(actor.centerId)).find((t) => t.name === name);
    if (!before) throw new ZhoubaoError("template.not-found", `未找到名为“${name}”的栏目模板。`, { name });
    await tx.templates.remove(actor.centerId, name);
    await audit(tx, actor, "template", name, "delete", { name, sections: before.sections }, null);
  });
}
