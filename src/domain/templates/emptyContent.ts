import type { SectionContent, SectionKind } from "../model/section.js";
import { sectionContent } from "../model/section.js";
import { DEFAULT_INSPECTION_VERDICT, INSPECTION_ITEMS } from "../present/sentences.js";

/**
 * The content a section of a kind starts with in a new issue: no figures, no news;
 * the inspection's six items default to 总体情况良好。 Settings that belong to the
 * template (news numbering, platform name, scope) are carried over from `previous`.
 */
export function emptyContent(kind: SectionKind, previous?: SectionContent): SectionContent {
  const base = sectionContent.parse({ kind });
  switch (base.kind) {
    case "news":
      return { ...base, numbering: previous?.kind === "news" ? previous.numbering : base.numbering };
    case "platform-stats":
      return previous?.kind === "platform-stats" ? { ...base, platform: previous.platform, scope: previous.scope } : base;
    case "window-counts":
      return previous?.kind === "window-counts" ? { ...base, scope: previous.scope } : base;
    case "inspection":
      return {
        ...base,
        intro: previous?.kind === "inspection" ? previous.intro : null,
        items: INSPECTION_ITEMS.map((item) => ({ item, verdict: DEFAULT_INSPECTION_VERDICT, note: null })),
      };
    case "manual-progress":
      return previous?.kind === "manual-progress" ? { ...base, totalItems: previous.totalItems } : base;
    default:
      return base;
  }
}
