import { basename } from "node:path";
import type { Command } from "commander";
import { ZhoubaoError } from "../../domain/errors.js";
import type { ImportProgress, LedgerImportResult } from "../../ingest/ledger/importer.js";
import { ENCODING_LABELS } from "../../ingest/ledger/encoding.js";
import type { LedgerKind } from "../../store/repositories/ledgerTypes.js";
import { positiveInt } from "../args.js";
import type { CliContext } from "../context.js";
import { attachProvinceStats } from "./statsProvince.js";

type ImportOpts = { source?: string; map: string[]; batchSize?: number; rejects?: string; json?: boolean };
const LEDGER_LABELS: Record<LedgerKind, string> = { cases: "办件", desk: "综窗台账" };
const collect = (v: string, prev: string[]) => [...prev, v];
const sentences = () => import("../../domain/present/sentences.js");
const statsFiller = () => import("../../services/statsFiller.js");
const wan = (n: number) => (n >= 100_000 ? `${(n / 10_000).toFixed(1)} 万` : String(n));

/** A progress bar on stderr (shown only on a terminal), fed by importLedger's onProgress. */
async function progressBar(ledger: LedgerKind, file: string) {
  const { default: cliProgress } = await import("cli-progress");
  const bar = new cliProgress.SingleBar(
    {
      format: `导入${LEDGER_LABELS[ledger]} ${basename(file)} [{bar}] {percentage}% | {rows} 行 | {speed} 行/秒 | 剩余 {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let on = false;
  return {
    update(p: ImportProgress) {
      if (!on) bar.start(Math.max(1, p.totalBytes), 0, { rows: 0, speed: 0 });
      on = true;
      const seconds = (performance.now() - started) / 1000;
      bar.update(p.bytes, { rows: p.rows, speed: seconds > 0 ? Math.round(p.rows / seconds) : 0 });
    },
    stop: () => on && bar.stop(),
  };
}

function report(r: LedgerImportResult, ctx: CliContext, rejectsFile?: string): void {
  const how = r.format === "xlsx" ? "XLSX" : `CSV，${ENCODING_LABELS[r.encoding ?? "utf8"]}`;
  const rate = r.seconds > 0 ? `，${wan(Math.round(r.rows / r.seconds))} 行/秒` : "";
  ctx.out(
    `已导入${LEDGER_LABELS[r.ledger]}文件 ${basename(r.file)}（${how}）：读取 ${r.rows} 行，新增 ${r.inserted} 条，更新 ${r.updated} 条，` +
      `未变 ${r.unchanged} 条，拒收 ${r.rejected} 行；用时 ${r.seconds.toFixed(1)} 秒${rate}。`,
  );
  if (!r.rejected) return;
  ctx.err(`拒收 ${r.rejected} 行：${Object.entries(r.rejectionsByKind).map(([k, n]) => `${k} ${n} 行`).join("，")}。`);
  for (const x of r.rejections.slice(0, 20)) ctx.err(`  ${x.reason}`);
  if (r.rejected > 20) ctx.err(`  ……另有 ${r.rejected - 20} 行。`);
  ctx.err(rejectsFile ? `全部拒收行已写入 ${rejectsFile}。` : "可用 --rejects 文件名 保存全部拒收行。");
}

/**
 * Adds `cases` and `desk` to the `import` command: `zhoubao import cases FILE`,
 * `zhoubao import desk FILE`. The `import` command itself (past reports, `import
 * FILE...`) belongs to commands/import.ts; these are its subcommands.
 *
 * @example
 * attachLedgerImports(program.commands.find((c) => c.name() === "import")!, ctx);
 */
export function attachLedgerImports(importCommand: Command, ctx: CliContext): void {
  // `import cases FILE --json`: options after a subcommand name are the subcommand's, not
  // import's. Commander needs positional options on every ancestor for that (the root has
  // no options of its own, so nothing else changes).
  for (let c: Command | null = importCommand; c; c = c.parent) c.enablePositionalOptions();
  for (const ledger of ["cases", "desk"] as const)
    importCommand
      .command(`${ledger} <文件>`)
      .description(ledger === "cases" ? "导入一体化平台办件导出（CSV/XLSX，UTF-8 或 GB18030）" : "导入综合窗口前台台账（咨询/受理/颁发/流转）")
      .option("--source <名称>", "导出来源：沿用并保存该来源的列映射")
      .option("--map <字段=列名>", "列映射，如 --map 办件编号=申报号（可重复）", collect, [])
      .option("--batch-size <行数>", "每批（每个事务）的行数，默认 100000", positiveInt)
      .option("--rejects <文件>", "把全部拒收行写入该 CSV 文件")
      .option("--json", "输出 JSON")
      .action(async (file: string, opts: ImportOpts) => {
        // The importer's modules load while the store opens (its file reads overlap).
        const [{ importLedger }, { parseMappingOptions }, store, center] = await Promise.all([
          import("../../ingest/ledger/importer.js"),
          import("../../ingest/ledger/mapping.js"),
          ctx.store(),
          ctx.center(),
        ]);
        const bar = opts.json ? null : await progressBar(ledger, file);
        let r: LedgerImportResult;
        try {
          r = await importLedger(store, center.id, {
            ledger,
            file,
            source: opts.source ?? null,
            mapping: parseMappingOptions(ledger, opts.map),
            batchSize: opts.batchSize,
            rejectsFile: opts.rejects,
            onProgress: bar ? (p) => bar.update(p) : undefined,
          });
        } finally {
          bar?.stop();
        }
        if (opts.json) return ctx.out(JSON.stringify(r, null, 2));
        report(r, ctx, opts.rejects);
      });
}

/** `import cases|desk` on the `import` command (made here if import.ts has not), and `stats …`. */
export function register(program: Command, ctx: CliContext): void {
  const existing = program.commands.find((c) => c.name() === "import");
  attachLedgerImports(existing ?? program.command("import").description("导入：往期周报、办件导出、综窗台账"), ctx);

  const stats = program.command("stats").description("办件与综窗统计：今年以来、本周、填入周报");
  stats
    .command("ytd")
    .description("今年以来的办件数（截至某日）")
    .requiredOption("--as-of <日期>", "统计截止日期 YYYY-MM-DD")
    .option("--json", "输出 JSON（DESIGN.md §4 platformStats）")
    .action(async (opts: { asOf: string; json?: boolean }) => {
      const [{ platformStatsAsOf }, { platformStatsSentence }] = await Promise.all([statsFiller(), sentences()]);
      const { stats: s, warnings } = await platformStatsAsOf(await ctx.store(), (await ctx.center()).id, opts.asOf);
      for (const w of warnings) ctx.err(`注意：${w}`);
      if (opts.json) return ctx.out(JSON.stringify(s, null, 2));
      ctx.out(platformStatsSentence({ kind: "platform-stats", platform: "一体化政务服务平台", ...s }));
    });
  stats
    .command("week <期号>")
    .description("某一期统计周期的数字：截至周期末的办件数，本周与今年以来的综窗数")
    .option("--json", "输出 JSON（platformStats 与 windowCounts）")
    .action(async (ref: string, opts: { json?: boolean }) => {
      const [{ weekStats }, { platformStatsSentence, windowCountsSentence }] = await Promise.all([statsFiller(), sentences()]);
      const w = await weekStats(await ctx.store(), (await ctx.center()).id, ref);
      for (const x of w.warnings) ctx.err(`注意：${x}`);
      if (opts.json) return ctx.out(JSON.stringify({ platformStats: w.platformStats, windowCounts: w.windowCounts }, null, 2));
      ctx.out(`${w.issue}（${w.period.start} 至 ${w.period.end}）`);
      ctx.out(platformStatsSentence({ kind: "platform-stats", platform: "一体化政务服务平台", ...w.platformStats }));
      ctx.out(windowCountsSentence({ kind: "window-counts", ...w.windowCounts }));
    });
  stats
    .command("fill <期号>")
    .description("用导入的数据填写该期的“办件统计”和“综窗办件”栏目（仅草稿）")
    .action(async (ref: string) => {
      const [{ fillIssueStats }, { systemActor }] = await Promise.all([statsFiller(), import("../../services/actor.js")]);
      const center = await ctx.center();
      const r = await fillIssueStats(await ctx.store(), systemActor(center.id), ref);
      for (const w of r.warnings) ctx.err(`注意：${w}`);
      ctx.out(r.filled.length ? `已填写：${r.filled.join("、")}。` : "没有填写任何栏目。");
    });
  attachProvinceStats(stats, ctx);
  stats
    .command("imports")
    .description("最近的导入记录")
    .option("--json", "输出 JSON")
    .action(async (opts: { json?: boolean }) => {
      const logs = await (await ctx.store()).ledger.imports((await ctx.center()).id);
      if (opts.json) return ctx.out(JSON.stringify(logs, null, 2));
      if (!logs.length) return ctx.out("还没有导入过办件或台账。");
      const { IMPORT_STATUS_LABELS: STATUS } = await import("../../domain/ledger/ledgerImportViews.js");
      for (const l of logs)
        ctx.out(`#${l.id} ${l.startedAt.slice(0, 19).replace("T", " ")} ${LEDGER_LABELS[l.ledger]} ${l.fileName} ${STATUS[l.status]}：读取 ${l.rowsRead} 行，新增 ${l.inserted}，更新 ${l.updated}，拒收 ${l.rejected}（${l.batches} 批）`);
    });
  stats
    .command("verify")
    .description("核对汇总表与明细是否一致（全表扫描，较慢）")
    .requiredOption("--year <年份>", "年份", positiveInt)
    .action(async (opts: { year: number }) => {
      const store = await ctx.store();
      const id = (await ctx.center()).id;
      const [from, to] = [`${opts.year}-01-01`, `${opts.year}-12-31`];
      const key = (s: { category: string; measure: string }) => `${s.category}.${s.measure}`;
      const rolled = new Map((await store.ledger.sums(id, from, to)).map((s) => [key(s), s.n]));
      const counted = new Map((await store.ledger.recount(id, from, to)).map((s) => [key(s), s.n]));
      const bad = [...new Set([...rolled.keys(), ...counted.keys()])].filter((k) => (rolled.get(k) ?? 0) !== (counted.get(k) ?? 0));
      if (bad.length)
        throw new ZhoubaoError("internal", `汇总表与明细不一致：${bad.map((k) => `${k} 汇总 ${rolled.get(k) ?? 0}，明细 ${counted.get(k) ?? 0}`).join("；")}。`);
      ctx.out(`${opts.year} 年汇总表与明细一致（${counted.size} 项）。`);
    });
}
