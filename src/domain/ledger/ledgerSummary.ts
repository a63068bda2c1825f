import { z } from "zod";
import { isoDate, pair, windowMeasures } from "../model/common.js";

/**
 * A year of the ledgers as the dashboard draws it, read from the rollups only: the
 * answer of GET /api/ledger/summary and what the web app's 数据看板 charts.
 */
export const ledgerSummary = z.object({
  year: z.number().int(),
  /** The last day of the year with any imported case or desk event; null when nothing was imported. */
  lastDay: isoDate.nullable(),
  ytd: z.object({ licensing: pair, publicService: pair, otherPower: pair, window: windowMeasures }),
  months: z
    .array(z.object({ month: z.string().describe("yyyy-mm"), licensing: pair, publicService: pair, otherPower: pair, window: windowMeasures }))
    .describe("每月一项，1 月至最后有数据的月份"),
  departments: z
    .array(z.object({ department: z.string(), accepted: z.number().int(), completed: z.number().int() }))
    .describe("受理件数最多的部门（最多 12 个），今年以来"),
  warnings: z.array(z.string()).describe("数字不完整的提醒：有办件或台账导入尚未完成或已中断、未重新导入"),
});
export type LedgerSummary = z.infer<typeof ledgerSummary>;
