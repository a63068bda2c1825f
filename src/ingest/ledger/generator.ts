import { closeSync, openSync, writeSync } from "node:fs";
import iconv from "iconv-lite";
import { addDays } from "../../domain/calendar/dates.js";
import { HolidayCalendar } from "../../domain/calendar/holidayCalendar.js";
import { SEED_DEPARTMENTS } from "../../domain/departments/seed.js";
import { loadExcel } from "./excel.js";
import { CATEGORY_SHARES, DESK_SHARES, LICENSING_MATTERS, OTHER_POWER_MATTERS, PUBLIC_SERVICE_MATTERS, type MatterSpec } from "./generatorData.js";

/** One row of a synthetic platform case export (all text, as exported). */
export type GeneratedCase = { caseNo: string; matter: string; kind: string; department: string; acceptedAt: string; completedAt: string };
/** One row of a synthetic front-desk export. */
export type GeneratedDeskEvent = { serial: string; matter: string; type: string; department: string; occurredAt: string };

export type GeneratorOptions = {
  year: number;
  /** Cases (or desk events) of the whole year; carried-over cases come on top. */
  rows: number;
  seed?: number;
  /** Export date: later completions are still pending (empty 办结时间). Default 31 December. */
  asOf?: string;
  /** Share of rows whose department is spelled by one of its aliases. Default 0.1. */
  aliasShare?: number;
  calendar?: HolidayCalendar;
};

export const CASE_HEADER = ["办件编号", "事项名称", "事项类型", "部门", "受理时间", "办结时间"];
export const DESK_HEADER = ["流水号", "事项名称", "业务类型", "部门", "发生时间"];

