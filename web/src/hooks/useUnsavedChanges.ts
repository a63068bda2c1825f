import { useEffect } from "react";
import { useBlocker } from "react-router-dom";
import { App } from "antd";

const LEAVE_TITLE = "有尚未保存的修改";
const LEAVE_TEXT = "离开此页面将丢失尚未保存的修改。确定要离开吗？";

/**
 * Warns before the unsaved changes of a screen are lost: the browser's own prompt when
 * the tab closes or reloads, and a confirmation when navigating inside the app.
 */
export function useUnsavedChanges(dirty: boolean): void {
  const { modal } = App.useApp();
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = LEAVE_TEXT;
      return LEAVE_TEXT;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    modal.confirm({
      title: LEAVE_TITLE,
      content: LEAVE_TEXT,
      okText: "离开，不保存",
      okButtonProps: { danger: true },
      cancelText: "留在此页",
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal]);
}
