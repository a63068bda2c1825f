/**
 * The document model: an issue as the blocks of the printed page, independent of the
 * output format. DOCX and HTML (→ PDF) are both written from it, so the same words,
 * numbers and order appear in every format.
 */

/** A piece of text; bold where the official layout sets it so (inspection labels, leaders' departments). */
export type Run = { text: string; bold?: boolean };

/** Heading levels of the body: 一、 （一） 1. （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block = (
  /** A part title of the 2022 generation (政务服务工作), centred. */
  | { type: "part-title"; text: string }
  /** The period line （12月11日—12月15日）. */
  | { type: "period"; text: string }
  /** A numbered heading; `number` is its prefix (一、 …), `text` the heading without it. */
  | { type: "heading"; level: HeadingLevel; number: string; text: string }
  /**
   * A body paragraph, first line indented two characters. A paragraph the original's page
   * ended in is two blocks: the first `continues` (its last line is a full line), the
   * second is `continued` (no indent) and starts the next page.
   */
  | { type: "paragraph"; runs: Run[]; continues?: boolean; continued?: boolean }
  /** 附件说明 at the end of the body: 附件：title (numbered when there are several). */
  | { type: "attachment-note"; items: string[] }
) & {
  /** Starts a new page: the original's page ended before it (build/originalPages.ts). */
  breakBefore?: boolean;
};

export type Masthead = {
  /** 窗口工作周报, red. */
  title: string;
  /** 2023年第49期（总第469期） */
  issueLine: string;
  issuer: string;
  /** 2023年12月26日; empty while the issue has no publication date. */
  date: string;
  /**
   * How the issuer/date line fits one line: 3号 with both one character in (GB/T 9704),
   * flush to the edges when that is too wide, 4号 when even that is.
   */
  issuerLine: { sizePt: number; inset: boolean };
};

export type TableColumn = {
  header: string;
  /** Share of the text width; the shares of a table add up to 1. */
  width: number;
  align: "left" | "center";
};

/**
 * A table that fits the text width; its header row repeats on every page. `breaksBefore`:
 * the rows that start a page, as in the original (build/originalPages.ts).
 */
export type Table = { columns: TableColumn[]; rows: string[][]; breaksBefore?: number[] };

/** An attachment: starts on a new page with its label (附件 / 附件2), title and table. */
export type AttachmentPage = { label: string; title: string; table: Table };

export type ColophonLine = { label: "报" | "送" | "发"; text: string };

/** 版记: the 报/送/发 lines between rules and the print run, at the end of the last page. */
export type Colophon = { lines: ColophonLine[]; copies: string | null };

/**
 * How a reprint of an imported issue matches its original's pages: the body on the
 * original's line pitch, the masthead the height that leaves page 1 the original's lines.
 * Absent for an issue composed in zhoubao: GB/T 9704's 22 lines of 28 pt (layout.ts).
 */
export type OriginalPrint = { linePitchPt: number; mastheadPt: number };

export type DocumentModel = {
  /** For file metadata: 窗口工作周报 2023年第49期. */
  docTitle: string;
  print?: OriginalPrint;
  masthead: Masthead;
  body: Block[];
  attachments: AttachmentPage[];
  colophon: Colophon | null;
};

/**
 * The printed lines of the 附件 note: 附件：title, numbered when there are several.
 *
 * @example
 * attachmentNoteLines(["考核结果", "名单"]); // ["附件：1.考核结果", "2.名单"]
 */
export function attachmentNoteLines(items: string[]): string[] {
  return items.map((t, i) => `${i === 0 ? "附件：" : ""}${items.length > 1 ? `${i + 1}.` : ""}${t}`);
}

/** The plain text of runs. runsText([{ text: "（一）" }, { text: "着装情况。", bold: true }]) === "（一）着装情况。" */
export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}
