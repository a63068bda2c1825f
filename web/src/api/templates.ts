import type { Section } from "@domain/model/section";
import { del, get, post } from "./client";

/** A section tree a center saved under a name (web/NEEDS.md). */
export type SavedTemplate = { name: string; sections: Section[] };

export const listTemplates = async () => (await get<{ templates: SavedTemplate[] }>("/api/templates")).templates;
/** Saves the tree of an issue (its headings and kinds, without content) as a named template. */
export const saveTemplate = (name: string, issue: string) => post<SavedTemplate>("/api/templates", { name, issue });
export const removeTemplate = (name: string) => del<{ ok: true }>(`/api/templates/${encodeURIComponent(name)}`);
