import { DepartmentRegistry, SEED_DEPARTMENTS, foldName } from "../../../domain/index.js";

let seedRegistry: DepartmentRegistry | null = null;

/**
 * The registry used when the caller gives none: the seed departments of a new center (built once).
 *
 * @example
 * defaultRegistry().resolve("经信厅"); // "经济和信息化厅"
 */
export function defaultRegistry(): DepartmentRegistry {
  return (seedRegistry ??= new DepartmentRegistry(SEED_DEPARTMENTS.map((d, i) => ({ ...d, displayOrder: i + 1 }))));
}

/** Words that precede a department name in a sentence without being part of it. */
const LEADING_FILLER = /^(?:本周|近日|同日|当日|当天|上午|下午|此外|另外|其中|同时|随后|以及|及|和|与|由|对|在)+/;

/**
 * Resolves a department name as printed in a sentence, where the text before it may
 * have been captured too ("本周经信厅" → 经济和信息化厅): the longest known tail wins.
 * Unknown names come back as printed, without filler words, and `known: false`.
 *
 * @example
 * resolveDepartment(registry, "应急厅"); // { name: "应急管理厅", known: true }
 * resolveDepartment(registry, "本周省医保局"); // { name: "省医保局", known: false }
 */
export function resolveDepartment(registry: DepartmentRegistry, printed: string): { name: string; known: boolean } {
  const folded = foldName(printed);
  for (let i = 0; i < folded.length - 1; i++) {
    const hit = registry.resolve(folded.slice(i));
    if (hit) return { name: hit, known: true };
  }
  return { name: folded.replace(LEADING_FILLER, "") || folded, known: false };
}
