import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadPort, startSmtpReceiver, startWebhookReceiver } from "../services/mailTesting.js";
import { sendPending } from "../services/outboxSender.js";
import { runDueJobs } from "../services/scheduler.js";
import { storeFactories } from "../store/testing.js";
import { completeDraft } from "./weeklyFigures.js";
import { startTestApp, type ApiClient, type TestApp } from "./testing.js";

const FROM = "窗口工作周报 <zhoubao@example.gov.cn>";

/**
 * Distribution on publish (issue 21): publishing — here at the time the approver chose
 * (定时发布), run by the scheduler with a controlled clock — with the mail server down succeeds and
 * queues one e-mail per recipient and one call per webhook; the sender retries with
 * backoff and, once the server is up, delivers the PDF kept with the issue, which a real
 * SMTP server receives and mailparser reads back. The webhook receiver refuses the first
 * call and checks every signature.
 */
describe.each(storeFactories())("distribution on publish on $name", (factory) => {
  let t: TestApp;
  let admin: ApiClient, editor: ApiClient, approver: ApiClient;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>> | null = null;
  let down: { url: string; from: string };
  beforeAll(async () => {
    down = { url: `smtp://127.0.0.1:${await deadPort()}`, from: FROM };
    hook = await startWebhookReceiver([500]);
    t = await startTestApp(factory, { mail: down });
    [admin, editor, approver] = await Promise.all([t.as("admin"), t.as("editor"), t.as("approver")]);
  });
  afterAll(async () => {
    await t?.close();
    await hook?.close();
    await smtp?.close();
  });

  it("publishes with the mail server down, then delivers every message once it is up", { timeout: 240_000 }, async () => {
    const recipients = [
      { line: "report", kind: "person", name: "中心领导", email: "leader@example.gov.cn" },
      { line: "send", kind: "group", name: "各相关省级部门（单位）", email: "Depts@Example.gov.cn" },
      { line: "issue", kind: "group", name: "各部门窗口", email: "windows@example.gov.cn" },
      // The same address on a second line still gets one e-mail.
      { line: "issue", kind: "person", name: "中心领导", email: "leader@example.gov.cn" },
    ];
    for (const r of recipients) expect((await admin.post("/api/recipients", r)).status).toBe(201);
    const secret = (await admin.post("/api/webhooks", { name: "中心 OA", url: hook.url })).body.secret as string;
    expect(secret.length).toBeGreaterThanOrEqual(16);

    const ref = `${t.draft.year}-${t.draft.seq}`;
    await completeDraft(editor, ref);
    expect((await editor.post(`/api/issues/${ref}/transitions`, { action: "submit" })).body.status).toBe("review");
    expect((await approver.post(`/api/issues/${ref}/transitions`, { action: "approve" })).body.status).toBe("approved");
    // 定时发布: the approver picks a time; the scheduler publishes then (not before), with the mail server down.
    expect((await approver.put(`/api/issues/${ref}/scheduled-publish`, { at: new Date(Date.now() - 1000).toISOString() })).body.code).toBe("schedule.bad-time");
    const at1h = new Date(Date.now() + 3600_000);
    const scheduled = await approver.put(`/api/issues/${ref}/scheduled-publish`, { at: at1h.toISOString() });
    expect(scheduled.body).toMatchObject({ status: "pending", dueAt: at1h.toISOString(), by: "t-approver" });
    expect(await runDueJobs(t.store, () => new Date(at1h.getTime() - 60_000))).toEqual({ ran: 0, failed: 0 });
    expect((await editor.get(`/api/issues/${ref}`)).body.status).toBe("approved");
    expect(await runDueJobs(t.store, () => at1h)).toEqual({ ran: 1, failed: 0 });
    expect((await editor.get(`/api/issues/${ref}`)).body).toMatchObject({ status: "published", workflow: { publishedBy: "t-approver" } });
    expect((await editor.get(`/api/issues/${ref}/scheduled-publish`)).body.scheduled).toMatchObject({ status: "done", attempts: 0 });

    const log = async () => (await editor.get(`/api/deliveries?issue=${ref}`)).body.deliveries as any[];
    const queued = await log();
    expect(queued.map((d) => [d.channel, d.target, d.status]).sort()).toEqual([
      ["mail", "depts@example.gov.cn", "queued"],
      ["mail", "leader@example.gov.cn", "queued"],
      ["mail", "windows@example.gov.cn", "queued"],
      ["webhook", hook.url, "queued"],
    ]);

    // Mail server down, webhook answering 500: every attempt is logged and retried later; the issue stays published.
    const t0 = Date.now();
    const at = (ms: number) => () => new Date(t0 + ms);
    expect(await sendPending(t.store, { mail: down, now: at(0) })).toEqual({ sent: 0, retrying: 4, failed: 0 });
    const failed = await log();
    for (const d of failed) expect(d).toMatchObject({ status: "queued", attempts: 1, nextAttemptAt: new Date(t0 + 60_000).toISOString() });
    expect(failed.find((d) => d.channel === "mail").lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(failed.find((d) => d.channel === "webhook").lastError).toContain("HTTP 500");
    expect((await editor.get(`/api/issues/${ref}`)).body.status).toBe("published");

    smtp = await startSmtpReceiver();
    const up = { url: smtp.url, from: FROM };
    // Before the backoff has passed nothing is due.
    expect(await sendPending(t.store, { mail: up, now: at(30_000) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await sendPending(t.store, { mail: up, now: at(61_000) })).toEqual({ sent: 4, retrying: 0, failed: 0 });
    expect((await log()).map((d) => [d.status, d.attempts, d.lastError])).toEqual(Array(4).fill(["sent", 2, null]));

    const issue = (await t.store.issues.get(t.centerId, t.draft.year, t.draft.seq))!;
    const pdf = (await t.store.issueDocuments.get(issue.id, 1, "pdf"))!;
    const html = (await t.store.issueDocuments.get(issue.id, 1, "html"))!;
    const subject = `窗口工作周报 ${issue.year}年第${issue.seq}期`;
    expect(smtp.received.map((m) => m.rcpt).flat().sort()).toEqual(["depts@example.gov.cn", "leader@example.gov.cn", "windows@example.gov.cn"]);
    for (const { mail, raw } of smtp.received) {
      expect(mail.subject).toBe(subject);
      expect(mail.from?.value[0]).toMatchObject({ address: "zhoubao@example.gov.cn", name: "窗口工作周报" });
      expect(mail.html).toBe(html.content.toString("utf8"));
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0].filename).toBe(`窗口工作周报${issue.year}年第${issue.seq}期.pdf`);
      expect(mail.attachments[0].contentType).toBe("application/pdf");
      expect(Buffer.compare(mail.attachments[0].content, pdf.content)).toBe(0);
      // Headers are 7-bit: the subject as RFC 2047 encoded words, the file name as RFC 2231 parameters.
      const head = raw.subarray(0, raw.indexOf("\r\n\r\n")).toString("latin1");
      expect(head).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
      expect(head).not.toMatch(/[^\x00-\x7f]/);
      const partHeads = raw.toString("latin1");
      expect(partHeads).toMatch(/filename\*0?\*?=(?:utf-8|UTF-8)''/);
    }

    // Both calls signed with the webhook's secret; the same event id on the retry.
    expect(hook.calls.map((c) => c.status)).toEqual([500, 200]);
    for (const c of hook.calls) {
      expect(c.headers["x-zhoubao-signature"]).toBe(`sha256=${createHmac("sha256", secret).update(c.raw).digest("hex")}`);
      expect(c.headers["x-zhoubao-event-id"]).toBe(queued[0].eventId);
      expect(Number.isNaN(Date.parse(String(c.headers["x-zhoubao-timestamp"])))).toBe(false);
      expect(JSON.parse(c.raw)).toMatchObject({ id: queued[0].eventId, event: "issue.published", issue: { ref, revision: 1, publishedOn: issue.publishedOn } });
    }

    // 重发 queues a sent e-mail again; the sender delivers it once more.
    const leader = (await log()).find((d) => d.target === "leader@example.gov.cn");
    expect((await editor.post(`/api/deliveries/${leader.id}/resend`)).body).toEqual({ ok: true });
    expect((await log()).find((d) => d.id === leader.id)).toMatchObject({ status: "queued", attempts: 0 });
    expect(await sendPending(t.store, { mail: up, now: at(62_000) })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received.at(-1)!.rcpt).toEqual(["leader@example.gov.cn"]);
    expect((await (await t.as("reader")).post(`/api/deliveries/${leader.id}/resend`)).body.code).toBe("auth.forbidden");

    // A correction (更正) goes to the same recipients: revision 2, its own PDF, the webhook told "issue.corrected".
    const doc = (await editor.get(`/api/issues/${ref}`)).body;
    const corrected = await editor.post(`/api/issues/${ref}/corrections`, { reason: "印数有误，更正为实际印数", document: { ...doc, copies: (doc.copies ?? 0) + 1 } });
    expect(corrected.body).toMatchObject({ status: "published", revision: 2 });
    const before = smtp.received.length;
    expect(await sendPending(t.store, { mail: up, now: at(63_000) })).toEqual({ sent: 4, retrying: 0, failed: 0 });
    const pdf2 = (await t.store.issueDocuments.get(issue.id, 2, "pdf"))!;
    for (const { mail } of smtp.received.slice(before)) {
      expect(mail.subject).toBe(`${subject}（更正）`);
      expect(mail.attachments[0].filename).toBe(`窗口工作周报${issue.year}年第${issue.seq}期（更正1）.pdf`);
      expect(Buffer.compare(mail.attachments[0].content, pdf2.content)).toBe(0);
    }
    expect(JSON.parse(hook.calls.at(-1)!.raw)).toMatchObject({ event: "issue.corrected", issue: { ref, revision: 2 } });
  });
});
