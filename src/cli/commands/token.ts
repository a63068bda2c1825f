import type { Command } from "commander";
import { TOKEN_SCOPE_LABELS, TOKEN_SCOPES, TOKEN_STATE_LABELS, DEFAULT_TOKEN_DAYS } from "../../domain/tokenScopes.js";
import { ZhoubaoError } from "../../domain/errors.js";
import type { CliContext } from "../context.js";

const keeper = () => import("../../services/tokenKeeper.js");
const actor = () => import("../../services/actor.js");
const collect = (v: string, all: string[] = []) => [...all, v];
const day = (iso: string | null) => (iso ? iso.slice(0, 16).replace("T", " ") : "—");

/** `zhoubao token create|list|revoke`: API tokens of machine clients (issue 21). */
export function register(program: Command, ctx: CliContext): void {
  const token = program.command("token").description("接口令牌：供其他系统以 Authorization: Bearer 调用 API");

  token
    .command("create <name>")
    .description(`创建接口令牌；令牌只显示这一次（标准输出只有令牌，便于脚本读取）。权限范围：${TOKEN_SCOPES.map((s) => `${s}（${TOKEN_SCOPE_LABELS[s]}）`).join("、")}`)
    .option("--scope <范围>", "权限范围，可重复", collect)
    .option("--days <天数>", `有效天数（默认 ${DEFAULT_TOKEN_DAYS}）`)
    .action(async (name: string, opts: { scope?: string[]; days?: string }) => {
      if (opts.days !== undefined && !/^-?\d+$/.test(opts.days.trim()))
        throw new ZhoubaoError("input.invalid", `有效天数应为正整数，而不是“${opts.days}”。`, { days: opts.days });
      const [{ createToken }, { systemActor }] = await Promise.all([keeper(), actor()]);
      const center = await ctx.center();
      const input = { name, scopes: opts.scope ?? [], ...(opts.days !== undefined ? { days: Number(opts.days) } : {}) };
      const { token: secret, info } = await createToken(await ctx.store(), systemActor(center.id), input);
      ctx.err(`已创建接口令牌“${info.name}”（${info.scopes.join("、")}，有效期至 ${day(info.expiresAt)}）。令牌只显示这一次，请妥善保存：`);
      ctx.out(secret);
    });

  token
    .command("list")
    .description("列出接口令牌（名称、权限范围、创建、到期、最近使用、状态；不含令牌本身）")
    .option("--json", "输出 JSON")
    .action(async (opts: { json?: boolean }) => {
      const [{ listTokens }, { systemActor }] = await Promise.all([keeper(), actor()]);
      const list = await listTokens(await ctx.store(), systemActor((await ctx.center()).id));
      if (opts.json) return ctx.out(JSON.stringify(list, null, 2));
      if (!list.length) return ctx.out("还没有接口令牌。用 zhoubao token create 名称 --scope read-published 创建。");
      for (const t of list)
        ctx.out(
          `${t.name}  ${t.scopes.join(",")}  创建 ${day(t.createdAt)}  到期 ${day(t.expiresAt)}  最近使用 ${day(t.lastUsedAt)}  ${TOKEN_STATE_LABELS[t.state]}${t.revokedAt ? ` ${day(t.revokedAt)}` : ""}`,
        );
      ctx.out(`共 ${list.length} 个接口令牌。`);
    });

  token
    .command("revoke <name>")
    .description("吊销接口令牌（立即失效，记录保留）")
    .action(async (name: string) => {
      const [{ revokeToken }, { systemActor }] = await Promise.all([keeper(), actor()]);
      const t = await revokeToken(await ctx.store(), systemActor((await ctx.center()).id), { name });
      ctx.out(`已吊销接口令牌“${t.name}”。`);
    });
}
