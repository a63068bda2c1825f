/** A department with a window in the hall (进驻部门). */
export type Department = { id?: number; name: string; aliases: string[]; displayOrder: number; active?: boolean };

/** Folds the spellings one name can take: parentheses and spaces. */
export function foldName(name: string): string {
  return name
    .replace(/\s+/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/\*\*/g, "");
}

/**
 * Resolves department names and short names (应急厅 → 应急管理厅) against a registry.
 *
 * @example
 * const r = new DepartmentRegistry(departments);
 * r.resolve("应急厅"); // "应急管理厅"
 * r.resolve("未知局"); // null
 */
export class DepartmentRegistry {
  private readonly byName = new Map<string, string>();
  private readonly mentionPattern: RegExp | null;

  constructor(readonly departments: Department[]) {
    for (const d of departments) this.byName.set(foldName(d.name), d.name);
    for (const d of departments)
      for (const a of d.aliases) if (!this.byName.has(foldName(a))) this.byName.set(foldName(a), d.name);
    const names = [...this.byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.mentionPattern = names.length ? new RegExp(names.join("|"), "g") : null;
  }

  /** The canonical name for a name or alias, or null when unknown. */
  resolve(name: string): string | null {
    const n = foldName(name).replace(/窗口$/, "");
    if (!n) return null;
    const direct = this.byName.get(n);
    if (direct) return direct;
    // 省X / 四川省X / 四川X are often written for X, and the other way round.
    for (const v of [n.replace(/^四川省?/, ""), n.replace(/^省/, ""), `省${n}`, `四川省${n}`, `四川${n}`]) {
      const hit = this.byName.get(v);
      if (hit) return hit;
    }
    return null;
  }

  /**
   * The canonical names of the departments mentioned in a text, in order of first mention.
   * A name right after 市/县/区/州 or 国家 is another government's office of that kind
   * (重庆市药监局, 国家药监局), not the province's department that shares its short name.
   */
  mentions(text: string): string[] {
    if (!this.mentionPattern) return [];
    const found: string[] = [];
    const folded = foldName(text);
    for (const m of folded.matchAll(this.mentionPattern)) {
      if (OTHER_LEVEL.test(folded.slice(Math.max(0, m.index - 2), m.index))) continue;
      const canonical = this.byName.get(m[0])!;
      if (!found.includes(canonical)) found.push(canonical);
    }
    return found;
  }

  has(name: string): boolean {
    return this.departments.some((d) => d.name === name);
  }
}

/** What ends the two characters before a name of another level of government. */
const OTHER_LEVEL = /(?:[市县区州盟旗]|国家)$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
