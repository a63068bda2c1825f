import { randomBytes } from "node:crypto";
import { isEmailAddress, LINE_LABELS, recipientInput, webhookInput, type Recipient, type Webhook } from "../domain/distribution/index.js";
import { ZhoubaoError } from "../domain/errors.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import { audit, requireRole, type Actor } from "./actor.js";

const ADMINS = ["admin"] as const;

function parseRecipient(input: unknown) {
  const r = parseInput(recipientInput, input, "收件人");
  if (!isEmailAddress(r.email))
    throw new ZhoubaoError("recipient.bad-address", `收件人“${r.name}”的邮箱地址“${r.email}”不正确，应形如 name@example.gov.cn。`, { email: r.email });
  return { ...r, email: r.email.toLowerCase() };
}

async function assertFree(store: Store, centerId: number, r: { line: Recipient["line"]; email: string }, id?: number) {
  const other = await store.distribution.recipientOnLine(centerId, r.line, r.email);
  if (other && other.id !== id)
    throw new ZhoubaoError("recipient.duplicate", `“${LINE_LABELS[r.line]}”一行已有邮箱 ${r.email}（${other.name}）。`, { id: other.id });
}

/** Adds a recipient to a 版记 line (admin). An invalid address is refused with recipient.bad-address, nothing written. */
export async function addRecipient(store: Store, actor: Actor, input: unknown): Promise<Recipient> {
  requireRole(actor, ADMINS, "管理分发名单");
  const r = parseRecipient(input);
  return store.transaction(async (tx) => {
    await assertFree(tx, actor.centerId, r);
    const saved = await tx.distribution.addRecipient(actor.centerId, r);
    await audit(tx, actor, "distribution", `recipient:${saved.id}`, "create", null, saved);
    return saved;
  });
}

export async function updateRecipient(store: Store, actor: Actor, id: number, input: unknown): Promise<Recipient> {
  requireRole(actor, ADMINS, "管理分发名单");
  const r = parseRecipient(input);
  return store.transaction(async (tx) => {
    const before = await requireRecipient(tx, actor.centerId, id);
    await assertFree(tx, actor.centerId, r, id);
    const saved = (await tx.distribution.updateRecipient(actor.centerId, id, r))!;
    await audit(tx, actor, "distribution", `recipient:${id}`, "update", before, saved);
    return saved;
  });
}

export async function removeRecipient(store: Store, actor: Actor, id: number): Promise<void> {
  requireRole(actor, ADMINS, "管理分发名单");
  await store.transaction(async (tx) => {
    const before = await requireRecipient(tx, actor.centerId, id);
    await tx.distribution.removeRecipient(actor.centerId, id);
    await audit(tx, actor, "distribution", `recipient:${id}`, "delete", before, null);
  });
}

async function requireRecipient(store: Store, centerId: number, id: number): Promise<Recipient> {
  const r = await store.distribution.recipient(centerId, id);
  if (!r) throw new ZhoubaoError("recipient.not-found", `未找到编号为 ${id} 的收件人。`, { id });
  return r;
}

function parseWebhook(input: unknown, keepSecret?: string) {
  const w = parseInput(webhookInput, input, "Webhook");
  let url: URL | null = null;
  try {
    url = new URL(w.url);
  } catch {
    // Reported below with the code of its own.
  }
  if (!url || !["http:", "https:"].includes(url.protocol) || !url.hostname)
    throw new ZhoubaoError("webhook.bad-url", `Webhook 地址“${w.url}”不正确，应为 http:// 或 https:// 开头的完整网址。`, { url: w.url });
  return { ...w, url: url.toString(), secret: w.secret ?? keepSecret ?? randomBytes(24).toString("base64url") };
}

/** Adds a webhook (admin); without a secret of its own it gets a random one, shown to admins. */
export async function addWebhook(store: Store, actor: Actor, input: unknown): Promise<Webhook> {
  requireRole(actor, ADMINS, "管理 Webhook");
  const w = parseWebhook(input);
  return store.transaction(async (tx) => {
    const saved = await tx.distribution.addWebhook(actor.centerId, w);
    await audit(tx, actor, "distribution", `webhook:${saved.id}`, "create", null, { ...saved, secret: "…" });
    return saved;
  });
}

export async function updateWebhook(store: Store, actor: Actor, id: number, input: unknown): Promise<Webhook> {
  requireRole(actor, ADMINS, "管理 Webhook");
  const before = await requireWebhook(store, actor.centerId, id);
  const w = parseWebhook(input, before.secret);
  return store.transaction(async (tx) => {
    const saved = (await tx.distribution.updateWebhook(actor.centerId, id, w))!;
    await audit(tx, actor, "distribution", `webhook:${id}`, "update", { ...before, secret: "…" }, { ...saved, secret: "…" });
    return saved;
  });
}

export async function removeWebhook(store: Store, actor: Actor, id: number): Promise<void> {
  requireRole(actor, ADMINS, "管理 Webhook");
  await store.transaction(async (tx) => {
    const before = await requireWebhook(tx, actor.centerId, id);
    await tx.distribution.removeWebhook(actor.centerId, id);
    await audit(tx, actor, "distribution", `webhook:${id}`, "delete", { ...before, secret: "…" }, null);
  });
}

async function requireWebhook(store: Store, centerId: number, id: number): Promise<Webhook> {
  const w = await store.distribution.webhook(centerId, id);
  if (!w) throw new ZhoubaoError("webhook.not-found", `未找到编号为 ${id} 的 Webhook。`, { id });
  return w;
}

/** 重发 (editor, admin): queues a message again now. */
export async function resendDelivery(store: Store, actor: Actor, id: number): Promise<void> {
  requireRole(actor, ["editor", "admin"], "重发");
  const d = await store.deliveries.byId(actor.centerId, id);
  if (!d) throw new ZhoubaoError("delivery.not-found", `未找到编号为 ${id} 的分发记录。`, { id });
  if (!(await store.deliveries.requeue(actor.centerId, id, new Date().toISOString())))
    throw new ZhoubaoError("delivery.busy", `发给 ${d.targetName} 的消息正在发送，请稍后再重发。`, { id });
}
