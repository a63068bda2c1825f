import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const FIXTURES = resolve(import.meta.dirname, "../fixtures");
/** Issues holding text the parser cannot place (kept verbatim, listed in `unparsed`): not for the tests that expect none. */
export const UNPLACED = resolve(FIXTURES, "unplaced");
/** ../shared/samples, beside the checkout; tests that read it skip when it is absent. */
export const SAMPLES = resolve(import.meta.dirname, "../../../../../shared/samples");
export const COMPARE_TOOL = resolve(SAMPLES, "../tools/compare-facts.mjs");
export const hasSamples = existsSync(SAMPLES);

export type Case = { name: string; path: string; text: string; expected: Record<string, unknown> };

/** The report texts of a folder that have a NAME.facts.json beside them. */
export function casesIn(dir: string): Case[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && existsSync(join(dir, f.replace(/\.txt$/, ".facts.json"))))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/, ""),
      path: join(dir, f),
      text: readFileSync(join(dir, f), "utf8"),
      expected: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, ".facts.json")), "utf8")),
    }));
}
