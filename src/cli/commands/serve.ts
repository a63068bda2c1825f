import type { Command } from "commander";
import { positiveInt } from "../args.js";
import type { CliContext } from "../context.js";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("serve")
    .description("启动网页服务")
    .option("--port <端口>", "监听端口（默认取 PORT 环境变量或 8080）", positiveInt)
    .option("--host <地址>", "监听地址", process.env.HOST ?? "0.0.0.0")
    .option("--demo", "数据库为空时写入演示中心与演示周报")
    .option("--log <目标>", "日志（JSON 行）写到哪里：stdout、silent 或文件路径（默认取 ZHOUBAO_LOG 环境变量或 stdout）", process.env.ZHOUBAO_LOG ?? "stdout")
    .action(async (opts: { port?: number; host: string; demo?: boolean; log: string }) => {
      const [{ buildApp }, { seedDemo }, { ensureInitialAdmin }, { systemActor }] = await Promise.all([
        import("../../server/app.js"),
        import("../../demo/seedDemo.js"),
        import("../../services/accountManager.js"),
        import("../../services/actor.js"),
      ]);
      const store = await ctx.store();
      const center = await ctx.center();
      if (opts.demo) {
        const n = await seedDemo(store, center.id);
        if (n) ctx.out(`已写入演示数据：${n} 期周报。`);
      }
      const first = await ensureInitialAdmin(store, systemActor(center.id));
      if (first)
        ctx.out(`已创建管理员账户 ${first.username}，初始密码：${first.password}\n（只显示这一次；首次登录后须修改密码。）`);
      const app = await buildApp({ store, background: true, log: opts.log });
      const port = opts.port ?? Number(process.env.PORT ?? 8080);
      await app.listen({ port, host: opts.host });
      ctx.out(`窗口工作周报已启动：http://localhost:${port}/ （数据库：${store.dialect === "sqlite" ? store.target.dialect === "sqlite" && store.target.path : "PostgreSQL"}）`);
      const stop = async () => {
        await app.close();
        await ctx.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
