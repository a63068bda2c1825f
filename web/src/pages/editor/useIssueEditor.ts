import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { IssueDocument } from "@domain/model/issue";
import { ApiError } from "../../api/client";
import { getIssue, ref as refOf, saveIssue, transition, type IssueAction, type IssueView } from "../../api/issues";
import { documentOf, incompleteFigures } from "./documentOf";
import { dropLocal, keepLocal, readLocal, type LocalDraft } from "./localDraft";
import { useAutosave, type SaveState } from "./useAutosave";

export type EditorState = {
  issue: IssueView | undefined;
  doc: IssueDocument | undefined;
  error: Error | null;
  loading: boolean;
  dirty: boolean;
  saving: boolean;
  editable: boolean;
  /** Where the working copy stands: 已保存, 正在保存…, 未保存的更改, or why not (conflict, signed out). */
  saveState: SaveState;
  /** The last save's failure (a conflict, an expired session, a refused document), until a save succeeds. */
  saveError: Error | null;
  /** A copy kept in this browser that the server never confirmed, offered back after a reload or crash. */
  rescued: LocalDraft | null;
  setDoc(fn: (d: IssueDocument) => IssueDocument): void;
  save(): Promise<IssueView>;
  discard(): void;
  reload(): Promise<void>;
  act(action: IssueAction, comment?: string): Promise<void>;
  /** Replaces the loaded issue with a newer answer from the server (e.g. after accepting a submission). */
  adopt(view: IssueView): void;
  /** Takes the rescued copy back as the working copy (or, with false, throws it away). */
  rescue(take: boolean): void;
  /** After a conflict: saves the working copy over the newer server copy, knowingly. */
  overwrite(): Promise<IssueView>;
};

/**
 * The issue being edited: the copy on the server, the working copy in the browser,
 * whether they differ, and the moves of the workflow. Every save sends the server the
 * timestamp of the copy it started from (`base`), so two editors never overwrite each
 * other: a stale save is refused (issue.stale) and the page says so. With `autosaveAs`
 * (the account's id) the working copy is also kept in localStorage until the server has
 * it and saved by itself a moment after the last change (useAutosave).
 */
export function useIssueEditor(r: string, opts: { autosaveAs?: number } = {}): EditorState {
  const [issue, setIssue] = useState<IssueView>();
  const [doc, setDocState] = useState<IssueDocument>();
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<Error | null>(null);
  const [rescued, setRescued] = useState<LocalDraft | null>(null);
  /** The working copy as the server has it (JSON), and the updatedAt the next save sends. */
  const baseline = useRef<string>("");
  const base = useRef<string>("");
  const docNow = useRef<IssueDocument | undefined>(undefined);
  docNow.current = doc;
  /** Saves run one after another, so a click on 保存 never races an autosave with the same base. */
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const user = opts.autosaveAs;
  const opened = useRef(false);

  const adopt = useCallback((v: IssueView) => {
    const d = documentOf(v);
    baseline.current = JSON.stringify(d);
    base.current = v.updatedAt;
    setIssue(v);
    setDocState(d);
    setSaveError(null);
  }, []);

  const reload = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const v = await getIssue(r);
      adopt(v);
      // Only on opening the page: a later reload (载入最新版本, after attaching) means the server's copy.
      const local = user !== undefined && !opened.current ? readLocal(v.id, user) : null;
      opened.current = true;
      if (local && JSON.stringify(local.doc) !== JSON.stringify(documentOf(v))) setRescued(local);
      else if (local && user !== undefined) dropLocal(v.id, user);
    } catch (e) {
      setError(e as Error);
    } finally {
      setLoading(false);
    }
  }, [r, adopt, user]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const dirty = useMemo(() => !!doc && JSON.stringify(doc) !== baseline.current, [doc, issue]); // eslint-disable-line react-hooks/exhaustive-deps

  // The browser's copy follows every change until the server confirms it.
  useEffect(() => {
    // While a rescued copy is offered, it stays kept until the editor takes or drops it.
    if (user === undefined || !issue || !doc || issue.status !== "draft" || rescued) return;
    if (dirty) keepLocal(issue.id, user, doc, base.current);
    else dropLocal(issue.id, user);
  }, [doc, dirty, issue, user, rescued]);

  /** Sends the working copy as it is now; keeps what was typed meanwhile as the next change. */
  const send = useCallback((): Promise<IssueView> => {
    const run = async () => {
      const d = docNow.current;
      if (!d || !issue) throw new Error("尚未加载周报。");
      const missing = incompleteFigures(d);
      if (missing.length) throw new Error(`请先补全以下数字再保存：${missing.join("；")}`);
      const sent = JSON.stringify(d);
      setSaving(true);
      try {
        const view = await saveIssue(refOf(issue), d, base.current);
        baseline.current = sent;
        base.current = view.updatedAt;
        setSaveError(null);
        setIssue(view);
        return view;
      } catch (e) {
        setSaveError(e as Error);
        throw e;
      } finally {
        setSaving(false);
      }
    };
    const next = queue.current.then(run, run);
    queue.current = next.catch(() => undefined);
    return next;
  }, [issue]);

  const conflict = saveError instanceof ApiError && saveError.code === "issue.stale";
  const autosave = useAutosave({ enabled: user !== undefined && issue?.status === "draft" && !rescued, doc, dirty, saving, conflict, saveError, send });

  const overwrite = useCallback(async () => {
    if (!issue) throw new Error("尚未加载周报。");
    // Knowingly: the newer copy's timestamp, so the server takes this one over it.
    const latest = await getIssue(refOf(issue));
    base.current = latest.updatedAt;
    setSaveError(null);
    return send();
  }, [issue, send]);

  const rescue = useCallback(
    (take: boolean) => {
      if (rescued && take) {
        // Saved against the copy it started from: if someone saved since, the server refuses and the page says so.
        base.current = rescued.base;
        setDocState(rescued.doc);
      }
      if (!take && issue && user !== undefined) dropLocal(issue.id, user);
      setRescued(null);
    },
    [rescued, issue, user],
  );

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
    saveState: autosave,
    saveError,
    rescued,
    setDoc: (fn) => setDocState((d) => (d ? fn(d) : d)),
    save: send,
    discard: () => issue && adopt(issue),
    reload,
    act,
    adopt,
    rescue,
    overwrite,
  };
}
