import { useEffect, useRef } from "react";
import { get } from "../api/client";

const MINUTE = 60_000;

/**
 * Keeps the session alive while someone is working on the page: every change counts as
 * activity, and while there was activity since the last call the server is asked for
 * the account (GET /api/me touches the session), at most every few minutes. Reading
 * without typing lets the session expire as usual.
 *
 * @example
 * const touch = useKeepAlive(); … onChange={() => (touch(), setDoc(...))}
 */
export function useKeepAlive(every = 4 * MINUTE): () => void {
  const lastActive = useRef(0);
  const lastPing = useRef(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (lastActive.current <= lastPing.current || Date.now() - lastPing.current < every) return;
      lastPing.current = Date.now();
      // An expired session answers 401, which opens the sign-in dialog (AuthProvider).
      get("/api/me").catch(() => undefined);
    }, Math.min(every, MINUTE));
    return () => window.clearInterval(timer);
  }, [every]);
  return () => {
    lastActive.current = Date.now();
  };
}
