import { useEffect, useRef } from "react";
import type { IssueDocument } from "@domain/model/issue";
import { ApiError } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useKeepAlive } from "../../hooks/useKeepAlive";
import { incompleteFigures } from "./documentOf";

/** How long after the last change the working copy goes to the server. */
export const AUTOSAVE_DELAY_MS = 2000;

export type SaveState = "saved" | "saving" | "unsaved" | "conflict" | "signed-out";

export const SAVE_STATE_LABELS: Record<SaveState, string> = {
  saved: "已保存",
  saving: "正在保存…",
  unsaved: "未保存的更改",
  conflict: "未保存的更改（他人已修改本期）",
  "signed-out": "未保存的更改（登录已过期）",
};

type Props = {
  enabled: boolean;
  doc: IssueDocument | undefined;
  dirty: boolean;
  saving: boolean;
  conflict: boolean;
  saveError: Error | null;
  send(): Promise<unknown>;
};

/**
 * Saves the working copy a moment after the last change, keeps the session alive while
 * someone types, and says where the copy stands. It stops on a conflict (the editor
 * decides), waits after a failure until the next change, and after an expired session
 * until the same account has signed in again (AuthProvider's `resumed`), then saves.
 */
export function useAutosave(p: Props): SaveState {
  const { resumed } = useAuth();
  const touch = useKeepAlive();
  const failed = useRef<{ doc: IssueDocument | undefined; epoch: number } | null>(null);
  const signedOut = p.saveError instanceof ApiError && p.saveError.status === 401;

  useEffect(() => {
    failed.current = p.saveError ? { doc: p.doc, epoch: resumed } : null;
    // Only a new failure marks the copy it failed on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p.saveError]);

  useEffect(() => {
    if (p.enabled && p.dirty) touch();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p.doc]);

  useEffect(() => {
    if (!p.enabled || !p.dirty || p.saving || p.conflict || !p.doc || incompleteFigures(p.doc).length) return;
    const f = failed.current;
    if (f && f.doc === p.doc && f.epoch === resumed) return;
    const t = window.setTimeout(() => void p.send().catch(() => undefined), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p.enabled, p.doc, p.dirty, p.saving, p.conflict, p.saveError, resumed]);

  if (p.conflict) return "conflict";
  if (p.saving) return "saving";
  if (signedOut && p.dirty) return "signed-out";
  return p.dirty ? "unsaved" : "saved";
}
