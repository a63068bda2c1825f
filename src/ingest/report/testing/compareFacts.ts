/**
 * The comparison of ../shared/tools/compare-facts.mjs, for tests that must hold where
 * ../shared is absent: only what EXPECTED names is checked; text is compared with
 * whitespace removed and ASCII ( ) : , folded to full-width; null expects null or a
 * missing field; arrays must agree in length and element by element.
 *
 * @example
 * compareFacts(expected, facts).misses; // [] when every expected fact matches
 */
export function compareFacts(expected: unknown, actual: unknown): { checked: number; matched: number; misses: string[] } {
  let checked = 0;
  let matched = 0;
  const misses: string[] = [];
  const fold = (s: string) => s.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）").replace(/:/g, "：").replace(/,/g, "，");
  const leaves = (v: unknown): number =>
    Array.isArray(v)
      ? v.reduce((n: number, x) => n + leaves(x), 1)
      : v !== null && typeof v === "object"
        ? Object.values(v).reduce((n: number, x) => n + leaves(x), 0)
        : 1;
  const compare = (e: unknown, a: unknown, path: string): void => {
    if (Array.isArray(e)) {
      checked++;
      if (!Array.isArray(a)) {
        checked += leaves(e) - 1;
        misses.push(`${path}: expected a list of ${e.length}, got ${JSON.stringify(a)}`);
        return;
      }
      if (a.length === e.length) matched++;
      else misses.push(`${path}: expected ${e.length} entries, got ${a.length}`);
      e.forEach((x, i) => compare(x, a[i], `${path}[${i}]`));
      return;
    }
    if (e !== null && typeof e === "object") {
      if (a === null || typeof a !== "object") {
        const n = leaves(e);
        checked += n;
        misses.push(`${path}: expected an object (${n} facts), got ${JSON.stringify(a)}`);
        return;
      }
      for (const k of Object.keys(e)) compare((e as Record<string, unknown>)[k], (a as Record<string, unknown>)[k], `${path}.${k}`);
      return;
    }
    checked++;
    const ok =
      e === null ? a === null || a === undefined : typeof e === "string" ? typeof a === "string" && fold(a) === fold(e) : a === e;
    if (ok) matched++;
    else misses.push(`${path}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
  };
  compare(expected, actual, "$");
  return { checked, matched, misses };
}
