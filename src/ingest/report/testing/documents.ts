import { existsSync } from "node:fs";
import * as docxRuntime from "docx";
import { BrowserPool, defaultChromium } from "../../../render/pdf/browser.js";

// docx's type entry does not resolve under NodeNext (see src/render/docx/lib.ts): type what we use.
type Ctor = new (options: unknown) => unknown;
const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = docxRuntime as unknown as {
  Document: Ctor;
  Paragraph: Ctor;
  Table: Ctor;
  TableRow: Ctor;
  TableCell: Ctor;
  TextRun: Ctor;
  Packer: { toBuffer(doc: unknown): Promise<Buffer> };
};

/**
 * Test documents made from a fixture's text the way people make them: a Word file
 * typed with the table as a real table, and a PDF printed by a browser with justified
 * paragraphs (so pdftotext meets real layout spacing).
 */

const blocks = (text: string) => {
  const out: ({ kind: "p"; text: string } | { kind: "table"; rows: string[][] })[] = [];
  for (const line of text.split("\n")) {
    if (line.includes("\t")) {
      const last = out[out.length - 1];
      if (last?.kind === "table") last.rows.push(line.split("\t"));
      else out.push({ kind: "table", rows: [line.split("\t")] });
    } else if (line.trim()) out.push({ kind: "p", text: line });
  }
  return out;
};

/** A DOCX with one paragraph per line and the tab-separated rows as a table. */
export async function docxOfText(text: string): Promise<Buffer> {
  const children = blocks(text).map((b) =>
    b.kind === "p"
      ? new Paragraph({ children: [new TextRun({ text: b.text, font: "仿宋_GB2312" })] })
      : new Table({ rows: b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const CHROMIUM = defaultChromium();
export const hasChromium = existsSync(CHROMIUM);

// One browser for all the PDFs a test file prints: a fresh headless chromium per PDF cost
// seconds each. Printed with chromium's defaults (A4 here, 1 cm margins) as its print-to-pdf did.
let printer: BrowserPool | null = null;

/** A PDF printed by headless chromium from HTML with justified, indented paragraphs. */
export async function pdfOfText(text: string): Promise<Buffer> {
  const html = blocks(text)
    .map((b) =>
      b.kind === "p"
        ? `<p>${escape(b.text)}</p>`
        : `<table>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join("")}</tr>`).join("")}</table>`,
    )
    .join("\n");
  const page = `<!doctype html><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC","FangSong",serif;font-size:16pt;width:15.6cm}p{text-align:justify;text-indent:2em;margin:0}table{border-collapse:collapse}td{border:1px solid #000;padding:2px 8px}</style>${html}`;
  printer ??= new BrowserPool({ executablePath: CHROMIUM });
  return printer.withPage(async (p) => {
    await p.setContent(page);
    return p.pdf({ format: "A4", margin: { top: "1cm", bottom: "1cm", left: "1cm", right: "1cm" } });
  });
}

/** Ends the browser pdfOfText started (call in afterAll). */
export async function closePrinter(): Promise<void> {
  await printer?.close();
  printer = null;
}
