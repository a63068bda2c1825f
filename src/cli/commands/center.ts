import type { Command } from "commander";
import type { CliContext } from "../context.js";

type AddOpts = { name: string; parent?: string; copyDepartmentsFrom?: string; template?: string };

const keeper = () => import("../../services/centerKeeper.js");
const actor = () => import("../../services/actor.js");

/**
 * `zhoubao center add|list`: the centers of a province deployment (issue 19), e.g.
 * `zhoubao center add 510100 --name 成都市政务服务中心 --parent 510000`.
 */
export function register(program: Command, ctx: CliContext): void {
  const center = program.command("center").description("中心：添加、列表（多中心部署，编码为行政区划代码）");

  center
    .command("add <编码>")
    .description("添加中心：编码为 6 位行政区划代码；新中心自带部门清单、模板，期号与节假日调整各自独立")
    .requiredOption("--name <名称>", "中心名称（周报的编印单位），如 成都市政务服务中心")
    .option("--parent <编码>", "上级中心的编码（新中心的编码须在其行政区划之内）")
    .option("--copy-departments-from <编码>", "复制该中心的进驻部门（默认：29 个省级部门的标准清单）")
    .option("--template <模板>", "第一期周报的栏目模板：2022 或 2023（默认 2023）")
    .action(async (code: string, opts: AddOpts) => {
      const [{ addCenter }, { systemActor }] = await Promise.all([keeper(), actor()]);
      // Not ctx.center(): adding the first center of an empty store must not create the demo one.
      const input = { code, name: opts.name, parent: opts.parent ?? null, copyDepartmentsFrom: opts.copyDepartmentsFrom ?? null, template: opts.template };
      const c = await addCenter(await ctx.store(), systemActor(0), input);
      ctx.out(`已添加中心 ${c.code} ${c.name}${c.parentCode ? `（上级：${c.parentCode}）` : ""}。用 --center ${c.code} 或 ZHOUBAO_CENTER=${c.code} 操作它。`);
    });

  center
    .command("list")
    .description("按层级列出全部中心及其上级的编码")
    .option("--json", "输出 JSON：[{ code, name, parentCode, depth }]")
    .action(async (opts: { json?: boolean }) => {
      const [{ listCenters }, { systemActor }] = await Promise.all([keeper(), actor()]);
      const list = await listCenters(await ctx.store(), systemActor(0));
      if (opts.json) return ctx.out(JSON.stringify(list.map(({ code, name, parentCode, depth }) => ({ code, name, parentCode, depth })), null, 2));
      if (!list.length) return ctx.out("还没有中心。用 zhoubao center add 编码 --name 名称 添加。");
      for (const c of list) ctx.out(`${"  ".repeat(c.depth)}${c.code}  ${c.name}${c.parentCode ? `  （上级 ${c.parentCode}）` : ""}`);
      ctx.out(`共 ${list.length} 个中心。`);
    });
}
