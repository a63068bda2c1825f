import type { DeliveryView, NotificationView, Recipient, RecipientInput, Webhook } from "@domain/distribution/model";
import { del, get, post, put, query } from "./client";

export type { DeliveryView, NotificationView, Recipient, RecipientInput, Webhook };
export type WebhookInput = { name: string; url: string; secret?: string; active: boolean };
export type Schedule = { kind: "remind-liaisons" | "remind-editor"; label: string; cron: string; active: boolean; dueAt: string | null; lastRunAt: string | null; lastError: string | null };
export type ScheduledPublish = { id: number; dueAt: string; status: string; attempts: number; lastError: string | null; by: string };

export const listRecipients = async () => (await get<{ recipients: Recipient[] }>("/api/recipients")).recipients;
export const createRecipient = (r: RecipientInput) => post<Recipient>("/api/recipients", r);
export const updateRecipient = (id: number, r: RecipientInput) => put<Recipient>(`/api/recipients/${id}`, r);
export const removeRecipient = (id: number) => del<{ ok: true }>(`/api/recipients/${id}`);

export const listWebhooks = async () => (await get<{ webhooks: Webhook[] }>("/api/webhooks")).webhooks;
export const createWebhook = (w: WebhookInput) => post<Webhook>("/api/webhooks", w);
export const updateWebhook = (id: number, w: WebhookInput) => put<Webhook>(`/api/webhooks/${id}`, w);
export const removeWebhook = (id: number) => del<{ ok: true }>(`/api/webhooks/${id}`);

export const listDeliveries = async (issue?: string) => (await get<{ deliveries: DeliveryView[] }>(`/api/deliveries${query({ issue })}`)).deliveries;
export const resendDelivery = (id: number) => post<{ ok: true }>(`/api/deliveries/${id}/resend`);

export const listSchedules = async () => (await get<{ schedules: Schedule[] }>("/api/schedules")).schedules;
export const saveSchedule = async (s: { kind: Schedule["kind"]; cron: string; active: boolean }) => (await put<{ schedules: Schedule[] }>("/api/schedules", s)).schedules;

export const myNotifications = () => get<{ unread: number; notifications: NotificationView[] }>("/api/notifications");
export const markNotificationsRead = (ids?: number[]) => post<{ ok: true }>("/api/notifications/read", { ids });
export const myReminderEmail = async () => (await get<{ email: string | null }>("/api/notifications/email")).email;
export const setMyReminderEmail = async (email: string | null) => (await put<{ email: string | null }>("/api/notifications/email", { email })).email;

export const scheduledPublishOf = async (ref: string) => (await get<{ scheduled: ScheduledPublish | null }>(`/api/issues/${ref}/scheduled-publish`)).scheduled;
export const schedulePublish = (ref: string, at: string) => put<ScheduledPublish>(`/api/issues/${ref}/scheduled-publish`, { at });
export const cancelScheduledPublish = (ref: string) => del<{ ok: true }>(`/api/issues/${ref}/scheduled-publish`);
