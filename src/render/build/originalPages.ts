/**
 * A reprint of an imported issue with its original's pages (issue 16). The importer kept
 * where the original broke its pages as the text on either side of each break
 * (IssueDocument.originalPages); here each break is found in the printed text and becomes
 * a forced page break — before a block, inside a paragraph (split in two), or before a row
 * of an attachment table — and the body takes the original's line pitch (printPitch.ts).
 *
 * The originals were set in Word by hand, each with its own line spacing, so this is the
 * one place zhoubao leaves GB/T 9704's 22-line page: an issue composed in zhoubao has no
 * originalPages. When the text no longer has every break (the issue was edited after its
 * import), the reprint falls back to the standard page.
 */
import type { OriginalPages } from "../../domain/index.js";
import { attachmentNoteLines, runsText, type Block, type DocumentModel, type Run } from "../model.js";
import { printPitch } from "./printPitch.js";

/** Where a piece of the printed text sits: a body block, an attachment row, or elsewhere. */
type Place = { kind: "block"; index: number } | { kind: "row"; attachment: number; row: number } | { kind: "other" };
/** The printed text without whitespace, and for each of its characters its place and offset there (in UTF-16 units of the raw text). */
type Stream = { text: string; at: { place: Place; offset: number }[] };

function streamOf(model: DocumentModel): Stream {
  const stream: Stream = { text: "", at: [] };
  const add = (raw: string, place: Place) => {
    for (let i = 0; i < raw.length; i++) {
      if (/\s/.test(raw[i])) continue;
      stream.text += raw[i];
      stream.at.push({ place, offset: i });
    }
  };
  const other: Place = { kind: "other" };
  model.body.forEach((b, index) => add(blockText(b), { kind: "block", index }));
  model.attachments.forEach((a, attachment) => {
    add(a.label + a.title + a.table.columns.map((c) => c.header).join(""), other);
    a.table.rows.forEach((r, row) => add(r.join(""), { kind: "row", attachment, row }));
  });
  for (const l of model.colophon?.lines ?? []) add(`${l.label}：${l.text}`, other);
  return stream;
}

function blockText(b: Block): string {
  switch (b.type) {
    case "heading":
      return b.number + b.text;
    case "paragraph":
      return runsText(b.runs);
    case "attachment-note":
      return attachmentNoteLines(b.items).join("");
    default:
      return b.text;
  }
}

/** Runs split at a character offset of their joined text. */
function splitRuns(runs: Run[], offset: number): [Run[], Run[]] {
  const head: Run[] = [];
  const tail: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    const end = pos + r.text.length;
    if (end <= offset) head.push(r);
    else if (pos >= offset) tail.push(r);
    else {
      head.push({ ...r, text: r.text.slice(0, offset - pos) });
      tail.push({ ...r, text: r.text.slice(offset - pos) });
    }
    pos = end;
  }
  return [head, tail];
}

/** Characters of one side of a break that must match where the other side matches whole. */
const SIDE_MATCH = 2;

/**
 * Where in `text` (from `from` on) the break falls: the offset of the first character after
 * it, or -1. Exactly where the text on both sides matches; else where one side matches whole
 * and the other starts (ends) as in the original — the importer printed a name in full that
 * the original shortened (住建厅 → 住房城乡建设厅 on an assessment row).
 */
function breakAt(text: string, b: { before: string; after: string }, from: number): number {
  const exact = text.indexOf(b.before + b.after, from);
  if (exact >= 0) return exact + b.before.length;
  for (let p = from + 1; p < text.length; p++) {
    const beforeWhole = p - b.before.length >= from && text.startsWith(b.before, p - b.before.length);
    if (beforeWhole && text.startsWith(b.after.slice(0, SIDE_MATCH), p)) return p;
    if (text.startsWith(b.after, p) && text.slice(from, p).endsWith(b.before.slice(-SIDE_MATCH))) return p;
  }
  return -1;
}

/**
 * The model with the original's page breaks and pitch, or null when its text no longer has
 * every break of the original.
 *
 * @example
 * withOriginalPages(buildDocumentModel(doc), doc.originalPages)?.print; // { linePitchPt: 24.5, mastheadPt: 364 }
 */
export function withOriginalPages(model: DocumentModel, pages: OriginalPages): DocumentModel | null {
  const stream = streamOf(model);
  /** Body blocks to break before, paragraphs to split (block → offsets), table rows to break before. */
  const before = new Set<number>();
  const splits = new Map<number, number[]>();
  const rows = model.attachments.map(() => new Set<number>());
  let from = 0;
  for (const b of pages.breaks) {
    const at = breakAt(stream.text, b, from);
    if (at < 0) return null;
    from = at;
    const { place, offset } = stream.at[from];
    const first = from === 0 || stream.at[from - 1].place !== place;
    if (place.kind === "row" && first && place.row > 0) rows[place.attachment].add(place.row);
    if (place.kind !== "block" || place.index === 0) continue;
    const block = model.body[place.index];
    if (first || block.type !== "paragraph") before.add(place.index);
    else splits.set(place.index, [...(splits.get(place.index) ?? []), offset]);
  }
  const body: Block[] = [];
  model.body.forEach((b, i) => {
    const cuts = splits.get(i);
    if (b.type !== "paragraph" || !cuts) return body.push({ ...b, breakBefore: before.has(i) || undefined });
    let rest = b.runs;
    let done = 0;
    cuts.forEach((cut, k) => {
      const [head, tail] = splitRuns(rest, cut - done);
      body.push({ type: "paragraph", runs: head, continues: true, continued: k > 0 || undefined, breakBefore: (k === 0 && before.has(i)) || (k > 0) || undefined });
      rest = tail;
      done = cut;
    });
    body.push({ type: "paragraph", runs: rest, continued: true, breakBefore: true });
  });
  const attachments = model.attachments.map((a, i) => (rows[i].size ? { ...a, table: { ...a.table, breaksBefore: [...rows[i]].sort((x, y) => x - y) } } : a));
  const paged = { ...model, body, attachments };
  return { ...paged, print: printPitch(paged) };
}
