import type { StoredIssue } from "../domain/model/issue.js";
import type { Store } from "../store/index.js";
import type { Addressee } from "../store/repositories/notifications.js";
import { randomUUID } from "node:crypto";
import { issueLabel } from "./issueLocator.js";

type Reminder = { kind: string; subject: string; text: string; link: string };

/** The newest issue still in draft, or null: reminders are about it, and skipped without one. */
async function currentDraft(store: Store, centerId: number): Promise<StoredIssue | null> {
  const latest = (await store.issueIndex.list(centerId, { status: "draft", limit: 1 }))[0];
  return latest ? store.issues.get(centerId, latest.year, latest.seq) : null;
}

/** A notification in the app for each addressee, and an e-mail (queued in the outbox) to those with an address. */
async function remind(tx: Store, centerId: number, to: Addressee[], r: Reminder, now: string): Promise<number> {
  await tx.notifications.add(centerId, to.map((a) => ({ userId: a.userId, kind: r.kind, message: r.text, link: r.link })), now);
  const eventId = randomUUID();
  await tx.deliveries.enqueue(
    centerId,
    to
      .filter((a) => a.email)
      .map((a) => ({ channel: "mail", event: "reminder", eventId, issueId: null, revision: null, target: a.email!, targetName: a.displayName, payload: { subject: r.subject, text: r.text } })),
    now,
  );
  return to.length;
}

/**
 * Thursday's reminder: the liaisons of every department that has sent nothing in
 * (no submission beyond a draft) for the current draft issue. Returns how many were reminded.
 */
export async function remindLiaisons(tx: Store, centerId: number, now: string): Promise<number> {
  const issue = await currentDraft(tx, centerId);
  if (!issue) return 0;
  const done = new Set(await tx.notifications.departmentsThatSubmitted(issue.id));
  const liaisons = (await tx.notifications.addressees(centerId, "liaison")).filter((a) => a.departmentId !== null && !done.has(a.departmentId));
  const label = `${issue.title} ${issueLabel(issue)}`;
  return remind(tx, centerId, liaisons, {
    kind: "remind-liaisons",
    subject: `请报送${label}稿件`,
    text: `${label}正在编辑，贵部门尚未报送本周稿件，请于今天下班前在“报送”页提交。`,
    link: "/submissions",
  }, now);
}

/** Friday's reminder: the editors, when the current issue is still a draft (not yet in review). */
export async function remindEditor(tx: Store, centerId: number, now: string): Promise<number> {
  const issue = await currentDraft(tx, centerId);
  if (!issue) return 0;
  const ref = `${issue.year}-${issue.seq}`;
  const label = `${issue.title} ${issueLabel(issue)}`;
  return remind(tx, centerId, await tx.notifications.addressees(centerId, "editor"), {
    kind: "remind-editor",
    subject: `${label}尚未提交审核`,
    text: `${label}仍是草稿，尚未提交审核，请尽快完成编辑并提交审核。`,
    link: `/editor/${ref}`,
  }, now);
}
