import type { ReportLine } from "../types.js";

/** A line's text as a section reads it (numbering prefix possibly stripped). */
export type Piece = { line: ReportLine; text: string };
/** Where each source line's text sits in a joined paragraph. */
export type Span = { line: ReportLine; start: number; end: number };
/** Lines joined into one paragraph, remembering which line each character came from. */
export type Paragraph = { text: string; spans: Span[] };

/** A sentence end at the end of a line: 。！？：… or one of them before a closing quote. */
const SENTENCE_END = /(?:[。！？：…]|[。！？][”’」』"])$/;

/**
 * Lines as pieces with their whole text.
 *
 * @example
 * piecesOf(lines)[0].text === lines[0].text; // true
 */
export function piecesOf(lines: ReportLine[]): Piece[] {
  return lines.map((line) => ({ line, text: line.text }));
}

/**
 * Joins pieces into one paragraph. Chinese needs no space at a line break; two
 * ASCII words do.
 *
 * @example
 * joinPieces(piecesOf(lines)).text; // "…政务服务领域跨行业…" from "…政务服" + "务领域跨行业…"
 */
export function joinPieces(pieces: Piece[]): Paragraph {
  let text = "";
  const spans: Span[] = [];
  for (const p of pieces) {
    if (!p.text) continue;
    if (text && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z]/.test(p.text)) text += " ";
    spans.push({ line: p.line, start: text.length, end: text.length + p.text.length });
    text += p.text;
  }
  return { text, spans };
}

/** Display width: Chinese characters count 1, ASCII ½ (as on the printed page). */
function width(s: string): number {
  let w = 0;
  for (const c of s) w += c.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return w;
}

/**
 * The width at which the extraction wrapped lines, when it did: most lines that stop
 * mid-sentence then have about the same width. Null for one-paragraph-per-line text.
 */
function wrapWidth(pieces: Piece[]): number | null {
  const cut = pieces.slice(0, -1).filter((p) => !SENTENCE_END.test(p.text)).map((p) => width(p.text));
  if (cut.length < 2) return null;
  const sorted = [...cut].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return cut.filter((w) => Math.abs(w - median) <= 2).length >= 2 ? median : null;
}

/**
 * Splits a run of lines into paragraphs. A paragraph ends at a line that ends a
 * sentence, unless the text was wrapped at a fixed width and that line is full
 * (then the sentence end fell on the wrap by chance). Paragraphs split across
 * pages come back whole, since page numbers and running headers were removed.
 *
 * @example
 * splitParagraphs(piecesOf(lines)).map((p) => p.text); // ["第一段……。", "第二段……。"]
 */
export function splitParagraphs(pieces: Piece[]): Paragraph[] {
  const wrap = wrapWidth(pieces);
  const out: Paragraph[] = [];
  let current: Piece[] = [];
  for (const p of pieces) {
    if (!p.text) continue;
    current.push(p);
    if (SENTENCE_END.test(p.text) && (wrap === null || width(p.text) < wrap - 1.5)) {
      out.push(joinPieces(current));
      current = [];
    }
  }
  if (current.length) out.push(joinPieces(current));
  return out;
}

/**
 * The lines holding letters or digits that none of `ranges` covers: the part of a
 * paragraph the parser did not understand.
 *
 * @example
 * uncoveredLines(p, [[0, 40]]); // the lines with text after character 40
 */
export function uncoveredLines(p: Paragraph, ranges: [number, number][]): ReportLine[] {
  const covered = new Uint8Array(p.text.length);
  for (const [a, b] of ranges) covered.fill(1, Math.max(0, a), Math.min(p.text.length, b));
  const out: ReportLine[] = [];
  for (const s of p.spans) {
    for (let i = s.start; i < s.end; i++) {
      if (!covered[i] && /[\p{L}\p{N}]/u.test(p.text[i])) {
        out.push(s.line);
        break;
      }
    }
  }
  return out;
}

/**
 * Every source line of some paragraphs.
 *
 * @example
 * allLines(splitParagraphs(pieces)).length; // pieces.length, blank ones aside
 */
export function allLines(paragraphs: Paragraph[]): ReportLine[] {
  return paragraphs.flatMap((p) => p.spans.map((s) => s.line));
}
