/**
 * Benchmark of importing past issues (issue 4):
 *   1. parse time per issue — median over many runs of parseReportText on each of
 *      the importer's fixtures and, when ../shared is there, the real samples
 *      (target ≤ 2 ms);
 *   2. importing 1,000 generated issues (consecutive numbers and periods per the
 *      holiday calendar, texts made from the fixtures) into a fresh SQLite store,
 *      parse + one transaction per issue (target ≤ 5 s).
 *
 *   node bin/run-ts.js bench/importBench.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { HolidayCalendar, addDays, proposeNext, type NumberedIssue } from "../src/domain/index.js";
import { parseReportText } from "../src/ingest/report/index.js";
import { saveImportedIssue } from "../src/ingest/report/save.js";
import { FIXTURES, SAMPLES, casesIn, type Case } from "../src/ingest/report/testing/fixtures.js";
import { openStore } from "../src/store/index.js";

const PARSE_RUNS = 500;
const PARSE_TARGET_MS = 2;
const ISSUES = 1000;
const IMPORT_TARGET_S = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median parse time of one text, after warming up. */
function parseTime(text: string): number {
  for (let i = 0; i < 50; i++) parseReportText(text);
  const times: number[] = [];
  for (let i = 0; i < PARSE_RUNS; i++) {
    const t0 = performance.now();
    parseReportText(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

const spaced = (...parts: (string | number)[]) => parts.map(String).join("\\s*");
const md = (iso: string) => iso.split("-").slice(1).map(Number);

/** A fixture's text renumbered as another issue: number line, period and publication date. */
function renumber(c: Case, to: NumberedIssue): string {
  const from = c.expected.issue as { year: number; seq: number; total: number; publishedOn: string; period: { start: string; end: string } };
  const [py, pm, pd] = from.publishedOn.split("-").map(Number);
  const [sm, sd] = md(from.period.start);
  const [em, ed] = md(from.period.end);
  const published = addDays(to.period.end, 7).split("-").map(Number);
  const [tsm, tsd] = md(to.period.start);
  const [tem, ted] = md(to.period.end);
  return c.text
    .replace(new RegExp(spaced(from.year, "年第", from.seq, "期（总第", from.total, "期）")), `${to.year}年第${to.seq}期（总第${to.total}期）`)
    .replace(new RegExp(`（${spaced(sm, "月", sd, "日—", em, "月", ed, "日")}）`), `（${tsm}月${tsd}日—${tem}月${ted}日）`)
    .replace(new RegExp(spaced(py, "年", pm, "月", pd, "日")), `${published[0]}年${published[1]}月${published[2]}日`)
    .replace(/(\d{4})年1月1日至(\d{4})年(\d{1,2})月(\d{1,2})日/, `${to.year}年1月1日至${to.year}年${tem}月${ted}日`);
}

/** ISSUES report texts of one center, about 21 years of consecutive issues. */
export function generatedReports(cases: Case[], n = ISSUES): string[] {
  const calendar = new HolidayCalendar();
  const out: string[] = [];
  let previous: NumberedIssue = { year: 2003, seq: 50, total: 50, period: { start: "2003-12-29", end: "2003-12-31" } };
  for (let i = 0; i < n; i++) {
    const next = proposeNext(previous, calendar);
    out.push(renumber(cases[i % cases.length], next));
    previous = next;
  }
  return out;
}

export async function run(): Promise<{ parseMs: number; importSeconds: number }> {
  const cases = casesIn(FIXTURES);
  console.log("parse: median per issue over", PARSE_RUNS, "runs");
  const timed = [...cases.map((c) => ["fixture", c] as const), ...casesIn(SAMPLES).map((c) => ["sample", c] as const)];
  const medians = timed.map(([what, c]) => {
    const ms = parseTime(c.text);
    console.log(`  ${what.padEnd(7)} ${c.name.padEnd(8)} ${String(c.text.length).padStart(5)} chars  ${ms.toFixed(3)} ms`);
    return ms;
  });
  const parseMs = Math.max(...medians);
  console.log(`  slowest median ${parseMs.toFixed(3)} ms; target ≤ ${PARSE_TARGET_MS} ms ${parseMs <= PARSE_TARGET_MS ? "✓" : "✗"}`);

  const texts = generatedReports(cases);
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-import-bench-"));
  const store = await openStore({ dialect: "sqlite", path: join(dir, "bench.db") });
  try {
    const center = await store.centers.default();
    await store.departments.seed(center.id);
    const registry = await store.departments.registry(center.id);
    const t0 = performance.now();
    for (const [i, text] of texts.entries()) {
      const { doc } = parseReportText(text, { registry, issuer: center.name });
      await saveImportedIssue(store, center.id, doc, { file: `generated-${i + 1}.txt` });
    }
    const importSeconds = (performance.now() - t0) / 1000;
    const stored = await store.issues.list(center.id);
    const [last, first] = [stored[0], stored[stored.length - 1]];
    console.log(`import: ${stored.length} generated issues (${first.year}-${first.seq} … ${last.year}-${last.seq}, 总第${last.total}期) into a fresh SQLite store`);
    console.log(`  ${importSeconds.toFixed(2)} s (${((importSeconds / texts.length) * 1000).toFixed(2)} ms per issue: parse + one transaction); target ≤ ${IMPORT_TARGET_S} s ${importSeconds <= IMPORT_TARGET_S ? "✓" : "✗"}`);
    return { parseMs, importSeconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
