import type { Section, SectionContent, SectionKind } from "@domain/model/section";
import { emptyContent } from "@domain/templates/emptyContent";
import { headingNumber } from "@domain/present/numerals";
import { randomId } from "../../lib/randomId";

/**
 * Pure edits of an issue's section tree. Each returns a new tree and leaves the given
 * one untouched, so the editor can compare with what was saved and undo by reference.
 */

/** Applies `fn` to the section with `id`, wherever it is. */
export function updateSection(tree: Section[], id: string, fn: (s: Section) => Section): Section[] {
  return tree.map((s) => (s.id === id ? fn(s) : s.children.length ? { ...s, children: updateSection(s.children, id, fn) } : s));
}

/** The siblings list that holds `id`, and the parent's id (null at the top). */
export function siblingsOf(tree: Section[], id: string, parent: string | null = null): { parent: string | null; list: Section[] } | null {
  if (tree.some((s) => s.id === id)) return { parent, list: tree };
  for (const s of tree) {
    const r = siblingsOf(s.children, id, s.id);
    if (r) return r;
  }
  return null;
}

/** Replaces the children of `parent` (null: the top level). */
function withChildren(tree: Section[], parent: string | null, children: Section[]): Section[] {
  return parent === null ? children : updateSection(tree, parent, (s) => ({ ...s, children }));
}

/**
 * Moves a section before or after another section of the same parent (drag-to-reorder).
 * Sections under different parents are not swapped: a heading keeps its level.
 *
 * @example
 * moveSection(tree, "news-id", "visits-id"); // news now where visits was, visits shifted
 */
export function moveSection(tree: Section[], activeId: string, overId: string): Section[] {
  const a = siblingsOf(tree, activeId);
  const b = siblingsOf(tree, overId);
  if (!a || !b || a.parent !== b.parent || activeId === overId) return tree;
  const list = [...a.list];
  const from = list.findIndex((s) => s.id === activeId);
  const to = list.findIndex((s) => s.id === overId);
  const [moved] = list.splice(from, 1);
  list.splice(to, 0, moved);
  return withChildren(tree, a.parent, list);
}

/** Moves a section one place up (-1) or down (+1) among its siblings. */
export function nudgeSection(tree: Section[], id: string, by: -1 | 1): Section[] {
  const sib = siblingsOf(tree, id);
  if (!sib) return tree;
  const i = sib.list.findIndex((s) => s.id === id);
  const other = sib.list[i + by];
  return other ? moveSection(tree, id, other.id) : tree;
}

/** Removes a section and everything under it. */
export function removeSection(tree: Section[], id: string): Section[] {
  return tree.filter((s) => s.id !== id).map((s) => (s.children.length ? { ...s, children: removeSection(s.children, id) } : s));
}

/** A new, empty section of a kind at a level. */
export function newSection(kind: SectionKind, heading: string, level: Section["level"]): Section {
  return { id: randomId(), level, heading, content: emptyContent(kind), children: [] };
}

/**
 * Adds a section after `afterId` (same level) or, with `asChild`, as the last child of it.
 * With no anchor it is appended at the top level.
 */
export function addSection(tree: Section[], kind: SectionKind, heading: string, anchorId: string | null, asChild: boolean): Section[] {
  if (!anchorId) {
    const level = (tree[0]?.level ?? 1) as Section["level"];
    return [...tree, newSection(kind, heading, level)];
  }
  if (asChild) {
    return updateSection(tree, anchorId, (s) => ({
      ...s,
      children: [...s.children, newSection(kind, heading, Math.min(3, s.level + 1) as Section["level"])],
    }));
  }
  const sib = siblingsOf(tree, anchorId)!;
  const i = sib.list.findIndex((s) => s.id === anchorId);
  const list = [...sib.list];
  list.splice(i + 1, 0, newSection(kind, heading, sib.list[i].level));
  return withChildren(tree, sib.parent, list);
}

/** Replaces a section's content (keeping its kind). */
export function setContent(tree: Section[], id: string, content: SectionContent): Section[] {
  return updateSection(tree, id, (s) => ({ ...s, content }));
}

/** The printed numbering prefix of each section: 一、 （一） 1. — none for a part title. */
export function numberingOf(tree: Section[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (list: Section[]) => {
    let n = 0;
    for (const s of list) {
      if (s.level > 0) out.set(s.id, headingNumber(s.level, ++n));
      else out.set(s.id, "");
      walk(s.children);
    }
  };
  walk(tree);
  return out;
}

/** The tree as a flat list in document order with each section's depth. */
export function flatten(tree: Section[], depth = 0): { section: Section; depth: number; parent: string | null }[] {
  const out: { section: Section; depth: number; parent: string | null }[] = [];
  const walk = (list: Section[], d: number, parent: string | null) => {
    for (const s of list) {
      out.push({ section: s, depth: d, parent });
      walk(s.children, d + 1, s.id);
    }
  };
  walk(tree, depth, null);
  return out;
}