/** mulberry32: the same data on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Office hours of the hall: 9:00–12:00 and 13:00–17:00, as seconds of the day. */
const OPEN = 25_200;
const clock = (k: number) => {
  const s = k < 10_800 ? 32_400 + k : 46_800 + (k - 10_800);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(Math.floor(s / 3600))}:${p(Math.floor(s / 60) % 60)}:${p(s % 60)}`;
};
const CLOCK = Array.from({ length: OPEN }, (_, k) => clock(k));

/** Working days from 1 November of the year before to the end of February after. */
function workdays(year: number, cal: HolidayCalendar): string[] {
  const out: string[] = [];
  for (let d = `${year - 1}-11-01`; d <= `${year + 1}-02-28`; d = addDays(d, 1)) if (cal.isWorkday(d)) out.push(d);
  return out;
}

function picker(matters: MatterSpec[]) {
  const total = matters.reduce((s, m) => s + m.weight, 0);
  const cumulative = matters.map(((s) => (m: MatterSpec) => (s += m.weight / total))(0));
  return (r: number) => matters[Math.min(matters.length - 1, cumulative.findIndex((c) => r < c))];
}

function spelling(rand: () => number, share: number) {
  const aliases = new Map(SEED_DEPARTMENTS.map((d) => [d.name, d.aliases]));
  return (name: string) => {
    const a = aliases.get(name) ?? [];
    return a.length && rand() < share ? a[Math.floor(rand() * a.length)] : name;
  };
}

/**
 * Calls `emit` for every row of a realistic export of a year's cases, in export order
 * (by acceptance time): about 3.6% 行政许可, 96% 公共服务, 0.3% of the nine other kinds;
 * accepted on working days in office hours; most public-service cases completed the same
 * day, licensing within weeks; cases accepted in the last weeks of the year before and
 * completed in this one come first (carry-over). An export as of an earlier date holds
 * the same cases as far as they were accepted by then, later completions still pending.
 * The row object is reused: copy it to keep it.
 *
 * @example
 * forEachCase({ year: 2023, rows: 1000 }, (c) => lines.push(`${c.caseNo},${c.kind}`));
 */
export function forEachCase(opts: GeneratorOptions, emit: (c: GeneratedCase) => void): number {
  const rand = random(opts.seed ?? 2023);
  const days = workdays(opts.year, opts.calendar ?? new HolidayCalendar());
  const asOf = opts.asOf ?? `${opts.year}-12-31`;
  const first = days.findIndex((d) => d >= `${opts.year}-01-01`);
  const last = days.findLastIndex((d) => d <= `${opts.year}-12-31`);
  const pick = { licensing: picker(LICENSING_MATTERS), publicService: picker(PUBLIC_SERVICE_MATTERS), otherPower: picker(OTHER_POWER_MATTERS) };
  const spell = spelling(rand, opts.aliasShare ?? 0.1);
  const row: GeneratedCase = { caseNo: "", matter: "", kind: "", department: "", acceptedAt: "", completedAt: "" };
  // Volumes: Mondays busier, Fridays quieter, ±10% noise; the year's days share exactly `rows`.
  const weight = (day: string) => {
    const w = new Date(`${day}T12:00:00Z`).getUTCDay();
    return (w === 1 ? 1.12 : w === 5 ? 0.9 : 1) * (0.9 + rand() * 0.2);
  };
  const weights = days.slice(first, last + 1).map(weight);
  const total = weights.reduce((a, b) => a + b, 0);
  let emitted = 0;
  let share = 0;
  // Carry-over: the last 30 working days of the year before, only cases completed in this year.
  // The whole year is simulated whatever asOf is, so an earlier export shows the same cases.
  for (let di = first - 30; di <= last; di++) {
    const day = days[di];
    if (day > asOf) break;
    const carry = di < first;
    let n: number;
    if (carry) n = Math.round((opts.rows / weights.length) * weight(day));
    else {
      const before = Math.round((share / total) * opts.rows);
      share += weights[di - first];
      n = Math.round((share / total) * opts.rows) - before;
    }
    const stamp = day.replaceAll("-", "");
    for (let i = 0; i < n; i++) {
      const r = rand();
      const spec = (r < CATEGORY_SHARES.licensing ? pick.licensing : r < CATEGORY_SHARES.licensing + CATEGORY_SHARES.otherPower ? pick.otherPower : pick.publicService)(rand());
      const at = Math.min(OPEN - 1, Math.floor(((i + rand()) * OPEN) / n));
      const sameDay = spec.days[0] === 0 && rand() < 0.8 && at < OPEN - 600;
      const wait = sameDay ? 0 : Math.max(1, spec.days[0]) + Math.floor(rand() * (spec.days[1] - Math.max(1, spec.days[0]) + 1));
      const done = days[di + wait];
      const doneAt = sameDay ? at + 300 + Math.floor(rand() * Math.min(7200, OPEN - at - 301)) : Math.floor(rand() * OPEN);
      const pending = !done || done > asOf;
      if (carry && (pending || done < `${opts.year}-01-01`)) continue;
      row.caseNo = `510000${stamp}${String(i + 1).padStart(8, "0")}`;
      row.matter = spec.name;
      row.kind = spec.kind;
      row.department = spell(spec.department);
      row.acceptedAt = `${day} ${CLOCK[at]}`;
      row.completedAt = pending ? "" : `${done} ${CLOCK[doneAt]}`;
      emit(row);
      emitted++;
    }
  }
  return emitted;
}

/**
 * Calls `emit` for every front-desk event of a year: 咨询 12.8%, 受理 4%, 颁发 29.5%,
 * 流转 53.7%, in office hours of working days, with serial numbers (流水号).
 *
 * @example
 * forEachDeskEvent({ year: 2023, rows: 600_000 }, (e) => counts[e.type]++);
 */
export function forEachDeskEvent(opts: GeneratorOptions, emit: (e: GeneratedDeskEvent) => void): number {
  const rand = random(opts.seed ?? 2024);
  const days = workdays(opts.year, opts.calendar ?? new HolidayCalendar());
  const asOf = opts.asOf ?? `${opts.year}-12-31`;
  const inYear = days.filter((d) => d >= `${opts.year}-01-01` && d <= `${opts.year}-12-31`);
  const matters = picker([...LICENSING_MATTERS, ...PUBLIC_SERVICE_MATTERS]);
  const spell = spelling(rand, opts.aliasShare ?? 0.1);
  const cumulative = DESK_SHARES.map(((s) => ([t, p]: [string, number]) => [t, (s += p)] as const)(0));
  const ev: GeneratedDeskEvent = { serial: "", matter: "", type: "", department: "", occurredAt: "" };
  let emitted = 0;
  inYear.forEach((day, di) => {
    if (day > asOf) return;
    const n = Math.floor(opts.rows / inYear.length) + (di < opts.rows % inYear.length ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const spec = matters(rand());
      const r = rand();
      ev.serial = `ZC${day.replaceAll("-", "")}${String(i + 1).padStart(5, "0")}`;
      ev.matter = spec.name;
      ev.type = (cumulative.find(([, c]) => r < c) ?? cumulative[cumulative.length - 1])[0];
      ev.department = spell(spec.department);
      ev.occurredAt = `${day} ${CLOCK[Math.min(OPEN - 1, Math.floor(((i + rand()) * OPEN) / n))]}`;
      emit(ev);
      emitted++;
    }
  });
  return emitted;
}

export type ExportFormat = { format?: "csv" | "xlsx"; encoding?: "utf8" | "gb18030"; bom?: boolean };

/**
 * Writes a synthetic case export: CSV in UTF-8 (with or without BOM) or GB18030, or XLSX
 * (times as date cells). Returns the number of rows.
 *
 * @example
 * await writeCaseExport("/tmp/2023.csv", { year: 2023, rows: 200_000, encoding: "gb18030" });
 */
export async function writeCaseExport(file: string, opts: GeneratorOptions & ExportFormat): Promise<number> {
  if (opts.format === "xlsx")
    return writeXlsx(file, CASE_HEADER, [5, 6], (add) => forEachCase(opts, (c) => add([c.caseNo, c.matter, c.kind, c.department, c.acceptedAt, c.completedAt])));
  return writeCsv(file, CASE_HEADER, opts, (add) => forEachCase(opts, (c) => add(`${c.caseNo},${c.matter},${c.kind},${c.department},${c.acceptedAt},${c.completedAt}\n`)));
}

/**
 * Writes a synthetic front-desk export (CSV or XLSX); `serials: false` leaves out 流水号.
 *
 * @example
 * await writeDeskExport("/tmp/desk.xlsx", { year: 2023, rows: 600_000, format: "xlsx" });
 */
export async function writeDeskExport(file: string, opts: GeneratorOptions & ExportFormat & { serials?: boolean }): Promise<number> {
  const serial = (e: GeneratedDeskEvent) => (opts.serials === false ? [] : [e.serial]);
  const header = opts.serials === false ? DESK_HEADER.slice(1) : DESK_HEADER;
  if (opts.format === "xlsx")
    return writeXlsx(file, header, [header.length], (add) => forEachDeskEvent(opts, (e) => add([...serial(e), e.matter, e.type, e.department, e.occurredAt])));
  return writeCsv(file, header, opts, (add) => forEachDeskEvent(opts, (e) => add(`${[...serial(e), e.matter, e.type, e.department, e.occurredAt].join(",")}\n`)));
}

function writeCsv(file: string, header: string[], opts: ExportFormat, rows: (add: (line: string) => void) => number): number {
  const fd = openSync(file, "w");
  const flush = (s: string) => writeSync(fd, opts.encoding === "gb18030" ? iconv.encode(s, "gb18030") : Buffer.from(s, "utf8"));
  try {
    let out = `${opts.bom && opts.encoding !== "gb18030" ? "\uFEFF" : ""}${header.join(",")}\n`;
    const n = rows((line) => {
      out += line;
      if (out.length > 1 << 20) {
        flush(out);
        out = "";
      }
    });
    flush(out);
    return n;
  } finally {
    closeSync(fd);
  }
}

/** XLSX through exceljs's streaming writer; `dateColumns` (1-based) become date cells. */
async function writeXlsx(file: string, header: string[], dateColumns: number[], rows: (add: (cells: string[]) => void) => number): Promise<number> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("导出数据");
  ws.addRow(header).commit();
  const asDate = (s: string) => (s ? new Date(`${s.replace(" ", "T")}Z`) : null);
  const n = rows((cells) => {
    const row = ws.addRow(cells.map((c, i) => (dateColumns.includes(i + 1) ? asDate(c) : c)));
    for (const col of dateColumns) row.getCell(col).numFmt = "yyyy-mm-dd hh:mm:ss";
    row.commit();
  });
  ws.commit();
  await wb.commit();
  return n;
}
