import type { CenterDefaults } from "@src/store/repositories/centers";
import type { Role, User } from "./types";
import { del, get, post, put, query } from "./client";

/** Accounts (admin only). */
export const listUsers = async () => (await get<{ users: User[] }>("/api/users")).users;
export type NewUser = { username: string; displayName: string; role: Role; departmentId: number | null; password: string };
export const addUser = (u: NewUser) => post<User>("/api/users", u);
export type UserPatch = Partial<{ displayName: string; role: Role; departmentId: number | null; active: boolean; password: string }>;
export const updateUser = (id: number, p: UserPatch) => put<User>(`/api/users/${id}`, p);

/** The center's name and the defaults of new issues: 报/送/发, 印数, template. */
export type Settings = { id: number; code: string; name: string; defaults: CenterDefaults };
export const getSettings = () => get<Settings>("/api/settings");
export const saveSettings = (s: { name: string; defaults: CenterDefaults }) => put<Settings>("/api/settings", s);

/** Corrections of the official holiday calendar. */
export type CalendarOverride = { date: string; workday: boolean; note: string | null };
export const listOverrides = async () => (await get<{ overrides: CalendarOverride[] }>("/api/calendar/overrides")).overrides;
export const setOverride = (date: string, o: { workday: boolean; note: string | null }) => put<CalendarOverride>(`/api/calendar/overrides/${date}`, o);
export const removeOverride = (date: string) => del<{ ok: true }>(`/api/calendar/overrides/${date}`);

/** The audit log, newest first; `next` pages further back. */
export type AuditEntry = { id: number; at: string; actorId: number | null; actor: string; actorName: string | null; address: string | null; entity: string; entityId: string; action: string; before: unknown; after: unknown };
export type AuditFilter = { entity?: string; actor?: string; action?: string; from?: string; to?: string; before?: number; limit?: number };
export const readAudit = (f: AuditFilter) => get<{ entries: AuditEntry[]; next: number | null }>(`/api/audit${query(f)}`);
