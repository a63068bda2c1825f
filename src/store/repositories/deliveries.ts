import type { Kysely, Selectable } from "kysely";
import type { DeliveryChannel, DeliveryEvent, DeliveryStatus, DeliveryView } from "../../domain/distribution/index.js";
import type { Database } from "../schema.js";
import type { DeliveriesTable } from "../schemaDistribution.js";

export type NewDelivery = {
  channel: DeliveryChannel;
  event: DeliveryEvent;
  eventId: string;
  issueId: number | null;
  revision: number | null;
  target: string;
  targetName: string;
  webhookId?: number | null;
  payload: unknown;
};

/** A claimed outbox row, as the sender needs it. */
export type OutboxMessage = Omit<NewDelivery, "webhookId"> & { id: number; centerId: number; webhookId: number | null; attempts: number };

const messageOf = (r: Selectable<DeliveriesTable>): OutboxMessage => ({
  id: r.id,
  centerId: r.center_id,
  channel: r.channel as DeliveryChannel,
  event: r.event as DeliveryEvent,
  eventId: r.event_id,
  issueId: r.issue_id,
  revision: r.revision,
  target: r.target,
  targetName: r.target_name,
  webhookId: r.webhook_id,
  payload: JSON.parse(r.payload),
  attempts: r.attempts,
});

/**
 * The outbox of e-mails and webhook calls. A row is written in the transaction that
 * publishes, so a message exists exactly when its event does; the sender claims due rows
 * and records each attempt on the same row, which makes the table its delivery log.
 */
export function deliveriesRepository(db: Kysely<Database>) {
  return {
    async enqueue(centerId: number, rows: NewDelivery[], now = new Date().toISOString()): Promise<number> {
      if (!rows.length) return 0;
      await db
        .insertInto("deliveries")
        .values(
          rows.map((r) => ({
            center_id: centerId,
            channel: r.channel,
            event: r.event,
            event_id: r.eventId,
            issue_id: r.issueId,
            revision: r.revision,
            target: r.target,
            target_name: r.targetName,
            webhook_id: r.webhookId ?? null,
            payload: JSON.stringify(r.payload ?? null),
            status: "queued",
            attempts: 0,
            next_attempt_at: now,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      return rows.length;
    },
    /**
     * Claims up to `limit` due messages for one sender: queued ones whose time has come,
     * and ones left "sending" by a sender that stopped before `staleBefore`. The update
     * re-checks the condition row by row, so two senders never claim the same message.
     */
    async claimDue(now: string, staleBefore: string, limit = 20, channel?: DeliveryChannel): Promise<OutboxMessage[]> {
      const due = (q: any) =>
        q.where((eb: any) =>
          eb.or([
            eb.and([eb("status", "=", "queued"), eb("next_attempt_at", "<=", now)]),
            eb.and([eb("status", "=", "sending"), eb("claimed_at", "<", staleBefore)]),
          ]),
        );
      let pick = due(db.selectFrom("deliveries").select("id"));
      if (channel) pick = pick.where("channel", "=", channel);
      const ids: number[] = (await pick.orderBy("next_attempt_at").orderBy("id").limit(limit).execute()).map((r: { id: number }) => r.id);
      if (!ids.length) return [];
      const rows = await due(db.updateTable("deliveries").set({ status: "sending", claimed_at: now, updated_at: now }).where("id", "in", ids))
        .returningAll()
        .execute();
      return (rows as Selectable<DeliveriesTable>[]).map(messageOf).sort((a, b) => a.id - b.id);
    },
    async markSent(id: number, now: string): Promise<void> {
      await db
        .updateTable("deliveries")
        .set((eb) => ({ status: "sent", attempts: eb("attempts", "+", 1), sent_at: now, last_error: null, claimed_at: null, updated_at: now }))
        .where("id", "=", id)
        .execute();
    },
    /** Records a failed attempt: queued again at `retryAt`, or failed for good when it is null. */
    async markFailed(id: number, error: string, retryAt: string | null, now: string): Promise<void> {
      await db
        .updateTable("deliveries")
        .set((eb) => ({
          status: retryAt ? "queued" : "failed",
          attempts: eb("attempts", "+", 1),
          next_attempt_at: retryAt ?? now,
          last_error: error.slice(0, 2000),
          claimed_at: null,
          updated_at: now,
        }))
        .where("id", "=", id)
        .execute();
    },
    /** 重发: queues a message again now (a sent one is sent once more, a failed one gets fresh attempts). */
    async requeue(centerId: number, id: number, now: string): Promise<boolean> {
      const r = await db
        .updateTable("deliveries")
        .set({ status: "queued", attempts: 0, next_attempt_at: now, claimed_at: null, updated_at: now })
        .where("center_id", "=", centerId)
        .where("id", "=", id)
        .where("status", "!=", "sending")
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async byId(centerId: number, id: number): Promise<DeliveryView | null> {
      return (await this.list(centerId, { id }))[0] ?? null;
    },
    /** The delivery log, newest first; of one issue when `issueId` is given. */
    async list(centerId: number, f: { issueId?: number; status?: DeliveryStatus; id?: number; limit?: number } = {}): Promise<DeliveryView[]> {
      let q = db
        .selectFrom("deliveries as d")
        .leftJoin("issues as i", "i.id", "d.issue_id")
        .selectAll("d")
        .select(["i.year", "i.seq"])
        .where("d.center_id", "=", centerId);
      if (f.issueId !== undefined) q = q.where("d.issue_id", "=", f.issueId);
      if (f.status) q = q.where("d.status", "=", f.status);
      if (f.id !== undefined) q = q.where("d.id", "=", f.id);
      const rows = await q.orderBy("d.id", "desc").limit(f.limit ?? 500).execute();
      return rows.map((r) => ({
        id: r.id,
        channel: r.channel as DeliveryChannel,
        event: r.event as DeliveryEvent,
        eventId: r.event_id,
        issue: r.year != null && r.seq != null ? `${r.year}-${r.seq}` : null,
        revision: r.revision,
        target: r.target,
        targetName: r.target_name,
        status: r.status as DeliveryStatus,
        attempts: r.attempts,
        nextAttemptAt: r.next_attempt_at,
        lastError: r.last_error,
        sentAt: r.sent_at,
        createdAt: r.created_at,
      }));
    },
  };
}
