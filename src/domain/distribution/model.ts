import { z } from "zod";

/** The lines of the 版记 a recipient stands on: 报 (report), 送 (send), 发 (issue) — as in Distribution. */
export const DISTRIBUTION_LINES = ["report", "send", "issue"] as const;
export type DistributionLine = (typeof DISTRIBUTION_LINES)[number];
export const LINE_LABELS: Record<DistributionLine, string> = { report: "报", send: "送", issue: "发" };

export const RECIPIENT_KINDS = ["person", "group"] as const;
export const RECIPIENT_KIND_LABELS: Record<(typeof RECIPIENT_KINDS)[number], string> = { person: "个人", group: "群组" };

/**
 * An e-mail address as SMTP servers take it: one local part, one domain with a dot, no
 * spaces or angle brackets (those would let a name smuggle extra recipients).
 */
export const EMAIL_PATTERN = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
export const isEmailAddress = (s: string) => s.length <= 254 && EMAIL_PATTERN.test(s);

export const recipientInput = z.object({
  line: z.enum(DISTRIBUTION_LINES, { error: () => "版记行应为 report（报）、send（送）或 issue（发）" }),
  kind: z.enum(RECIPIENT_KINDS, { error: () => "类型应为 person（个人）或 group（群组）" }).default("person"),
  name: z.string().trim().min(1, "请填写收件人名称").max(100, "名称不能超过 100 字"),
  email: z.string().trim().max(254, "邮箱地址过长"),
  active: z.boolean().default(true),
});
export type RecipientInput = z.infer<typeof recipientInput>;

export const recipientView = recipientInput.extend({ id: z.number().int(), createdAt: z.string(), updatedAt: z.string() });
export type Recipient = z.infer<typeof recipientView>;

export const webhookInput = z.object({
  name: z.string().trim().min(1, "请填写名称").max(100, "名称不能超过 100 字"),
  url: z.string().trim().max(2000, "地址过长"),
  /** Left out: the server draws a random one. */
  secret: z.string().min(16, "密钥至少 16 个字符").max(200, "密钥不能超过 200 个字符").optional(),
  active: z.boolean().default(true),
});
export const webhookView = z.object({
  id: z.number().int(),
  name: z.string(),
  url: z.string(),
  secret: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Webhook = z.infer<typeof webhookView>;

export const DELIVERY_CHANNELS = ["mail", "webhook"] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export const DELIVERY_EVENTS = ["published", "corrected", "reminder"] as const;
export type DeliveryEvent = (typeof DELIVERY_EVENTS)[number];
export const DELIVERY_STATUSES = ["queued", "sending", "sent", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = { queued: "排队中", sending: "发送中", sent: "已发送", failed: "失败" };

export const deliveryView = z.object({
  id: z.number().int(),
  channel: z.enum(DELIVERY_CHANNELS),
  event: z.enum(DELIVERY_EVENTS),
  eventId: z.string(),
  issue: z.string().nullable().describe("期号"),
  revision: z.number().int().nullable(),
  target: z.string(),
  targetName: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type DeliveryView = z.infer<typeof deliveryView>;

export const notificationView = z.object({
  id: z.number().int(),
  kind: z.string(),
  message: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;
