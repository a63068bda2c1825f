import type { SectionContent } from "../model/section.js";
import { leaderVisitParagraphs } from "./leaderVisits.js";
import {
  manualProgressSentences,
  platformStatsSentence,
  policyListsSentence,
  windowCountsSentence,
} from "./sentences.js";

/**
 * One piece of what a section prints under its heading: `field` is the path of the typed
 * text it comes from ("items[0].text"), or null for a sentence generated from figures.
 */
export type PrintedPart = { field: string | null; text: string };

const typed = (field: string, text: string | null | undefined): PrintedPart[] => (text?.trim() ? [{ field, text }] : []);

/**
 * Everything a section's content prints, piece by piece, as the renderer prints it
 * (src/render/build/sectionBlocks.ts turns the same pieces into paragraphs): typed text
 * as typed, data sections as the sentences of sentences.ts, where a figure not entered
 * prints as ＿＿. The checks read it to find what would go out blank.
 *
 * @example
 * printedParts({ kind: "window-counts", scope: "省本级", week: null, ytd: null })[0].text; // "本周，共计咨询＿＿人次…"
 */
export function printedParts(c: SectionContent): PrintedPart[] {
  switch (c.kind) {
    case "part":
    case "group":
      return [];
    case "news":
      return [...typed("intro", c.intro), ...c.items.flatMap((it, i) => typed(`items[${i}].text`, it.text))];
    case "leader-visits":
      // As leaderVisitParagraphs prints them: the summary (typed or generated), then each visit's own paragraph.
      return leaderVisitParagraphs(c).map((p) => ({ field: c.summary?.trim() ? "summary" : null, text: p.text }));
    case "platform-stats":
      return [{ field: null, text: platformStatsSentence(c) }];
    case "inspection":
      return [
        ...typed("intro", c.intro),
        ...c.items.flatMap((it, i) => [...typed(`items[${i}].item`, it.item), ...typed(`items[${i}].verdict`, it.verdict)]),
      ];
    case "window-counts":
      return [{ field: null, text: windowCountsSentence(c) }];
    case "manual-progress":
      return [{ field: null, text: manualProgressSentences(c).join("") }];
    case "policy-lists":
      return [
        ...(c.lists.length ? [{ field: null, text: policyListsSentence({ ...c, note: null }) }] : []),
        ...typed("note", c.note),
      ];
    case "text":
      return c.paragraphs.flatMap((p, i) => typed(`paragraphs[${i}]`, p));
  }
}
