import type { Command } from "commander";
import { ZhoubaoError } from "../../domain/errors.js";
import { ROLE_LABELS, USER_ROLES } from "../../domain/roles.js";
import type { CliContext } from "../context.js";

/** The first line of standard input: a password never appears in the process list or the shell history. */
async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("请输入密码后按回车：");
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    if (Buffer.concat(chunks).includes(10)) break;
  }
  const line = Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0];
  if (!line) throw new ZhoubaoError("input.invalid", "标准输入中没有密码。用法：echo '密码' | zhoubao user add 用户名 --role 角色 --password-stdin", {});
  return line;
}

const accounts = () => import("../../services/accountManager.js");
const actor = () => import("../../services/actor.js");

type AddOpts = { role: string; department?: string; name?: string; passwordStdin?: boolean };

/** `zhoubao user add|list|disable|enable`, e.g. `echo "$PW" | zhoubao user add lisi --role liaison --department 应急厅 --password-stdin`. */
export function register(program: Command, ctx: CliContext): void {
  const user = program.command("user").description("用户与角色：添加、列表、停用");

  user
    .command("add <username>")
    .description(`添加用户；角色：${USER_ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join("、")}`)
    .requiredOption("--role <角色>", "角色")
    .option("--department <部门>", "窗口联络员所属部门（全称或简称）")
    .option("--name <姓名>", "显示的姓名（默认同用户名）")
    .option("--password-stdin", "从标准输入读取密码（必需）")
    .action(async (username: string, opts: AddOpts) => {
      if (!opts.passwordStdin)
        throw new ZhoubaoError("input.invalid", "请用 --password-stdin 从标准输入提供密码，不要把密码写在命令行上。", {});
      const [{ addUser }, { systemActor }] = await Promise.all([accounts(), actor()]);
      const store = await ctx.store();
      // With several centers an account must be bound to one on purpose, not to the first by default.
      if (!ctx.centerNamed() && (await store.centers.list()).length > 1)
        throw new ZhoubaoError("center.required", "部署中有多个中心，请用 --center 编码（或 ZHOUBAO_CENTER）指明用户所属的中心；可用 zhoubao center list 查看。", {});
      const center = await ctx.center();
      let departmentId: number | null = null;
      if (opts.department) {
        const name = (await store.departments.registry(center.id)).resolve(opts.department);
        const dep = (await store.departments.list(center.id)).find((d) => d.name === name);
        if (!dep) throw new ZhoubaoError("department.unknown", `未知的部门：${opts.department}。可用 zhoubao department list 查看。`, { name: opts.department });
        departmentId = dep.id!;
      }
      const password = await readPasswordFromStdin();
      const u = await addUser(store, systemActor(center.id), { username, displayName: opts.name ?? username, role: opts.role, departmentId, password });
      ctx.out(`已添加用户 ${u.username}（${ROLE_LABELS[u.role]}${u.department ? `，${u.department}` : ""}）。`);
    });

  user
    .command("list")
    .description("列出用户")
    .option("--json", "输出 JSON")
    .action(async (opts: { json?: boolean }) => {
      const list = await (await ctx.store()).users.list((await ctx.center()).id);
      if (opts.json) return ctx.out(JSON.stringify(list, null, 2));
      if (!list.length) return ctx.out("还没有用户。首次运行 zhoubao serve 会创建管理员。");
      for (const u of list)
        ctx.out(
          `${u.username.padEnd(16)} ${u.displayName.padEnd(8)} ${ROLE_LABELS[u.role].padEnd(6)} ${(u.department ?? "").padEnd(14)} ${u.active ? "启用" : "已停用"}${u.lastLoginAt ? `  最近登录 ${u.lastLoginAt.slice(0, 16).replace("T", " ")}` : ""}`,
        );
      ctx.out(`共 ${list.length} 个用户。`);
    });

  user
    .command("disable <username>")
    .description("停用用户（立即结束其所有会话）")
    .action(async (username: string) => {
      const [{ disableUser }, { systemActor }] = await Promise.all([accounts(), actor()]);
      const u = await disableUser(await ctx.store(), systemActor((await ctx.center()).id), username);
      ctx.out(`已停用用户 ${u.username}。`);
    });

  user
    .command("enable <username>")
    .description("重新启用用户")
    .action(async (username: string) => {
      const [{ updateUser }, { systemActor }] = await Promise.all([accounts(), actor()]);
      const store = await ctx.store();
      const center = await ctx.center();
      const u = await store.users.byUsername(username);
      if (!u || u.centerId !== center.id) throw new ZhoubaoError("user.not-found", `未找到用户“${username}”。`, { username });
      await updateUser(store, systemActor(center.id), u.id, { active: true });
      ctx.out(`已启用用户 ${u.username}。`);
    });
}
