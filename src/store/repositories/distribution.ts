import type { Kysely, Selectable } from "kysely";
import type { DistributionLine, Recipient, RecipientInput, Webhook } from "../../domain/distribution/index.js";
import type { Database } from "../schema.js";
import type { RecipientsTable, WebhooksTable } from "../schemaDistribution.js";

const recipientOf = (r: Selectable<RecipientsTable>): Recipient => ({
  id: r.id,
  line: r.line as DistributionLine,
  kind: r.kind as Recipient["kind"],
  name: r.name,
  email: r.email,
  active: r.active === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const webhookOf = (r: Selectable<WebhooksTable>): Webhook => ({
  id: r.id,
  name: r.name,
  url: r.url,
  secret: r.secret,
  active: r.active === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Who receives a center's published issues: recipients per 版记 line and webhooks of other systems. */
export function distributionRepository(db: Kysely<Database>) {
  return {
    async recipients(centerId: number, opts: { activeOnly?: boolean } = {}): Promise<Recipient[]> {
      let q = db.selectFrom("recipients").selectAll().where("center_id", "=", centerId);
      if (opts.activeOnly) q = q.where("active", "=", 1);
      return (await q.orderBy("line").orderBy("id").execute()).map(recipientOf);
    },
    async recipient(centerId: number, id: number): Promise<Recipient | null> {
      const r = await db.selectFrom("recipients").selectAll().where("center_id", "=", centerId).where("id", "=", id).executeTakeFirst();
      return r ? recipientOf(r) : null;
    },
    /** The recipient with this address on this line, if any (addresses are unique per line). */
    async recipientOnLine(centerId: number, line: DistributionLine, email: string): Promise<Recipient | null> {
      const r = await db
        .selectFrom("recipients")
        .selectAll()
        .where("center_id", "=", centerId)
        .where("line", "=", line)
        .where("email", "=", email)
        .executeTakeFirst();
      return r ? recipientOf(r) : null;
    },
    async addRecipient(centerId: number, p: RecipientInput): Promise<Recipient> {
      const now = new Date().toISOString();
      const r = await db
        .insertInto("recipients")
        .values({ center_id: centerId, line: p.line, kind: p.kind, name: p.name, email: p.email, active: p.active ? 1 : 0, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return recipientOf(r);
    },
    async updateRecipient(centerId: number, id: number, p: RecipientInput): Promise<Recipient | null> {
      const r = await db
        .updateTable("recipients")
        .set({ line: p.line, kind: p.kind, name: p.name, email: p.email, active: p.active ? 1 : 0, updated_at: new Date().toISOString() })
        .where("center_id", "=", centerId)
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      return r ? recipientOf(r) : null;
    },
    async removeRecipient(centerId: number, id: number): Promise<boolean> {
      const r = await db.deleteFrom("recipients").where("center_id", "=", centerId).where("id", "=", id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async webhooks(centerId: number, opts: { activeOnly?: boolean } = {}): Promise<Webhook[]> {
      let q = db.selectFrom("webhooks").selectAll().where("center_id", "=", centerId);
      if (opts.activeOnly) q = q.where("active", "=", 1);
      return (await q.orderBy("id").execute()).map(webhookOf);
    },
    async webhook(centerId: number, id: number): Promise<Webhook | null> {
      const r = await db.selectFrom("webhooks").selectAll().where("center_id", "=", centerId).where("id", "=", id).executeTakeFirst();
      return r ? webhookOf(r) : null;
    },
    async addWebhook(centerId: number, p: { name: string; url: string; secret: string; active: boolean }): Promise<Webhook> {
      const now = new Date().toISOString();
      const r = await db
        .insertInto("webhooks")
        .values({ center_id: centerId, name: p.name, url: p.url, secret: p.secret, active: p.active ? 1 : 0, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return webhookOf(r);
    },
    async updateWebhook(centerId: number, id: number, p: { name: string; url: string; secret: string; active: boolean }): Promise<Webhook | null> {
      const r = await db
        .updateTable("webhooks")
        .set({ name: p.name, url: p.url, secret: p.secret, active: p.active ? 1 : 0, updated_at: new Date().toISOString() })
        .where("center_id", "=", centerId)
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      return r ? webhookOf(r) : null;
    },
    async removeWebhook(centerId: number, id: number): Promise<boolean> {
      const r = await db.deleteFrom("webhooks").where("center_id", "=", centerId).where("id", "=", id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
