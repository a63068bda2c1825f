import type { Command } from "commander";
import { issueRefArg, positiveInt } from "../args.js";
import type { CliContext } from "../context.js";

const dates = () => import("../../domain/present/dates.js");

type NewOpts = { year?: number; seq?: number; total?: number; start?: string; end?: string; publishedOn?: string; template?: string; json?: boolean };

export function register(program: Command, ctx: CliContext): void {
  const issue = program.command("issue").description("周报：建议期号、新建、列表、查看");

  issue
    .command("next")
    .description("建议下一期的期号与统计周期")
    .option("--json", "输出 JSON")
    .action(async (opts: { json?: boolean }) => {
      const [{ proposeNextIssue }, { chinesePeriod, issueNumberLine }] = await Promise.all([import("../../services/issueDrafter.js"), dates()]);
      const p = await proposeNextIssue(await ctx.store(), (await ctx.center()).id);
      if (opts.json) return ctx.out(JSON.stringify(p, null, 2));
      ctx.out(`下一期：${issueNumberLine(p)}`);
      ctx.out(`统计周期：${p.period.start} 至 ${p.period.end}（${chinesePeriod(p.period)}）`);
      for (const w of p.warnings) ctx.err(`注意：${w}`);
    });

  issue
    .command("new")
    .description("新建下一期草稿（沿用上一期的栏目结构，内容清空）")
    .option("--year <年份>", "年份（默认按建议）", positiveInt)
    .option("--seq <期号>", "年内期号（默认按建议）", positiveInt)
    .option("--total <总期号>", "总期号（默认按建议）", positiveInt)
    .option("--start <日期>", "统计周期开始 YYYY-MM-DD")
    .option("--end <日期>", "统计周期结束 YYYY-MM-DD")
    .option("--published-on <日期>", "印发日期 YYYY-MM-DD")
    .option("--template <模板>", "2022、2023 或已保存模板的名称（默认沿用上一期）")
    .option("--json", "输出 JSON")
    .action(async (opts: NewOpts) => {
      const [{ draftIssue }, { chinesePeriod, issueNumberLine }] = await Promise.all([import("../../services/issueDrafter.js"), dates()]);
      const period = opts.start || opts.end ? { start: opts.start ?? opts.end!, end: opts.end ?? opts.start! } : undefined;
      const { issue: created, warnings } = await draftIssue(await ctx.store(), (await ctx.center()).id, {
        year: opts.year,
        seq: opts.seq,
        total: opts.total,
        period,
        publishedOn: opts.publishedOn,
        template: opts.template,
      });
      if (opts.json) return ctx.out(JSON.stringify(created, null, 2));
      ctx.out(`已新建 ${issueNumberLine(created)}，统计周期 ${chinesePeriod(created.period)}，状态：草稿。`);
      for (const w of warnings) ctx.err(`注意：${w}`);
    });

  issue
    .command("list")
    .description("列出周报（最新在前）")
    .option("--year <年份>", "只列出某一年", positiveInt)
    .option("--json", "输出 JSON")
    .action(async (opts: { year?: number; json?: boolean }) => {
      const [{ ISSUE_STATUS_LABELS }, { chinesePeriod, issueNumberLine }] = await Promise.all([import("../../domain/model/issue.js"), dates()]);
      const list = await (await ctx.store()).issues.list((await ctx.center()).id, { year: opts.year });
      if (opts.json) return ctx.out(JSON.stringify(list, null, 2));
      if (!list.length) return ctx.out("还没有周报。可用 zhoubao issue new 新建，或 zhoubao import 导入往期。");
      for (const i of list)
        ctx.out(`${`${i.year}-${i.seq}`.padEnd(8)} ${issueNumberLine(i)}  ${chinesePeriod(i.period).padEnd(14)} ${ISSUE_STATUS_LABELS[i.status]}${i.publishedOn ? `  印发 ${i.publishedOn}` : ""}`);
      ctx.out(`共 ${list.length} 期。`);
    });

  issue
    .command("show <ref>")
    .description("查看一期周报，例如 2023-49；--json 输出 Facts JSON")
    .option("--json", "输出 Facts JSON（DESIGN.md §4）")
    .action(async (ref: string, opts: { json?: boolean }) => {
      const { year, seq } = issueRefArg(ref);
      const [{ issueFacts }, { toDocument }, { printOutline }] = await Promise.all([
        import("../../domain/facts/issueFacts.js"),
        import("../../store/index.js"),
        import("./issueOutline.js"),
      ]);
      const stored = await (await ctx.store()).issues.require((await ctx.center()).id, year, seq);
      if (opts.json) return ctx.out(JSON.stringify(issueFacts(toDocument(stored)), null, 2));
      printOutline(stored, ctx.out);
    });
}
