import { useCallback, useEffect, useRef, useState } from "react";

export type RequestState<T> = {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  /** Runs the request again (e.g. after a change). */
  reload: () => Promise<void>;
  /** Replaces the data locally (e.g. with the server's answer to a save). */
  setData: (d: T | undefined) => void;
};

/**
 * Loads data when the component mounts and whenever `deps` change; stale answers of an
 * earlier run are dropped so a slow response never overwrites a newer one.
 *
 * @example
 * const { data, loading, error } = useRequest(() => get<Issue[]>("/api/issues"), []);
 */
export function useRequest<T>(fn: (signal: AbortSignal) => Promise<T>, deps: unknown[], enabled = true): RequestState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(enabled);
  const run = useRef(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  const reload = useCallback(async () => {
    const id = ++run.current;
    const ctl = new AbortController();
    setLoading(true);
    setError(null);
    try {
      const d = await fnRef.current(ctl.signal);
      if (id === run.current) setData(d);
    } catch (e) {
      if (id === run.current && (e as Error).name !== "AbortError") setError(e as Error);
    } finally {
      if (id === run.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    if (!enabled) {
      setLoading(false);
      return;
    }
    void reload();
    return () => {
      run.current++;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, ...deps]);

  return { data, error, loading, reload, setData };
}
