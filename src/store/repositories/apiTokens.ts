import type { Kysely, Selectable } from "kysely";
import type { TokenScope } from "../../domain/apiTokens.js";
import { ZhoubaoError } from "../../domain/errors.js";
import type { ApiTokensTable, Database } from "../schema.js";

/** An API token as stored: its hash stays in the store. */
export type StoredToken = {
  id: number;
  centerId: number;
  name: string;
  scopes: TokenScope[];
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type NewStoredToken = { name: string; tokenHash: string; scopes: TokenScope[]; createdAt: string; createdBy: string; expiresAt: string };

const toToken = (r: Selectable<ApiTokensTable>): StoredToken => ({
  id: r.id,
  centerId: r.center_id,
  name: r.name,
  scopes: JSON.parse(r.scopes) as TokenScope[],
  createdAt: r.created_at,
  createdBy: r.created_by,
  expiresAt: r.expires_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

const COLUMNS = ["id", "center_id", "name", "scopes", "created_at", "created_by", "expires_at", "last_used_at", "revoked_at"] as const;

/** API tokens of machine clients, found by the SHA-256 of the token (never the token itself). */
export function apiTokensRepository(db: Kysely<Database>) {
  return {
    async create(centerId: number, t: NewStoredToken): Promise<StoredToken> {
      if (await this.byName(centerId, t.name)) throw new ZhoubaoError("token.duplicate", `接口令牌名称“${t.name}”已被使用。`, { name: t.name });
      const { id } = await db
        .insertInto("api_tokens")
        .values({
          center_id: centerId,
          name: t.name,
          token_hash: t.tokenHash,
          scopes: JSON.stringify(t.scopes),
          created_at: t.createdAt,
          created_by: t.createdBy,
          expires_at: t.expiresAt,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return (await this.byId(centerId, id))!;
    },
    async list(centerId: number): Promise<StoredToken[]> {
      const rows = await db.selectFrom("api_tokens").select(COLUMNS).where("center_id", "=", centerId).orderBy("id").execute();
      return rows.map((r) => toToken(r as Selectable<ApiTokensTable>));
    },
    async byId(centerId: number, id: number): Promise<StoredToken | null> {
      const r = await db.selectFrom("api_tokens").select(COLUMNS).where("center_id", "=", centerId).where("id", "=", id).executeTakeFirst();
      return r ? toToken(r as Selectable<ApiTokensTable>) : null;
    },
    async byName(centerId: number, name: string): Promise<StoredToken | null> {
      const r = await db.selectFrom("api_tokens").select(COLUMNS).where("center_id", "=", centerId).where("name", "=", name).executeTakeFirst();
      return r ? toToken(r as Selectable<ApiTokensTable>) : null;
    },
    /** The token of a hash, whatever its state (the caller judges expiry and revocation). */
    async byHash(tokenHash: string): Promise<StoredToken | null> {
      const r = await db.selectFrom("api_tokens").select(COLUMNS).where("token_hash", "=", tokenHash).executeTakeFirst();
      return r ? toToken(r as Selectable<ApiTokensTable>) : null;
    },
    async touch(id: number, at: string): Promise<void> {
      await db.updateTable("api_tokens").set({ last_used_at: at }).where("id", "=", id).execute();
    },
    async revoke(id: number, at: string): Promise<void> {
      await db.updateTable("api_tokens").set({ revoked_at: at }).where("id", "=", id).where("revoked_at", "is", null).execute();
    },
  };
}
