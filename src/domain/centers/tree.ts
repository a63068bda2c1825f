import { z } from "zod";

/** A center as lists show it: with its parent's code and its depth in the tree. */
export const centerNode = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  depth: z.number().int().min(0),
});
export type CenterNode = z.infer<typeof centerNode>;

/** What adding a center takes (command line and 中心管理 alike). */
export const newCenterInput = z.object({
  code: z.string().trim().max(20, "中心编码不能超过 20 个字符"),
  name: z.string().trim().min(2, "中心名称至少 2 个字").max(80, "中心名称不能超过 80 字"),
  /** The parent's code; null for a top-level center (command line only). */
  parent: z.string().trim().max(20).nullable().default(null),
  /** Another center whose departments the new one starts with; null: the 29 seed departments. */
  copyDepartmentsFrom: z.string().trim().max(20).nullable().default(null),
  template: z.enum(["2022", "2023"]).default("2023"),
});
export type NewCenterInput = z.input<typeof newCenterInput>;

type Flat = { id: number; code: string; name: string; parentId: number | null };

/**
 * Centers in tree order: each followed by its children (by code), depth first. A center
 * whose parent is not in the list is a root of it (a province user's list starts at its own).
 *
 * @example
 * treeOrder(list).map((c) => "  ".repeat(c.depth) + c.name)
 */
export function treeOrder(centers: Flat[]): CenterNode[] {
  const byId = new Map(centers.map((c) => [c.id, c]));
  const children = new Map<number | null, Flat[]>();
  for (const c of centers) {
    const key = c.parentId !== null && byId.has(c.parentId) ? c.parentId : null;
    children.set(key, [...(children.get(key) ?? []), c]);
  }
  const out: CenterNode[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const c of (children.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      out.push({ id: c.id, code: c.code, name: c.name, parentCode: c.parentId === null ? null : (byId.get(c.parentId)?.code ?? null), depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export type CenterBranch = CenterNode & { children?: CenterBranch[] };

/**
 * A tree-ordered list as nested branches (the 中心管理 table); a leaf has no `children`.
 *
 * @example
 * nestCenters(treeOrder(list))[0].children?.map((c) => c.code) // ["510100", "510700"]
 */
export function nestCenters(nodes: CenterNode[]): CenterBranch[] {
  const roots: CenterBranch[] = [];
  const path: CenterBranch[] = [];
  for (const n of nodes) {
    const branch: CenterBranch = { ...n };
    path.length = n.depth;
    const parent = path[n.depth - 1];
    if (parent) (parent.children ??= []).push(branch);
    else roots.push(branch);
    path[n.depth] = branch;
  }
  return roots;
}
