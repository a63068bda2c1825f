import { afterAll, describe, expect, it } from "vitest";
import { startSmtpReceiver } from "../../services/mailTesting.js";
import { openStore } from "../../store/index.js";
import { cliDatabases, runCliHere } from "../testing.js";

describe.each(cliDatabases())("zhoubao mail send-pending on $name", ({ create }) => {
  const saved = process.env.ZHOUBAO_SMTP_URL;
  afterAll(() => {
    if (saved === undefined) delete process.env.ZHOUBAO_SMTP_URL;
    else process.env.ZHOUBAO_SMTP_URL = saved;
  });

  it("keeps e-mails queued without a mail server (coded error), sends them once one is set", { timeout: 60_000 }, async () => {
    const db = await create();
    const store = await openStore(db);
    const center = await store.centers.default();
    await store.deliveries.enqueue(center.id, [
      { channel: "mail", event: "reminder", eventId: "e1", issueId: null, revision: null, target: "liaison@example.gov.cn", targetName: "联络员", payload: { subject: "请报送本周稿件", text: "贵部门尚未报送。" } },
    ]);
    await store.close();

    delete process.env.ZHOUBAO_SMTP_URL;
    const none = await runCliHere(db, ["mail", "send-pending"]);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain("mail.not-configured");
    expect(none.stderr).toContain("1 封邮件留在队列中");

    process.env.ZHOUBAO_SMTP_URL = "http://mail.example.gov.cn";
    const bad = await runCliHere(db, ["mail", "send-pending"]);
    expect([bad.code !== 0, bad.stderr.includes("mail.bad-settings")]).toEqual([true, true]);

    const smtp = await startSmtpReceiver();
    try {
      process.env.ZHOUBAO_SMTP_URL = smtp.url;
      const r = await runCliHere(db, ["mail", "send-pending"]);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toContain("已发送 1 条");
      expect(smtp.received.map((m) => [m.rcpt, m.mail.subject, m.mail.text?.trim()])).toEqual([[["liaison@example.gov.cn"], "请报送本周稿件", "贵部门尚未报送。"]]);
    } finally {
      await smtp.close();
    }
  });
});
