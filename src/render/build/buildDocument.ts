import {
  chineseDate,
  chinesePeriod,
  headingNumber,
  issueNumberLine,
  type IssueDocument,
  type Section,
} from "../../domain/index.js";
import type { AttachmentPage, Block, Colophon, DocumentModel, HeadingLevel } from "../model.js";
import { assessmentTable } from "./assessmentTable.js";
import { withOriginalPages } from "./originalPages.js";
import { contentBlocks, verbatimBlocks } from "./sectionBlocks.js";
import { widthInEms, withFullStop } from "./text.js";
import { CHARS_PER_LINE, SIZE } from "../layout.js";

/** Headings and content of a section tree; numbering restarts under every parent. */
function sectionBlocks(sections: Section[], state: { periodPrinted: boolean; period: string }): Block[] {
  const out: Block[] = [];
  let n = 0;
  for (const s of sections) {
    if (s.level === 0) {
      out.push({ type: "part-title", text: s.heading });
      // The 2022 generation prints the period under the (first) part title.
      if (!state.periodPrinted) {
        out.push({ type: "period", text: state.period });
        state.periodPrinted = true;
      }
    } else {
      n += 1;
      out.push({ type: "heading", level: s.level as HeadingLevel, number: headingNumber(s.level, n), text: s.heading });
    }
    out.push(...contentBlocks(s.content));
    out.push(...verbatimBlocks(s.verbatim));
    out.push(...sectionBlocks(s.children, state));
  }
  return out;
}

function attachmentPages(doc: IssueDocument): AttachmentPage[] {
  const many = doc.attachments.length > 1;
  return doc.attachments.map((a, i) => ({
    label: many ? `附件${i + 1}` : "附件",
    title: a.title,
    table: assessmentTable(a),
  }));
}

function colophon(doc: IssueDocument): Colophon | null {
  const d = doc.distribution;
  const lines = (
    [
      ["报", d.report],
      ["送", d.send],
      ["发", d.issue],
    ] as const
  )
    .filter(([, text]) => text !== null && text.trim() !== "")
    .map(([label, text]) => ({ label, text: withFullStop(text ?? "") }));
  const copies = doc.copies === null ? null : `（共印${doc.copies}份）`;
  return lines.length || copies ? { lines, copies } : null;
}

/** Issuer and date on one line, with at least one character between them. */
export function issuerLineFit(issuer: string, date: string): { sizePt: number; inset: boolean } {
  const ems = widthInEms(issuer) + widthInEms(date) + 1;
  if (ems + 2 <= CHARS_PER_LINE) return { sizePt: SIZE.san, inset: true };
  if (ems <= CHARS_PER_LINE) return { sizePt: SIZE.san, inset: false };
  // 4号 holds 156 mm / 14 pt ≈ 31 characters; a still longer line wraps.
  return { sizePt: SIZE.si, inset: false };
}

/**
 * The printed form of an issue: masthead, period line, numbered headings with their
 * paragraphs, the 附件 note, attachment pages and the 版记; for an imported issue, the
 * original's page breaks and line pitch (originalPages.ts).
 *
 * @example
 * const model = buildDocumentModel(doc);
 * model.body[0]; // { type: "period", text: "（12月11日—12月15日）" } for a 2023-generation issue
 */
export function buildDocumentModel(doc: IssueDocument): DocumentModel {
  const state = { periodPrinted: false, period: `（${chinesePeriod(doc.period)}）` };
  const startsWithPart = doc.sections[0]?.level === 0;
  const body: Block[] = [];
  if (!startsWithPart) {
    body.push({ type: "period", text: state.period });
    state.periodPrinted = true;
  }
  body.push(...sectionBlocks(doc.sections, state));
  const attachments = attachmentPages(doc);
  if (attachments.length) body.push({ type: "attachment-note", items: attachments.map((a) => a.title) });
  const issueLine = issueNumberLine(doc);
  const date = doc.publishedOn ? chineseDate(doc.publishedOn) : "";
  const model: DocumentModel = {
    docTitle: `${doc.title} ${doc.year}年第${doc.seq}期`,
    masthead: {
      title: doc.title,
      issueLine,
      issuer: doc.issuer,
      date,
      issuerLine: issuerLineFit(doc.issuer, date),
    },
    body,
    attachments,
    colophon: colophon(doc),
  };
  // An imported issue reprints with its original's pages while its text still has them.
  return (doc.originalPages && withOriginalPages(model, doc.originalPages)) || model;
}
