import { sectionContent, type Section } from "../domain/model/section.js";

/**
 * A draft's section tree as a contributor (窗口联络员, inspector, assessor) may see it:
 * every heading, so the liaison page can offer the sections to submit to, but only
 * the news items and leader visits of the contributor's own department. Everything
 * else — other departments' items, figures, the inspection and assessment text,
 * intros — is the editors' unpublished work and is emptied to its kind's defaults.
 *
 * @example
 * scopeDraftSections(draft.sections, "水利厅"); // news items of 水利厅 only
 */
export function scopeDraftSections(sections: Section[], department: string | null): Section[] {
  // Paragraphs kept verbatim from an import belong to no department: editors' text, dropped too.
  return sections.map(({ verbatim: _kept, ...s }) => ({ ...s, content: scopeContent(s.content, department), children: scopeDraftSections(s.children, department) }));
}

function scopeContent(content: Section["content"], department: string | null): Section["content"] {
  const own = (d: string) => department !== null && d === department;
  switch (content.kind) {
    case "news":
      return { kind: "news", intro: null, numbering: content.numbering, items: content.items.filter((i) => i.departments.some(own)) };
    case "leader-visits":
      return { kind: "leader-visits", summary: null, visits: content.visits.filter((v) => own(v.department)) };
    default:
      return sectionContent.parse({ kind: content.kind });
  }
}
