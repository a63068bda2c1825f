import { useCallback, useEffect, useRef, useState } from "react";
import { importLedger, ledgerProgress, type LedgerImport } from "../../api/ledger";
import { randomId } from "../../lib/randomId";
import type { UploadStage } from "./uploadStage";
import type { ColumnMapping } from "@domain/ledger/ledgerFields";

/** The first polls come quickly (a small file is read in a second), then every 0.4 s. */
const pollDelay = (n: number) => (n < 4 ? 150 : 400);

/**
 * Uploads a ledger export and follows the server's import of it: the browser reports the
 * upload's percent, then the page asks the server every 0.4 s how far it has read
 * (GET /api/ledger/progress/:key) until the upload's answer arrives.
 *
 * @example
 * const { stage, send } = useLedgerUpload(); await send("cases", file, "省平台");
 */
export function useLedgerUpload() {
  const [stage, setStage] = useState<UploadStage>(null);
  const alive = useRef(true);
  // Set on every mount: StrictMode mounts, unmounts and mounts again in development.
  useEffect(() => {
    alive.current = true;
    return () => void (alive.current = false);
  }, []);

  const send = useCallback(async (kind: "cases" | "desk", file: File, source: string | undefined, mapping?: ColumnMapping): Promise<LedgerImport> => {
    const key = `web-${randomId()}`;
    let polling = false;
    let finished = false;
    const poll = async () => {
      for (let n = 0; !finished && alive.current; n++) {
        try {
          const state = await ledgerProgress(key);
          if (!finished && alive.current) setStage({ step: "server", state });
        } catch {
          /* not started yet (404) or a network hiccup: the next poll tells */
        }
        await new Promise((r) => setTimeout(r, pollDelay(n)));
      }
    };
    setStage({ step: "sending", percent: 0 });
    try {
      return await importLedger(kind, file, { source, mapping, progressKey: key }, (percent) => {
        if (!alive.current || finished) return;
        if (percent < 100) return setStage({ step: "sending", percent });
        if (polling) return;
        polling = true;
        setStage({ step: "server", state: null });
        void poll();
      });
    } finally {
      finished = true;
      if (alive.current) setStage(null);
    }
  }, []);

  return { stage, send };
}
