import type { Section, VerbatimParagraph } from "@domain/model/section";

/**
 * Changes one kept paragraph. Editing its text does not confirm it: the mark goes only
 * when the editor says the paragraph is right (reviewed: true).
 *
 * @example
 * patchVerbatim(list, "k1", { reviewed: true }).find((p) => p.id === "k1")?.reviewed; // true
 */
export function patchVerbatim(list: VerbatimParagraph[], id: string, patch: Partial<Pick<VerbatimParagraph, "text" | "reviewed">>): VerbatimParagraph[] {
  return list.map((p) => (p.id === id ? { ...p, ...patch } : p));
}

/** Removes one kept paragraph: removeVerbatim(list, "k1") */
export function removeVerbatim(list: VerbatimParagraph[], id: string): VerbatimParagraph[] {
  return list.filter((p) => p.id !== id);
}

/**
 * How many kept paragraphs of a section still wait for review (the outline marks them).
 *
 * @example
 * unreviewedIn({ ...section, verbatim: [{ id: "k", text: "…", line: 3, reviewed: false }] }); // 1
 */
export function unreviewedIn(s: Pick<Section, "verbatim">): number {
  return (s.verbatim ?? []).filter((p) => !p.reviewed).length;
}
