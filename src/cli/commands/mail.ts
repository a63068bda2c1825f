import type { Command } from "commander";
import type { CliContext } from "../context.js";

export function register(program: Command, ctx: CliContext): void {
  const mail = program.command("mail").description("分发：发送队列中的邮件与 Webhook");
  mail
    .command("send-pending")
    .description("发送已到时间的邮件（ZHOUBAO_SMTP_URL）与 Webhook，并运行到期的提醒与定时发布；失败的按退避时间留在队列中重试")
    .action(async () => {
      const [store, { mailSettingsFromEnv }, { sendPending }, { runDueJobs }, { ZhoubaoError }] = await Promise.all([
        ctx.store(),
        import("../../services/mailer.js"),
        import("../../services/outboxSender.js"),
        import("../../services/scheduler.js"),
        import("../../domain/errors.js"),
      ]);
      const settings = mailSettingsFromEnv();
      const jobs = await runDueJobs(store);
      const r = await sendPending(store, { mail: settings });
      ctx.out(`到期任务：运行 ${jobs.ran} 个，失败 ${jobs.failed} 个。`);
      ctx.out(`已发送 ${r.sent} 条，待重试 ${r.retrying} 条，放弃 ${r.failed} 条。`);
      const waiting = (await store.deliveries.list((await ctx.center()).id, { status: "queued" })).filter((d) => d.channel === "mail").length;
      if (!settings && waiting)
        throw new ZhoubaoError("mail.not-configured", `未设置 ZHOUBAO_SMTP_URL：${waiting} 封邮件留在队列中，设置后再运行 zhoubao mail send-pending。`, { waiting });
    });
}
