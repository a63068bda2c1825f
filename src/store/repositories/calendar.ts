import type { Kysely } from "kysely";
import { HolidayCalendar, type CalendarOverride } from "../../domain/calendar/holidayCalendar.js";
import type { Database } from "../schema.js";

/** The holiday calendar of each center: the official one with that center's overrides (migration 0010). */
export function calendarRepository(db: Kysely<Database>) {
  return {
    async overrides(centerId: number): Promise<CalendarOverride[]> {
      const rows = await db.selectFrom("calendar_overrides").selectAll().where("center_id", "=", centerId).orderBy("date").execute();
      return rows.map((r) => ({ date: r.date, workday: r.workday === 1, note: r.note }));
    },
    /** The official calendar with the center admin's overrides applied. */
    async calendar(centerId: number): Promise<HolidayCalendar> {
      return new HolidayCalendar(await this.overrides(centerId));
    },
    async setOverride(centerId: number, o: CalendarOverride): Promise<void> {
      const values = { center_id: centerId, date: o.date, workday: o.workday ? 1 : 0, note: o.note ?? null };
      await db
        .insertInto("calendar_overrides")
        .values(values)
        .onConflict((oc) => oc.columns(["center_id", "date"]).doUpdateSet({ workday: values.workday, note: values.note }))
        .execute();
    },
    async removeOverride(centerId: number, date: string): Promise<void> {
      await db.deleteFrom("calendar_overrides").where("center_id", "=", centerId).where("date", "=", date).execute();
    },
  };
}
