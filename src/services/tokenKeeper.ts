import { createHash, randomBytes } from "node:crypto";
import { newTokenInput, TOKEN_STATE_LABELS, type TokenScope, type TokenView } from "../domain/apiTokens.js";
import { ZhoubaoError } from "../domain/errors.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import type { StoredToken } from "../store/repositories/apiTokens.js";
import { audit, requireRole, type Actor } from "./actor.js";

/** Tokens start with this, so that a leaked one is recognisable (secret scanners, logs). */
const PREFIX = "zbt_";
const DAY_MS = 86_400_000;

/** The stored form of a token: 256 random bits need no slow hash, SHA-256 suffices. */
export const tokenHashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** A listed token with its state at `now`. */
export function presentToken(t: StoredToken, now = new Date()): TokenView {
  const state = t.revokedAt ? "revoked" : t.expiresAt <= now.toISOString() ? "expired" : "active";
  const { centerId: _center, ...rest } = t;
  return { ...rest, state };
}

/**
 * Creates a named token; the answer holds the token, which is shown this once.
 *
 * @example
 * const { token } = await createToken(store, admin, { name: "门户网站", scopes: ["read-published"], days: 90 });
 */
export async function createToken(store: Store, actor: Actor, input: unknown, now = new Date()): Promise<{ token: string; info: TokenView }> {
  requireRole(actor, ["admin"], "管理接口令牌");
  const t = parseInput(newTokenInput, input, "接口令牌");
  const token = PREFIX + randomBytes(32).toString("base64url");
  const scopes = [...new Set(t.scopes)];
  const stored = await store.transaction(async (tx) => {
    const created = await tx.apiTokens.create(actor.centerId, {
      name: t.name,
      tokenHash: tokenHashOf(token),
      scopes,
      createdAt: now.toISOString(),
      createdBy: actor.username,
      expiresAt: new Date(now.getTime() + t.days * DAY_MS).toISOString(),
    });
    await audit(tx, actor, "token", created.name, "create", null, presentToken(created, now));
    return created;
  });
  return { token, info: presentToken(stored, now) };
}

export async function listTokens(store: Store, actor: Actor, now = new Date()): Promise<TokenView[]> {
  requireRole(actor, ["admin"], "管理接口令牌");
  return (await store.apiTokens.list(actor.centerId)).map((t) => presentToken(t, now));
}

/** Revokes a token named by id (web app) or name (command line); revoking twice changes nothing. */
export async function revokeToken(store: Store, actor: Actor, which: { id: number } | { name: string }): Promise<TokenView> {
  requireRole(actor, ["admin"], "管理接口令牌");
  return store.transaction(async (tx) => {
    const t = "id" in which ? await tx.apiTokens.byId(actor.centerId, which.id) : await tx.apiTokens.byName(actor.centerId, which.name);
    if (!t) throw new ZhoubaoError("token.not-found", `未找到接口令牌“${"id" in which ? which.id : which.name}”。`, which);
    if (t.revokedAt) return presentToken(t);
    const at = new Date().toISOString();
    await tx.apiTokens.revoke(t.id, at);
    await audit(tx, actor, "token", t.name, "revoke", presentToken(t), { ...presentToken(t), state: "revoked", revokedAt: at });
    return presentToken({ ...t, revokedAt: at });
  });
}

/**
 * The token a request presents, if it may be used now: token.invalid (unknown),
 * token.revoked, token.expired otherwise — each its own code, so a client knows
 * whether to ask for a new token or fix its configuration.
 */
export async function resolveToken(store: Store, token: string, now = new Date()): Promise<StoredToken> {
  const t = token.startsWith(PREFIX) ? await store.apiTokens.byHash(tokenHashOf(token)) : null;
  if (!t) throw new ZhoubaoError("token.invalid", "接口令牌无效，请检查 Authorization 头。", {});
  const state = presentToken(t, now).state;
  if (state !== "active")
    throw new ZhoubaoError(state === "revoked" ? "token.revoked" : "token.expired", `接口令牌“${t.name}”${TOKEN_STATE_LABELS[state]}，请向管理员申请新的令牌。`, { name: t.name, state });
  return t;
}

/**
 * The actor a token acts as on a route that needs `scope`: it reads as a reader unless
 * it may read drafts, and imports as an editor. The route's scope has already been
 * checked, so the role only decides what the route shows.
 */
export function tokenActor(t: StoredToken, scope: TokenScope, address: string | null): Actor {
  const role = scope === "import-ledgers" || t.scopes.includes("read-drafts") ? "editor" : "reader";
  return { userId: null, username: `token:${t.name}`, displayName: `接口令牌 ${t.name}`, role, centerId: t.centerId, departmentId: null, department: null, address };
}

/** Records one use of a token: its last use, and an audit entry naming the token and the call. */
export async function recordTokenUse(store: Store, t: StoredToken, call: { method: string; url: string; address: string | null; allowed: boolean }): Promise<void> {
  const at = new Date().toISOString();
  await store.transaction(async (tx) => {
    await tx.apiTokens.touch(t.id, at);
    await audit(tx, tokenActor(t, "read-published", call.address), "token", t.name, call.allowed ? "use" : "refused", null, { method: call.method, url: call.url });
  });
}
