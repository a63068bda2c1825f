import { fileURLToPath } from "node:url";
import type { Access } from "./auth/guard.js";
import type { TokenRate } from "./auth/tokens.js";
import type { TokenScope } from "../domain/tokenScopes.js";
import type { LogDestination } from "./logging.js";
import { DEFAULT_WRITE_RATE_LIMIT, type WriteRateLimit } from "./rateLimit.js";
import { DEFAULT_LOGIN_POLICY, DEFAULT_SESSION_POLICY, type LoginPolicy, type SessionPolicy } from "../services/authenticator.js";
import { createVerifyGate, type VerifyGate } from "../services/verifyGate.js";
import type { Store } from "../store/index.js";
import { mailSettingsFromEnv, type MailSettings } from "../services/mailer.js";

/** Where `vite build` puts the web app (served when it exists). */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

export type AppOptions = {
  store: Store;
  /** Where the JSON-lines log goes (logging.ts): silent by default; `zhoubao serve` logs to stdout (env ZHOUBAO_LOG). */
  log?: LogDestination;
  /**
   * Secure flag of the cookies: "auto" sets it when the request came over https
   * (directly, or per X-Forwarded-Proto when trustProxy is on). Env ZHOUBAO_COOKIE_SECURE.
   */
  cookieSecure?: "auto" | boolean;
  /** Trust X-Forwarded-* from a reverse proxy (true, a hop count or addresses). Env ZHOUBAO_TRUST_PROXY. */
  trustProxy?: boolean | number | string;
  session?: SessionPolicy;
  login?: LoginPolicy;
  /** The gate of concurrent password verifications (made from `login.verify` when absent; tests pass one to count). */
  verifyGate?: VerifyGate;
  /** Writes per session (or address) and window; null turns the limit off. Env ZHOUBAO_WRITES_PER_MINUTE. */
  writeRateLimit?: WriteRateLimit | null;
  /** The built web app; null serves the landing page only. */
  webDist?: string | null;
  /** Upload limits: a past issue (default 50 MB, env ZHOUBAO_UPLOAD_MAX_MB) and a ledger export (default 4096 MB, env ZHOUBAO_LEDGER_UPLOAD_MAX_MB). */
  uploads?: UploadLimits;
  /** Requests an API token may make per window (default 120 a minute, env ZHOUBAO_TOKEN_RATE_PER_MINUTE). */
  tokenRate?: TokenRate;
  /**
   * Runs the background loop with the server (scheduler and outbox sender, stopped on
   * close): true (its interval from ZHOUBAO_BACKGROUND_SECONDS), or its interval. Off by
   * default; `zhoubao serve` turns it on.
   */
  background?: boolean | { intervalMs: number; now?: () => Date };
  /** The mail server (default from ZHOUBAO_SMTP_URL and ZHOUBAO_MAIL_FROM); null queues e-mails without sending. */
  mail?: MailSettings | null;
  /** Sees every route as it is registered (the access-matrix test enumerates them). */
  onRoute?: (route: RegisteredRoute) => void;
};

export type UploadLimits = { reportMaxBytes: number; ledgerMaxBytes: number };

/** A route as registered: method(s), URL pattern, who may call it, and the scope an API token needs (none: tokens refused). */
export type RegisteredRoute = { method: string | string[]; url: string; access: Access; tokenScope?: TokenScope };

export type ResolvedOptions = Required<Omit<AppOptions, "onRoute">> & Pick<AppOptions, "onRoute">;

const megabytes = (v: string | undefined, fallback: number) => (v && Number(v) > 0 ? Math.round(Number(v) * 2 ** 20) : fallback * 2 ** 20);
const minutes = (v: string | undefined, fallback: number) => (v && Number(v) > 0 ? Number(v) * 60_000 : fallback);

function envSecure(v: string | undefined): "auto" | boolean {
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  return "auto";
}

function envTrustProxy(v: string | undefined): boolean | number | string {
  if (!v || v === "false" || v === "0") return false;
  if (v === "true") return true;
  return /^\d+$/.test(v) ? Number(v) : v;
}

/** Options with defaults from the environment (ZHOUBAO_SESSION_IDLE_MINUTES, ZHOUBAO_SESSION_MAX_MINUTES …). */
export function resolveOptions(o: AppOptions, env: NodeJS.ProcessEnv = process.env): ResolvedOptions {
  return {
    store: o.store,
    log: o.log ?? "silent",
    cookieSecure: o.cookieSecure ?? envSecure(env.ZHOUBAO_COOKIE_SECURE),
    trustProxy: o.trustProxy ?? envTrustProxy(env.ZHOUBAO_TRUST_PROXY),
    session: o.session ?? {
      idleMs: minutes(env.ZHOUBAO_SESSION_IDLE_MINUTES, DEFAULT_SESSION_POLICY.idleMs),
      absoluteMs: minutes(env.ZHOUBAO_SESSION_MAX_MINUTES, DEFAULT_SESSION_POLICY.absoluteMs),
    },
    login: o.login ?? DEFAULT_LOGIN_POLICY,
    verifyGate: o.verifyGate ?? createVerifyGate((o.login ?? DEFAULT_LOGIN_POLICY).verify),
    uploads: o.uploads ?? {
      reportMaxBytes: megabytes(env.ZHOUBAO_UPLOAD_MAX_MB, 50),
      ledgerMaxBytes: megabytes(env.ZHOUBAO_LEDGER_UPLOAD_MAX_MB, 4096),
    },
    tokenRate: o.tokenRate ?? { max: env.ZHOUBAO_TOKEN_RATE_PER_MINUTE && Number(env.ZHOUBAO_TOKEN_RATE_PER_MINUTE) > 0 ? Math.floor(Number(env.ZHOUBAO_TOKEN_RATE_PER_MINUTE)) : 120, windowMs: 60_000 },
    // `true` takes its pause from ZHOUBAO_BACKGROUND_SECONDS (default 15 s between two ticks).
    background: o.background === true ? { intervalMs: Number(env.ZHOUBAO_BACKGROUND_SECONDS) > 0 ? Math.round(Number(env.ZHOUBAO_BACKGROUND_SECONDS) * 1000) : 15_000 } : (o.background ?? false),
    mail: o.mail === undefined ? mailSettingsFromEnv(env) : o.mail,
    writeRateLimit:
      o.writeRateLimit !== undefined
        ? o.writeRateLimit
        : Number(env.ZHOUBAO_WRITES_PER_MINUTE) > 0
          ? { max: Number(env.ZHOUBAO_WRITES_PER_MINUTE), windowMs: 60_000 }
          : DEFAULT_WRITE_RATE_LIMIT,
    webDist: o.webDist === undefined ? DEFAULT_WEB_DIST : o.webDist,
    onRoute: o.onRoute,
  };
}
