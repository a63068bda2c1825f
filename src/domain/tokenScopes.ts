/**
 * What a machine client's API token may do (issue 21). read-drafts includes
 * read-published: whoever may read a draft may read what it becomes. Without zod, so
 * that `zhoubao token --help` lists them without loading it (as roles.ts does).
 */
export const TOKEN_SCOPES = ["read-published", "read-drafts", "import-ledgers"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_SCOPE_LABELS: Record<TokenScope, string> = {
  "read-published": "读取已发布周报、文件与往期归档",
  "read-drafts": "读取草稿及已发布周报",
  "import-ledgers": "导入办件与台账",
};

/** The scopes that grant a route declared with `needed`. */
export const scopesGranting = (needed: TokenScope): TokenScope[] => (needed === "read-published" ? ["read-published", "read-drafts"] : [needed]);

/** True when a token with `scopes` may call a route that needs `needed`. */
export const grants = (scopes: readonly TokenScope[], needed: TokenScope) => scopesGranting(needed).some((s) => scopes.includes(s));

export const DEFAULT_TOKEN_DAYS = 90;

export const TOKEN_STATES = ["active", "expired", "revoked"] as const;
export const TOKEN_STATE_LABELS: Record<(typeof TOKEN_STATES)[number], string> = { active: "有效", expired: "已过期", revoked: "已吊销" };
