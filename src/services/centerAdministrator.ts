import { z } from "zod";
import { ZhoubaoError } from "../domain/errors.js";
import { isoDate } from "../domain/model/common.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import { centerDefaults, type Center } from "../store/repositories/centers.js";
import { audit, requireRole, type Actor } from "./actor.js";

export const departmentInput = z.object({
  name: z.string().trim().min(2, "部门名称至少 2 个字").max(60, "部门名称不能超过 60 字"),
  aliases: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  displayOrder: z.number().int().min(0).max(10_000),
  active: z.boolean().default(true),
});

/** An admin adds a department (id absent) or changes one; names and aliases stay unique. */
export async function saveDepartment(store: Store, actor: Actor, id: number | null, input: unknown) {
  requireRole(actor, ["admin"], "管理部门");
  const d = parseInput(departmentInput, input, "部门");
  return store.transaction(async (tx) => {
    const before = id === null ? null : ((await tx.departments.list(actor.centerId, { includeInactive: true })).find((x) => x.id === id) ?? null);
    if (id !== null && !before) throw new ZhoubaoError("department.unknown", `未找到编号为 ${id} 的部门。`, { id });
    const after = await tx.departments.save(actor.centerId, { ...d, ...(id === null ? {} : { id }) });
    await audit(tx, actor, "department", after.id!, id === null ? "create" : "update", before, after);
    return after;
  });
}

export const calendarOverrideInput = z.object({
  workday: z.boolean(),
  note: z.string().trim().max(60, "说明不能超过 60 字").nullable().default(null),
});

/** An admin marks a date as a working day or a day off (调休 the official calendar lacks). */
export async function setCalendarOverride(store: Store, actor: Actor, date: string, input: unknown) {
  requireRole(actor, ["admin"], "调整节假日");
  const day = parseInput(isoDate, date, "日期");
  const o = parseInput(calendarOverrideInput, input, "节假日调整");
  await store.transaction(async (tx) => {
    const before = (await tx.calendar.overrides(actor.centerId)).find((x) => x.date === day) ?? null;
    await tx.calendar.setOverride(actor.centerId, { date: day, ...o });
    await audit(tx, actor, "calendar", day, before ? "update" : "create", before, { date: day, ...o });
  });
  return { date: day, ...o };
}

/** Gives a date back to the official calendar, e.g. await removeCalendarOverride(store, admin, "2027-10-09"). */
export async function removeCalendarOverride(store: Store, actor: Actor, date: string): Promise<void> {
  requireRole(actor, ["admin"], "调整节假日");
  const day = parseInput(isoDate, date, "日期");
  await store.transaction(async (tx) => {
    const before = (await tx.calendar.overrides(actor.centerId)).find((x) => x.date === day);
    if (!before) throw new ZhoubaoError("input.bad-reference", `${day} 没有节假日调整。`, { date: day });
    await tx.calendar.removeOverride(actor.centerId, day);
    await audit(tx, actor, "calendar", day, "delete", before, null);
  });
}

export const settingsInput = z.object({
  name: z.string().trim().min(2, "中心名称至少 2 个字").max(80, "中心名称不能超过 80 字"),
  defaults: centerDefaults,
});

/** An admin changes the center's name (the issuer) and the defaults of new issues (分发范围, 印数, template). */
export async function updateSettings(store: Store, actor: Actor, input: unknown): Promise<Center> {
  requireRole(actor, ["admin"], "修改中心设置");
  const s = parseInput(settingsInput, input, "中心设置");
  return store.transaction(async (tx) => {
    const before = await tx.centers.byId(actor.centerId);
    await tx.centers.update(actor.centerId, s);
    const after = await tx.centers.byId(actor.centerId);
    await audit(tx, actor, "center", actor.centerId, "update", before, after);
    return after;
  });
}
