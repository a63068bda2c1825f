import { createHash, randomBytes } from "node:crypto";
import { ZhoubaoError } from "../domain/errors.js";
import type { Store } from "../store/index.js";
import type { ThrottlePolicy } from "../store/repositories/loginThrottle.js";
import type { User } from "../store/repositories/users.js";
import { audit, userActor } from "./actor.js";
import { hashPassword, needsRehash, verifyNothing, verifyPassword } from "./passwordHasher.js";
import { createVerifyGate, DEFAULT_VERIFY_LIMITS, type VerifyGate, type VerifyLimits } from "./verifyGate.js";

/** How long a session lives: idle limit since the last request, and an absolute limit since login. */
export type SessionPolicy = { idleMs: number; absoluteMs: number };
/**
 * Login attempts allowed per (address, account) pair — blocked with a doubling delay, so
 * one address cannot lock out the other accounts behind it (a proxy, a shared office
 * NAT) — and per account from all addresses together (a higher cap against guessing
 * spread over many addresses); `verify` caps concurrent password verifications.
 */
export type LoginPolicy = { pair: ThrottlePolicy; account: ThrottlePolicy; verify: VerifyLimits };

const MINUTE = 60_000;
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE };
export const DEFAULT_LOGIN_POLICY: LoginPolicy = {
  pair: { maxFailures: 5, windowMs: 15 * MINUTE, blockMs: MINUTE, maxBlockMs: 60 * MINUTE },
  account: { maxFailures: 50, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE },
  verify: DEFAULT_VERIFY_LIMITS,
};
/**
 * last_seen_at is written at most once a minute (a tenth of the idle limit when that is
 * shorter): a read-heavy hour costs one write per minute, not one per request.
 */
const touchEvery = (p: SessionPolicy) => Math.min(MINUTE, p.idleMs / 10);

/** The SHA-256 under which a token is stored. */
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

export type LoginRequest = { username: string; password: string; address: string | null; userAgent: string | null };

function rateLimited(until: string, now: Date): ZhoubaoError {
  const seconds = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));
  return new ZhoubaoError("auth.rate-limited", `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试。`, { retryAfterSeconds: seconds });
}

/** The gate of logins that are not given one (the command line, service tests). */
const processGate = createVerifyGate();

/**
 * Signs a user in: reserves one attempt of the (address, account) pair and of the
 * account before anything is verified (auth.rate-limited when either is blocked),
 * checks the password in constant time (also for unknown names) through the gate of
 * concurrent verifications (auth.busy when full), and opens a session whose random
 * token is returned once and stored only as a hash. A success forgets the pair's count.
 *
 * @example
 * const { token, user } = await login(store, { username: "lisi", password, address: "10.0.0.8", userAgent: null });
 */
export async function login(
  store: Store,
  req: LoginRequest,
  policy: { session: SessionPolicy; login: LoginPolicy },
  now = new Date(),
  gate: VerifyGate = processGate,
): Promise<{ token: string; user: User; sessionId: number }> {
  const at = now.toISOString();
  const startedMs = Date.now();
  const name = req.username.trim().toLowerCase();
  const pairKey = `pair:${req.address ?? "unknown"}|${name}`;
  const accountKey = `account:${name}`;
  for (const [key, p] of [[pairKey, policy.login.pair], [accountKey, policy.login.account]] as const) {
    const r = await store.loginThrottle.reserve(key, at, p);
    if (!r.allowed) throw rateLimited(r.blockedUntil, now);
  }

  const creds = await store.users.credentials(req.username.trim());
  const ok = await gate.run(() => (creds ? verifyPassword(req.password, creds.passwordHash) : verifyNothing(req.password)));
  if (!creds || !ok) {
    if (creds) await audit(store, userActor(creds.user, req.address), "user", creds.user.id, "login-failed", null, null);
    throw new ZhoubaoError("auth.invalid-credentials", "用户名或密码错误。");
  }
  const user = creds.user;
  if (!user.active) throw new ZhoubaoError("auth.disabled", "该账户已停用，请联系管理员。", { username: user.username });

  const rehash = needsRehash(creds.passwordHash) ? await hashPassword(req.password) : null;
  // The session starts when the (slow) verification is done, not when the request came in.
  const issued = new Date(now.getTime() + (Date.now() - startedMs));
  const issuedAt = issued.toISOString();
  const token = randomBytes(32).toString("base64url");
  const sessionId = await store.transaction(async (tx) => {
    await tx.loginThrottle.reset(pairKey);
    await tx.loginThrottle.release(accountKey);
    await tx.sessions.purge(issuedAt, new Date(issued.getTime() - policy.session.idleMs).toISOString());
    const id = await tx.sessions.create({
      userId: user.id,
      tokenHash: tokenHash(token),
      now: issuedAt,
      expiresAt: new Date(issued.getTime() + policy.session.absoluteMs).toISOString(),
      address: req.address,
      userAgent: req.userAgent,
    });
    await tx.users.touchLogin(user.id, issuedAt);
    if (rehash) await tx.users.update(user.id, { passwordHash: rehash });
    await audit(tx, userActor(user, req.address), "user", user.id, "login", null, null);
    return id;
  });
  return { token, user, sessionId };
}

export type SessionState = { state: "none" } | { state: "expired" } | { state: "active"; sessionId: number; user: User };

/**
 * The account behind a session token, or why there is none. An expired session
 * (idle or absolute) or one of a disabled account is deleted on sight.
 */
export async function resolveSession(store: Store, token: string | undefined, policy: SessionPolicy, now = new Date()): Promise<SessionState> {
  if (!token || token.length > 200) return { state: "none" };
  const s = await store.sessions.find(tokenHash(token));
  if (!s) return { state: "none" };
  const t = now.getTime();
  const idle = t - Date.parse(s.lastSeenAt) > policy.idleMs;
  if (idle || Date.parse(s.expiresAt) <= t || !s.user.active) {
    await store.sessions.remove(s.id);
    return { state: "expired" };
  }
  if (t - Date.parse(s.lastSeenAt) > touchEvery(policy)) await store.sessions.touch(s.id, now.toISOString());
  return { state: "active", sessionId: s.id, user: s.user };
}

/** Ends a session. */
export async function logout(store: Store, sessionId: number, user: User, address: string | null): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.sessions.remove(sessionId);
    await audit(tx, userActor(user, address), "user", user.id, "logout", null, null);
  });
}
