import { assertDivisionCode, assertInsideParent } from "../domain/centers/divisionCode.js";
import { newCenterInput, treeOrder, type CenterNode } from "../domain/centers/tree.js";
import { ZhoubaoError } from "../domain/errors.js";
import { parseInput } from "../domain/validate.js";
import type { Center, Store } from "../store/index.js";
import { audit, requireRole, type Actor } from "./actor.js";

/** The centers an actor manages: all of them at the command line, its own subtree for a province user. */
async function managed(store: Store, actor: Actor): Promise<Center[]> {
  return actor.role === "system" ? store.centers.list() : store.centers.subtree(actor.centerId);
}

/**
 * The centers an actor manages, in tree order with their parents' codes.
 *
 * @example
 * (await listCenters(store, provinceUser)).map((c) => c.code) // ["510000", "510100", "510107", "510700"]
 */
export async function listCenters(store: Store, actor: Actor): Promise<CenterNode[]> {
  requireRole(actor, ["province"], "管理中心");
  return treeOrder(await managed(store, actor));
}

/**
 * Adds a center under one the actor manages (a province user: under its own when no
 * parent is named), ready for its own weekly report: departments (the seed list, or a
 * copy of another managed center's), the template generation of its first issue, its
 * own numbering and calendar from the start. Everything or nothing is written.
 */
export async function addCenter(store: Store, actor: Actor, input: unknown): Promise<CenterNode> {
  requireRole(actor, ["province"], "添加中心");
  const c = parseInput(newCenterInput, input, "中心");
  assertDivisionCode(c.code);
  return store.transaction(async (tx) => {
    const visible = await managed(tx, actor);
    const find = (code: string) => visible.find((x) => x.code === code) ?? null;
    if ((await tx.centers.list()).some((x) => x.code === c.code)) throw new ZhoubaoError("center.exists", `编码为 ${c.code} 的中心已存在。`, { code: c.code });
    const parentCode = c.parent ?? (actor.role === "system" ? null : visible[0].code);
    const parent = parentCode === null ? null : find(parentCode);
    if (parentCode !== null && !parent) throw new ZhoubaoError("center.parent-not-found", `未找到编码为 ${parentCode} 的上级中心。`, { parent: parentCode });
    if (parent) assertInsideParent(c.code, parent.code);
    const source = c.copyDepartmentsFrom === null ? null : find(c.copyDepartmentsFrom);
    if (c.copyDepartmentsFrom !== null && !source)
      throw new ZhoubaoError("center.not-found", `未找到编码为 ${c.copyDepartmentsFrom} 的中心，无法复制其部门。`, { code: c.copyDepartmentsFrom });
    const created = await tx.centers.create(c.code, c.name, { template: c.template }, parent?.id ?? null);
    const departments = source ? await tx.departments.copy(source.id, created.id) : await tx.departments.seed(created.id);
    // The entry goes to the log of the center the actor manages from (a new top-level center: its own).
    const by = actor.role === "system" ? { ...actor, centerId: parent?.id ?? created.id } : actor;
    await audit(tx, by, "center", created.id, "create", null, { ...created, departments, copyDepartmentsFrom: source?.code ?? null });
    return treeOrder([...visible, created]).find((x) => x.id === created.id)!;
  });
}
