import type { IssueDocument } from "@domain/model/issue";

/**
 * The browser's copy of an issue being edited, kept in localStorage from the first
 * change until the server confirms the save: a crash, a closed tab or an expired
 * session loses nothing. One copy per issue and account, so two people sharing a
 * computer never see each other's work.
 */
export type LocalDraft = { doc: IssueDocument; base: string; at: string };

const keyOf = (issueId: number, userId: number) => `zhoubao.draft.${issueId}.${userId}`;

export function keepLocal(issueId: number, userId: number, doc: IssueDocument, base: string): void {
  try {
    localStorage.setItem(keyOf(issueId, userId), JSON.stringify({ doc, base, at: new Date().toISOString() } satisfies LocalDraft));
  } catch {
    // A full or disabled storage must not stop the editing; the server save still runs.
  }
}

export function readLocal(issueId: number, userId: number): LocalDraft | null {
  try {
    const raw = localStorage.getItem(keyOf(issueId, userId));
    const d = raw ? (JSON.parse(raw) as LocalDraft) : null;
    return d && typeof d.base === "string" && d.doc && Array.isArray(d.doc.sections) ? d : null;
  } catch {
    return null;
  }
}

export function dropLocal(issueId: number, userId: number): void {
  try {
    localStorage.removeItem(keyOf(issueId, userId));
  } catch {
    /* nothing kept, nothing to drop */
  }
}
