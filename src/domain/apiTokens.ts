import { z } from "zod";
import { DEFAULT_TOKEN_DAYS, TOKEN_SCOPES, TOKEN_STATES } from "./tokenScopes.js";

export * from "./tokenScopes.js";

/* The zod schemas of API tokens, shared by the service, the API (and its document) and the web app. */

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
