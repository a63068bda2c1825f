import { randomUUID } from "node:crypto";
import type { DeliveryEvent } from "../domain/distribution/index.js";
import type { StoredIssue } from "../domain/model/issue.js";
import type { Store } from "../store/index.js";
import type { NewDelivery } from "../store/repositories/deliveries.js";
import { documentFileName } from "./documentRenderer.js";

export type IssueEvent = Extract<DeliveryEvent, "published" | "corrected">;
const WEBHOOK_EVENTS: Record<IssueEvent, string> = { published: "issue.published", corrected: "issue.corrected" };

/** The JSON body a webhook receives for a published or corrected issue. */
export function webhookBody(issue: StoredIssue, event: IssueEvent, eventId: string, occurredAt: string) {
  const ref = `${issue.year}-${issue.seq}`;
  return {
    id: eventId,
    event: WEBHOOK_EVENTS[event],
    occurredAt,
    issue: {
      ref,
      title: issue.title,
      year: issue.year,
      seq: issue.seq,
      total: issue.total,
      revision: issue.revision,
      period: issue.period,
      publishedOn: issue.publishedOn,
      documents: (["pdf", "docx", "html"] as const).map((format) => ({
        format,
        fileName: documentFileName(issue, format, issue.revision),
        path: `/api/issues/${ref}/documents/${format}?revision=${issue.revision}`,
      })),
    },
  };
}

/**
 * Queues the e-mails (one per active recipient, every 版记 line) and webhook calls of an
 * issue event. Called inside the transaction that publishes or corrects, so the messages
 * exist exactly when the event does; nothing here talks to a network, so a mail server
 * that is down cannot block or undo publishing.
 *
 * @example
 * await store.transaction(async (tx) => { …; await enqueueIssueEvent(tx, after, "published"); });
 */
export async function enqueueIssueEvent(tx: Store, issue: StoredIssue, event: IssueEvent, now = new Date().toISOString()): Promise<number> {
  const eventId = randomUUID();
  const base = { event, eventId, issueId: issue.id, revision: issue.revision } as const;
  const rows: NewDelivery[] = [];
  // One message per address: someone on two lines (报 and 送) gets the issue once.
  const seen = new Set<string>();
  for (const r of await tx.distribution.recipients(issue.centerId, { activeOnly: true })) {
    const key = r.email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ ...base, channel: "mail", target: r.email, targetName: r.name, payload: { line: r.line } });
  }
  const body = webhookBody(issue, event, eventId, now);
  for (const w of await tx.distribution.webhooks(issue.centerId, { activeOnly: true }))
    rows.push({ ...base, channel: "webhook", target: w.url, targetName: w.name, webhookId: w.id, payload: body });
  return tx.deliveries.enqueue(issue.centerId, rows, now);
}
