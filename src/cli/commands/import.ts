import { basename } from "node:path";
import type { Command } from "commander";
import { isZhoubaoError } from "../../domain/errors.js";
import type { Facts } from "../../domain/index.js";
import type { Finding } from "../../domain/checks/finding.js";
import type { ImportProblem } from "../../ingest/report/index.js";
import type { CliContext } from "../context.js";
import { counts, printGrouped } from "../findings.js";

type ImportOpts = { dryRun?: boolean; json?: boolean; replace?: boolean; reason?: string; strict?: boolean };
type FileResult = { file: string; facts?: Facts; lines: string[]; problems: ImportProblem[]; findings: Finding[]; error?: unknown };

const FORMAT_LABELS = { txt: "文本", pdf: "PDF", docx: "Word", html: "网页" } as const;

/**
 * `zhoubao import FILE... [--dry-run] [--json] [--replace --reason R] [--strict]`: past issues (TXT,
 * PDF, DOCX) into the archive, one transaction per file. --json prints the Facts JSON
 * (an object for one file, an array for several). Problems the parser found and the
 * issue's check findings are listed on stderr: a past issue is stored as it was printed,
 * findings and all (exit 0); --strict refuses one with a check error or a broken number
 * instead. A file that fails does not stop the others, but the exit status is non-zero.
 * An issue of the same number in the workflow (draft, in review) is never replaced, and a
 * published one only as a correction: --replace with a written --reason, checks as for
 * approval, audited (services/pastIssueImporter).
 */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("import")
    .description("导入往期周报（TXT、PDF、DOCX）；办件导出与综窗台账见 import cases / import desk")
    .argument("<文件...>", "周报文件，可一次多个")
    .option("--dry-run", "只解析和检查，不保存")
    .option("--json", "输出 Facts JSON（一个文件为对象，多个文件为数组）")
    .option("--replace", "以文件更正已发布的同一期（须同时用 --reason 写明更正理由；草稿或审核中的一期不能覆盖）")
    .option("--reason <理由>", "更正理由（与 --replace 一起使用）")
    .option("--strict", "严格导入：校核有错误（如总期号不连续、原文未能识别）的不导入")
    .action(async (files: string[], opts: ImportOpts) => {
      const [{ readReportInWorker }, { storePastIssue }, { issueNumberLine }, { systemActor }] = await Promise.all([
        import("../../ingest/report/index.js"),
        import("../../services/pastIssueImporter.js"),
        import("../../domain/present/dates.js"),
        import("../../services/actor.js"),
      ]);
      const store = await ctx.store();
      const center = await ctx.center();
      const actor = systemActor(center.id);
      const registry = await store.departments.registry(center.id);
      const bar = files.length > 1 ? await progressBar(files.length) : null;
      const results: FileResult[] = [];
      try {
        for (const file of files) {
          const name = basename(file);
          try {
            const r = await readReportInWorker(file, { registry, issuer: center.name });
            const how = `${name}（${FORMAT_LABELS[r.source.format]}${r.source.encoding && r.source.encoding !== "utf-8" ? `，${r.source.encoding.toUpperCase()}` : ""}）`;
            const { saved, findings } = await storePastIssue(store, actor, r.doc, { ...opts, file: name });
            const done = saved ? `${saved.action === "created" ? "已导入" : "已更正"} ${issueNumberLine(r.doc)}：${how}` : `${issueNumberLine(r.doc)}：${how}解析完成（试运行，未保存）`;
            const line = findings.length ? `${done}；校核：${counts(findings)}` : done;
            results.push({ file: name, facts: r.facts, lines: [line], problems: r.problems, findings });
          } catch (error) {
            if (files.length === 1 || !isZhoubaoError(error)) {
              bar?.stop();
              throw error;
            }
            results.push({ file: name, lines: [], problems: [], findings: [], error });
          }
          bar?.increment({ file: name });
        }
      } finally {
        // A correction (--replace over a published issue) prints its PDF with chromium, which must not outlive the command.
        if (opts.replace) await (await import("../../services/documentRenderer.js")).stopRenderer();
      }
      bar?.stop();
      report(results, opts, ctx);
      const failed = results.filter((r) => r.error).length;
      if (files.length > 1 && !opts.json)
        ctx.out(`共 ${files.length} 个文件：${opts.dryRun ? "可导入" : "导入"} ${files.length - failed} 个，失败 ${failed} 个。`);
      if (failed) process.exitCode = 1;
    });
}

function report(results: FileResult[], opts: ImportOpts, ctx: CliContext): void {
  for (const r of results) {
    if (r.error && isZhoubaoError(r.error)) ctx.err(`错误 [${r.error.code}]：${r.error.message}`);
    if (!opts.json) for (const l of r.lines) ctx.out(l);
    for (const p of r.problems) ctx.err(`  注意（${r.file}${p.line ? ` 第 ${p.line} 行` : ""}）：${p.message}`);
    if (r.findings.length) {
      ctx.err(`  校核（${r.file}）：往期周报按原样导入，以下问题已记录，可用 zhoubao check 再次查看。`);
      printGrouped(r.findings, (t) => ctx.err(`  ${t}`));
    }
  }
  if (!opts.json) return;
  const facts = results.flatMap((r) => (r.facts ? [r.facts] : []));
  if (results.length === 1) {
    if (facts[0]) ctx.out(JSON.stringify(facts[0], null, 2));
  } else ctx.out(JSON.stringify(facts, null, 2));
}

/** A bar on stderr (cli-progress draws it only on a terminal). */
async function progressBar(total: number) {
  const { default: cliProgress } = await import("cli-progress");
  const bar = new cliProgress.SingleBar(
    { format: "导入往期周报 [{bar}] {value}/{total} | {file}", stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: "" });
  return bar;
}
