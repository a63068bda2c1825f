import type { Command } from "commander";
import type { CliContext } from "../context.js";

export function register(program: Command, ctx: CliContext): void {
  const db = program.command("db").description("数据库：迁移与备份");
  db.command("migrate")
    .description("把数据库升级到最新版本")
    .action(async () => {
      const [store, { migrate }] = await Promise.all([ctx.store(), import("../../store/index.js")]);
      const applied = await migrate(store.db);
      ctx.out(applied.length ? `已应用迁移：${applied.join("、")}` : "数据库已是最新版本。");
    });
  db.command("backup <file>")
    .description("在线生成一致的备份（SQLite：VACUUM INTO；PostgreSQL：pg_dump）")
    .action(async (file: string) => {
      const { backupStore } = await import("../../store/backup.js");
      const r = await backupStore(await ctx.store(), file);
      ctx.out(`已备份到 ${r.file}（${(r.bytes / 1024).toFixed(1)} KB）`);
    });
}
