import type {} from "@fastify/cookie";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ResolvedOptions } from "../options.js";

export const SESSION_COOKIE = "zb_session";
/** Readable by the web app, which echoes it in the X-CSRF-Token header (double submit). */
export const CSRF_COOKIE = "zb_csrf";
export const CSRF_HEADER = "x-csrf-token";

/**
 * The CSRF token of a session, derived from its secret token: the server stores
 * nothing more, can re-issue the cookie at any time, and a token from another session
 * (or planted by a sibling site) never matches.
 */
export const csrfTokenOf = (sessionToken: string) => createHash("sha256").update(`zhoubao-csrf:${sessionToken}`).digest("base64url");

/** A token for a visitor without a session (only the login form needs it). */
export const anonymousCsrfToken = () => randomBytes(24).toString("base64url");

/** Constant-time comparison of two tokens. */
export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function secure(req: FastifyRequest, o: ResolvedOptions): boolean {
  return o.cookieSecure === "auto" ? req.protocol === "https" : o.cookieSecure;
}

/** HttpOnly, SameSite=Strict, Secure over https; a browser-session cookie (the server enforces idle and absolute limits). */
export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, o: ResolvedOptions, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { path: "/", httpOnly: true, sameSite: "strict", secure: secure(req, o) });
}

/** The readable CSRF cookie, e.g. setCsrfCookie(req, reply, o, csrfTokenOf(token)). */
export function setCsrfCookie(req: FastifyRequest, reply: FastifyReply, o: ResolvedOptions, token: string): void {
  reply.setCookie(CSRF_COOKIE, token, { path: "/", httpOnly: false, sameSite: "strict", secure: secure(req, o) });
}

/** Removes both cookies (logout, expired session), e.g. clearAuthCookies(req, reply, o). */
export function clearAuthCookies(req: FastifyRequest, reply: FastifyReply, o: ResolvedOptions): void {
  const opts = { path: "/", sameSite: "strict" as const, secure: secure(req, o) };
  reply.clearCookie(SESSION_COOKIE, { ...opts, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, opts);
}
