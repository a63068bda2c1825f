import { backoffMs, MAX_DELIVERY_ATTEMPTS } from "../domain/distribution/index.js";
import type { Store } from "../store/index.js";
import type { OutboxMessage } from "../store/repositories/deliveries.js";
import { documentFileName } from "./documentRenderer.js";
import { issueLabel } from "./issueLocator.js";
import { createMailer, type MailSettings, type Mailer, type OutgoingMail } from "./mailer.js";
import { callWebhook } from "./webhookCaller.js";

/** A message claimed but unfinished for this long belongs to a sender that stopped; it is claimed again. */
const STALE_MS = 10 * 60_000;

export type SendSummary = { sent: number; retrying: number; failed: number };
export type SenderOptions = { mail: MailSettings | null; now?: () => Date; limit?: number };

/** "窗口工作周报 2026年第47期", with （更正） for a correction. */
export function issueSubject(issue: { title: string; year: number; seq: number }, event: OutboxMessage["event"]): string {
  return `${issue.title} ${issueLabel(issue)}${event === "corrected" ? "（更正）" : ""}`;
}

/**
 * The e-mail of an issue event: the HTML rendering as the body and the PDF attached,
 * both the bytes kept when the revision was published (rendered once, for every recipient).
 */
async function issueMail(store: Store, m: OutboxMessage): Promise<OutgoingMail> {
  const issue = await store.issues.byId(m.issueId!);
  if (!issue) throw new Error("该期周报已不存在");
  const revision = m.revision ?? issue.revision;
  const [pdf, html] = await Promise.all([store.issueDocuments.get(issue.id, revision, "pdf"), store.issueDocuments.get(issue.id, revision, "html")]);
  if (!pdf || !html) throw new Error(`第 ${revision} 版的 PDF 或 HTML 未保存`);
  return {
    to: m.target,
    subject: issueSubject(issue, m.event),
    html: html.content.toString("utf8"),
    attachments: [{ filename: documentFileName(issue, "pdf", revision), content: pdf.content, contentType: pdf.contentType }],
  };
}

async function deliver(store: Store, m: OutboxMessage, mailer: () => Mailer, now: Date): Promise<void> {
  if (m.channel === "mail") {
    const mail = m.event === "reminder" ? { to: m.target, ...(m.payload as { subject: string; text: string }) } : await issueMail(store, m);
    await mailer().send(mail);
    return;
  }
  const hook = m.webhookId ? await store.distribution.webhook(m.centerId, m.webhookId) : null;
  if (!hook) throw new Error("该 Webhook 已删除");
  await callWebhook(hook.url, hook.secret, m.eventId, (m.payload as { event: string }).event, m.payload, now);
}

/**
 * Sends what is due in the outbox: claims messages, delivers each (e-mail over SMTP,
 * webhook by signed POST) and records the attempt — sent, or the error and the next
 * try after an exponential backoff, failed after the last attempt. Without a mail
 * server configured, e-mails stay queued and only webhooks go out.
 *
 * @example
 * const { sent } = await sendPending(store, { mail: mailSettingsFromEnv() });
 */
export async function sendPending(store: Store, o: SenderOptions): Promise<SendSummary> {
  const clock = o.now ?? (() => new Date());
  const summary: SendSummary = { sent: 0, retrying: 0, failed: 0 };
  let mailer: Mailer | null = null;
  const getMailer = () => (mailer ??= createMailer(o.mail!));
  try {
    for (const channel of o.mail ? ([undefined] as const) : (["webhook"] as const)) {
      for (;;) {
        const now = clock();
        const batch = await store.deliveries.claimDue(now.toISOString(), new Date(now.getTime() - STALE_MS).toISOString(), o.limit ?? 20, channel);
        if (!batch.length) break;
        for (const m of batch) {
          const at = clock();
          try {
            await deliver(store, m, getMailer, at);
            await store.deliveries.markSent(m.id, at.toISOString());
            summary.sent++;
          } catch (e) {
            const attempts = m.attempts + 1;
            const retryAt = attempts < MAX_DELIVERY_ATTEMPTS ? new Date(at.getTime() + backoffMs(attempts)).toISOString() : null;
            await store.deliveries.markFailed(m.id, errorText(e), retryAt, at.toISOString());
            if (retryAt) summary.retrying++;
            else summary.failed++;
          }
        }
      }
    }
  } finally {
    (mailer as Mailer | null)?.close();
  }
  return summary;
}

function errorText(e: unknown): string {
  const err = e as { message?: string; code?: string; responseCode?: number; response?: string };
  const parts = [err.code, err.responseCode ? String(err.responseCode) : null, err.response ?? err.message ?? String(e)].filter(Boolean);
  return parts.join(" ");
}
