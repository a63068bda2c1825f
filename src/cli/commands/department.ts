import type { Command } from "commander";
import { ZhoubaoError } from "../../domain/errors.js";
import type { CliContext } from "../context.js";

export function register(program: Command, ctx: CliContext): void {
  const dep = program.command("department").description("进驻部门（窗口）");
  dep
    .command("list")
    .description("列出部门及其简称")
    .option("--json", "输出 JSON")
    .action(async (opts: { json?: boolean }) => {
      const store = await ctx.store();
      const list = await store.departments.list((await ctx.center()).id);
      if (opts.json) return ctx.out(JSON.stringify(list, null, 2));
      for (const d of list) ctx.out(`${String(d.displayOrder).padStart(3)}  ${d.name}${d.aliases.length ? `（简称：${d.aliases.join("、")}）` : ""}`);
      ctx.out(`共 ${list.length} 个部门。`);
    });
  dep
    .command("resolve <name>")
    .description("把简称解析为登记的部门全称")
    .action(async (name: string) => {
      const store = await ctx.store();
      const canonical = (await store.departments.registry((await ctx.center()).id)).resolve(name);
      if (!canonical) throw new ZhoubaoError("department.unknown", `未知的部门：${name}。可用 zhoubao department list 查看已登记的部门。`, { name });
      ctx.out(canonical);
    });
}
