import { useState } from "react";
import { App } from "antd";
import { download } from "../api/transfer";
import { messageOf } from "../components/Feedback";

/**
 * A file download from the API with its busy state: `busy` names the one under way, and a
 * refusal shows the server's message instead of a broken page.
 */
export function useDownload(): { busy: string | null; get(key: string, url: string, fileName: string, what: string): Promise<void> } {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const get = async (key: string, url: string, fileName: string, what: string) => {
    setBusy(key);
    try {
      await download(url, fileName);
      message.success(`${what} 文件已开始下载。`);
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  return { busy, get };
}
