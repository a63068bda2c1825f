import type { Kysely } from "kysely";
import { HolidayCalendar, type CalendarOverride } from "../../domain/calendar/holidayCalendar.js";
import type { Database } from "../schema.js";

export function calendarRepository(db: Kysely<Database>) {
  return {
    async overrides(): Promise<CalendarOverride[]> {
      const rows = await db.selectFrom("calendar_overrides").selectAll().orderBy("date").execute();
      return rows.map((r) => ({ date: r.date, workday: r.workday === 1, note: r.note }));
    },
    /** The official calendar with the admin's overrides applied. */
    async calendar(): Promise<HolidayCalendar> {
      return new HolidayCalendar(await this.overrides());
    },
    async setOverride(o: CalendarOverride): Promise<void> {
      const values = { date: o.date, workday: o.workday ? 1 : 0, note: o.note ?? null };
      await db
        .insertInto("calendar_overrides")
        .values(values)
        .onConflict((oc) => oc.column("date").doUpdateSet({ workday: values.workday, note: values.note }))
        .execute();
    },
    async removeOverride(date: string): Promise<void> {
      await db.deleteFrom("calendar_overrides").where("date", "=", date).execute();
    },
  };
}
