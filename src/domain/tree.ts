import type { Section } from "./model/section.js";

/** Depth-first walk of a section tree, in document order. */
export function* walkSections(sections: Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* walkSections(s.children);
  }
}

/** The section with this id, anywhere in the tree. */
export function findSection(sections: Section[], id: string): Section | undefined {
  for (const s of walkSections(sections)) if (s.id === id) return s;
  return undefined;
}

/** The first section of a kind, anywhere in the tree. */
export function firstOfKind<K extends Section["content"]["kind"]>(
  sections: Section[],
  kind: K,
): (Section & { content: Extract<Section["content"], { kind: K }> }) | undefined {
  for (const s of walkSections(sections)) if (s.content.kind === kind) return s as never;
  return undefined;
}
