import { useEffect, useState } from "react";

type Paths = Record<string, Record<string, unknown>>;
let cache: Promise<Set<string> | null> | null = null;

/** "POST /api/imports" keys of every route the server documents in its OpenAPI document. */
function load(): Promise<Set<string> | null> {
  cache ??= fetch("/api/docs/json", { credentials: "same-origin" })
    .then((r) => (r.ok ? r.json() : null))
    .then((doc: { paths?: Paths } | null) => (doc?.paths ? new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))) : null))
    .catch(() => null);
  return cache;
}

/**
 * Which server features exist, read from /api/docs/json, so a screen can say up front
 * that a feature is not offered yet instead of failing when the clerk uses it. While
 * unknown (or when the document cannot be read) everything counts as present.
 *
 * @example
 * const has = useCapabilities(); has("POST", "/api/imports");
 */
export function useCapabilities(): (method: string, path: string) => boolean {
  const [paths, setPaths] = useState<Set<string> | null>(null);
  useEffect(() => {
    let live = true;
    load().then((p) => live && setPaths(p));
    return () => {
      live = false;
    };
  }, []);
  return (method, path) => !paths || paths.has(`${method.toUpperCase()} ${path}`);
}
