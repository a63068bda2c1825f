import type { NewTokenInput, TokenView } from "@domain/apiTokens";
import { get, post } from "./client";

/** API tokens of machine clients (admin only); the secret comes back once, at creation. */
export type ApiToken = TokenView;
export const listTokens = async () => (await get<{ tokens: ApiToken[] }>("/api/tokens")).tokens;
export const createToken = (t: NewTokenInput) => post<{ token: string; info: ApiToken }>("/api/tokens", t);
export const revokeToken = (id: number) => post<ApiToken>(`/api/tokens/${id}/revoke`, {});
