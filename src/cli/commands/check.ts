import type { Command } from "commander";
import type { CliContext } from "../context.js";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("check [ref]")
    .description("检查周报的一致性，例如 zhoubao check 2023-49；--all 检查全部往期。有错误时退出码为 1")
    .option("--all", "检查全部周报")
    .option("--json", "输出 JSON：{ findings: [...] }")
    .action(async (ref: string | undefined, opts: { all?: boolean; json?: boolean }) => {
      const { runCheck } = await import("./checkRun.js");
      await runCheck(ctx, ref, opts);
    });
}
