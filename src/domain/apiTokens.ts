import { z } from "zod";

/**
 * What a machine client's API token may do (issue 21). read-drafts includes
 * read-published: whoever may read a draft may read what it becomes.
 */
export const TOKEN_SCOPES = ["read-published", "read-drafts", "import-ledgers"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_SCOPE_LABELS: Record<TokenScope, string> = {
  "read-published": "读取已发布周报、文件与往期归档",
  "read-drafts": "读取草稿（含已发布）",
  "import-ledgers": "导入办件与台账",
};

/** The scopes that grant a route declared with `needed`. */
export const scopesGranting = (needed: TokenScope): TokenScope[] => (needed === "read-published" ? ["read-published", "read-drafts"] : [needed]);

/** True when a token with `scopes` may call a route that needs `needed`. */
export const grants = (scopes: readonly TokenScope[], needed: TokenScope) => scopesGranting(needed).some((s) => scopes.includes(s));

export const DEFAULT_TOKEN_DAYS = 90;

export const tokenScope = z.enum(TOKEN_SCOPES, { error: () => `权限范围应为 ${TOKEN_SCOPES.join("、")} 之一` });

/** A new token as the admin asks for it (web app, API and `zhoubao token create`). */
export const newTokenInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, "请填写令牌名称")
    .max(40, "令牌名称不能超过 40 字")
    .regex(/^[^\s"'<>]+$/u, "令牌名称不能含空格、引号或尖括号")
    .describe("名称，如 门户网站；中心内唯一"),
  scopes: z.array(tokenScope).min(1, "请至少选择一个权限范围").describe("权限范围"),
  days: z.number().int("有效天数应为整数").min(1, "有效天数应为正整数").max(3650, "有效天数不能超过 3650 天").default(DEFAULT_TOKEN_DAYS).describe("有效天数，默认 90"),
});
export type NewTokenInput = z.input<typeof newTokenInput>;

export const TOKEN_STATES = ["active", "expired", "revoked"] as const;
export const TOKEN_STATE_LABELS: Record<(typeof TOKEN_STATES)[number], string> = { active: "有效", expired: "已过期", revoked: "已吊销" };

/** A token as listed: never the token itself. */
export const tokenView = z.object({
  id: z.number().int(),
  name: z.string(),
  scopes: z.array(tokenScope),
  state: z.enum(TOKEN_STATES),
  createdAt: z.string(),
  createdBy: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof tokenView>;

/** The answer to creating a token: the only time its secret is shown. */
export const createdToken = z.object({ token: z.string().describe("令牌，仅此一次显示；请求时放在 Authorization: Bearer 头中"), info: tokenView });
