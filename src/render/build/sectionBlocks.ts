import {
  headingNumber,
  itemNumber,
  leaderVisitParagraphs,
  manualProgressSentences,
  platformStatsSentence,
  policyListsSentence,
  windowCountsSentence,
  type ContentOf,
  type SectionContent,
  type VerbatimParagraph,
} from "../../domain/index.js";
import type { Block, Run } from "../model.js";
import { emphasize, paragraphsOf } from "./text.js";

const para = (runs: Run[]): Block => ({ type: "paragraph", runs });
const plain = (text: string): Block => para([{ text }]);

/** Paragraphs of one numbered entry: the number goes before its first paragraph. */
function numbered(prefix: string, text: string): Block[] {
  return paragraphsOf(text).map((p, i) => plain(i === 0 ? `${prefix}${p}` : p));
}

function newsBlocks(c: ContentOf<"news">): Block[] {
  const out = paragraphsOf(c.intro).map(plain);
  c.items.forEach((item, i) => out.push(...numbered(itemNumber(c.numbering, i + 1), item.text)));
  return out;
}

/** 厅（局）长进大厅 as src/domain/present writes it, the generated departments in bold. */
function leaderVisitBlocks(c: ContentOf<"leader-visits">): Block[] {
  return leaderVisitParagraphs(c).flatMap((p) => paragraphsOf(p.text).map((t, i) => para(i === 0 ? emphasize(t, p.bold) : [{ text: t }])));
}

/** （一）按时到岗情况。总体情况良好。 with the item's name in bold. */
function inspectionBlocks(c: ContentOf<"inspection">): Block[] {
  const out = paragraphsOf(c.intro).map(plain);
  c.items.forEach((it, i) => {
    const label = /[。：:]$/.test(it.item) ? it.item : `${it.item}。`;
    out.push(para([{ text: headingNumber(2, i + 1) }, { text: label, bold: true }, { text: it.verdict.trim() }]));
  });
  return out;
}

/**
 * The paragraphs a section prints under its heading: typed text, or for data kinds the
 * sentences generated from its figures (src/domain/present/sentences.ts).
 *
 * @example
 * contentBlocks({ kind: "text", paragraphs: ["一段话。"] }); // [{ type: "paragraph", runs: [{ text: "一段话。" }] }]
 */
export function contentBlocks(c: SectionContent): Block[] {
  switch (c.kind) {
    case "part":
    case "group":
      return [];
    case "news":
      return newsBlocks(c);
    case "leader-visits":
      return leaderVisitBlocks(c);
    case "platform-stats":
      return [plain(platformStatsSentence(c))];
    case "inspection":
      return inspectionBlocks(c);
    case "window-counts":
      return [plain(windowCountsSentence(c))];
    case "manual-progress":
      return [plain(manualProgressSentences(c).join(""))];
    case "policy-lists": {
      const s = policyListsSentence(c);
      return s ? [plain(s)] : [];
    }
    case "text":
      return c.paragraphs.flatMap(paragraphsOf).map(plain);
  }
}

/**
 * Paragraphs the importer kept verbatim: printed like any other paragraph, reviewed or
 * not, so nothing of a past issue is dropped (the review mark lives in the editor only).
 *
 * @example
 * verbatimBlocks([{ id: "v", text: "一段话。", line: 9, reviewed: false }]); // [{ type: "paragraph", runs: [{ text: "一段话。" }] }]
 */
export function verbatimBlocks(kept: VerbatimParagraph[] | undefined): Block[] {
  return (kept ?? []).flatMap((v) => paragraphsOf(v.text)).map(plain);
}
