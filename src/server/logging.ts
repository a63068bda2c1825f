import { randomUUID } from "node:crypto";
import type { FastifyServerOptions } from "fastify";

/**
 * Where the server writes its log, as JSON lines (pino, Fastify's own logger): "stdout",
 * "silent", a file path, or a stream (tests read it).
 */
export type LogDestination = "stdout" | "silent" | string | NodeJS.WritableStream;

/**
 * Never logged, whatever a future log call passes: passwords (login, password change,
 * new accounts), session cookies and CSRF tokens.
 */
const REDACT = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  "password",
  "currentPassword",
  "newPassword",
  "*.password",
  "*.currentPassword",
  "*.newPassword",
];

/**
 * Fastify's logger options for a destination. Every request gets a random id (`reqId`
 * in each line, `requestId` in every error answer) so that a clerk can quote it and an
 * administrator find the line; request bodies are never logged.
 */
export function loggerOptions(log: LogDestination): Pick<FastifyServerOptions, "logger" | "genReqId"> {
  const common = { genReqId: () => randomUUID() };
  if (log === "silent") return { ...common, logger: false };
  const base = { level: "info", redact: { paths: REDACT, censor: "[已隐去]" } };
  if (log === "stdout") return { ...common, logger: base };
  if (typeof log === "string") return { ...common, logger: { ...base, file: log } };
  return { ...common, logger: { ...base, stream: log } };
}
