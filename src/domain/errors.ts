/**
 * The one error class of zhoubao. Every error that reaches a person carries a stable
 * `code` (for programs, listed in docs/errors.md) and a Chinese `message` (for people).
 *
 * @example
 * throw new ZhoubaoError("issue.not-found", "未找到 2023 年第 49 期周报。", { year: 2023, seq: 49 });
 */
export class ZhoubaoError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "ZhoubaoError";
    this.code = code;
    this.details = details ?? null;
  }
}

/**
 * Every stable error code, with the kind of failure it is. The server maps the kind
 * to an HTTP status; the CLI exits non-zero on all of them. A test keeps this list
 * and docs/errors.md in step.
 */
export const ERROR_CODES = {
  "input.invalid": "invalid",
  "input.bad-reference": "invalid",
  "department.unknown": "invalid",
  "department.duplicate": "conflict",
  "period.invalid": "invalid",
  "period.no-workday": "invalid",
  "period.calendar-missing": "invalid",
  "issue.not-found": "not-found",
  "issue.duplicate": "conflict",
  "issue.numbering-broken": "conflict",
  "issue.bad-ref": "invalid",
  "issue.none-yet": "not-found",
  "issue.immutable": "conflict",
  "issue.bad-transition": "conflict",
  "issue.checks-failed": "conflict",
  "issue.locked": "conflict",
  "issue.stale": "conflict",
  "date.outside-period": "invalid",
  "issue.publishing": "conflict",
  "issue.publish-job-not-found": "not-found",
  "store.bad-url": "invalid",
  "store.unavailable": "unavailable",
  "store.busy": "unavailable",
  "store.backup-failed": "unavailable",
  "center.not-found": "not-found",
  "center.bad-code": "invalid",
  "center.exists": "conflict",
  "center.parent-not-found": "invalid",
  "center.outside-parent": "invalid",
  "center.required": "invalid",
  "import.empty": "invalid",
  "import.binary": "invalid",
  "import.no-text-layer": "invalid",
  "import.not-a-report": "invalid",
  "import.unsupported-format": "invalid",
  "import.extractor-missing": "unavailable",
  "import.exists": "conflict",
  "import.in-workflow": "conflict",
  "import.reason-required": "invalid",
  "import.unreadable": "invalid",
  "import.too-slow": "invalid",
  "import.checks-failed": "conflict",
  "render.chromium-missing": "unavailable",
  "render.failed": "unavailable",
  "auth.required": "unauthenticated",
  "auth.invalid-credentials": "unauthenticated",
  "auth.rate-limited": "rate-limited",
  "auth.busy": "rate-limited",
  "request.rate-limited": "rate-limited",
  "auth.forbidden": "forbidden",
  "auth.csrf": "forbidden",
  "auth.disabled": "unauthenticated",
  "auth.password-change-required": "forbidden",
  "user.duplicate": "conflict",
  "user.not-found": "not-found",
  "user.bad-role": "invalid",
  "user.last-admin": "conflict",
  "submission.not-found": "not-found",
  "submission.bad-state": "conflict",
  "inspection.not-found": "not-found",
  "assessment.not-found": "not-found",
  "assessment.bad-state": "conflict",
  "assessment.duplicate": "conflict",
  "route.not-found": "not-found",
  "token.invalid": "unauthenticated",
  "token.expired": "unauthenticated",
  "token.revoked": "unauthenticated",
  "token.scope": "forbidden",
  "token.rate-limited": "rate-limited",
  "token.duplicate": "conflict",
  "token.not-found": "not-found",
  "ledger.bad-file": "invalid",
  "ledger.bad-mapping": "invalid",
  "ledger.stalled": "invalid",
  "ledger.progress-unknown": "not-found",
  "archive.bad-query": "invalid",
  "upload.not-multipart": "invalid",
  "upload.missing-file": "invalid",
  "upload.too-large": "too-large",
  "template.not-found": "not-found",
  "recipient.bad-address": "invalid",
  "recipient.duplicate": "conflict",
  "recipient.not-found": "not-found",
  "webhook.bad-url": "invalid",
  "webhook.not-found": "not-found",
  "delivery.not-found": "not-found",
  "delivery.busy": "conflict",
  "mail.bad-settings": "invalid",
  "mail.not-configured": "unavailable",
  "schedule.bad-cron": "invalid",
  "schedule.bad-time": "invalid",
  "schedule.not-found": "not-found",
  "review.unknown-section": "invalid",
  "review.comment-empty": "invalid",
  "review.comment-not-found": "not-found",
  "review.comment-resolved": "conflict",
  "internal": "internal",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export type ErrorKind = (typeof ERROR_CODES)[ErrorCode];

/** True when `e` is a ZhoubaoError (also across module copies, e.g. under tsx). */
export function isZhoubaoError(e: unknown): e is ZhoubaoError {
  return e instanceof ZhoubaoError || (e instanceof Error && e.name === "ZhoubaoError" && "code" in e);
}
