import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { IssueDocument } from "@domain/model/issue";
import { ApiError } from "../../api/client";
import { getIssue, ref as refOf, saveIssue, transition, type IssueAction, type IssueView } from "../../api/issues";
import { documentOf, incompleteFigures } from "./documentOf";

export type EditorState = {
  issue: IssueView | undefined;
  doc: IssueDocument | undefined;
  error: Error | null;
  loading: boolean;
  dirty: boolean;
  saving: boolean;
  editable: boolean;
  setDoc(fn: (d: IssueDocument) => IssueDocument): void;
  save(): Promise<IssueView>;
  discard(): void;
  reload(): Promise<void>;
  act(action: IssueAction, comment?: string): Promise<void>;
  /** Replaces the loaded issue with a newer answer from the server (e.g. after accepting a submission). */
  adopt(view: IssueView): void;
};

/**
 * The issue being edited: the copy on the server, the working copy in the browser,
 * whether they differ, and the moves of the workflow. Saving sends the server the
 * timestamp of the copy it started from, so two editors never overwrite each other.
 */
export function useIssueEditor(r: string): EditorState {
  const [issue, setIssue] = useState<IssueView>();
  const [doc, setDocState] = useState<IssueDocument>();
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const [saving, setSaving] = useState(false);
  const baseline = useRef<string>("");

  const adopt = useCallback((v: IssueView) => {
    const d = documentOf(v);
    baseline.current = JSON.stringify(d);
    setIssue(v);
    setDocState(d);
  }, []);

  const reload = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      adopt(await getIssue(r));
    } catch (e) {
      setError(e as Error);
    } finally {
      setLoading(false);
    }
  }, [r, adopt]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const dirty = useMemo(() => !!doc && JSON.stringify(doc) !== baseline.current, [doc]);

  const save = useCallback(async () => {
    if (!doc || !issue) throw new Error("尚未加载周报。");
    const missing = incompleteFigures(doc);
    if (missing.length) throw new Error(`请先补全以下数字再保存：${missing.join("；")}`);
    setSaving(true);
    try {
      const view = await saveIssue(refOf(issue), doc, issue.updatedAt);
      adopt(view);
      return view;
    } finally {
      setSaving(false);
    }
  }, [doc, issue, adopt]);

  const act = useCallback(
    async (action: IssueAction, comment?: string) => {
      if (!issue) return;
      let moved: Awaited<ReturnType<typeof transition>>;
      try {
        moved = await transition(refOf(issue), action, comment);
      } catch (e) {
        // Refused by the checks (they may have found more since the page loaded, e.g. a
        // holiday declared during review): show the findings the server refused with.
        if (e instanceof ApiError && e.code === "issue.checks-failed") adopt(await getIssue(refOf(issue)));
        throw e;
      }
      // The transition may answer the summary only; read the whole view afresh.
      adopt("findings" in moved ? moved : await getIssue(refOf(issue)));
    },
    [issue, adopt],
  );

  return {
    issue,
    doc,
    error,
    loading,
    dirty,
    saving,
    editable: issue?.status === "draft",
    setDoc: (fn) => setDocState((d) => (d ? fn(d) : d)),
    save,
    discard: () => issue && adopt(issue),
    reload,
    act,
    adopt,
  };
}
