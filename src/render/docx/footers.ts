import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from "./lib.js";
import { FONT, PAGE_NUMBER } from "../layout.js";

/**
 * The page-number footer "— N —" in 4号 宋体: odd pages at the right, even pages at the
 * left, one character in from the edge of the text block (GB/T 9704 7.5).
 *
 * @example
 * const { odd, even } = pageNumberFooters(); // section footers { default: odd, even }
 */
export function pageNumberFooters(): { odd: Footer; even: Footer } {
  const inset = PAGE_NUMBER.insetPt * 20;
  const footer = (side: "right" | "left") =>
    new Footer({
      children: [
        new Paragraph({
          alignment: side === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === "right" ? { right: inset } : { left: inset },
          spacing: { line: PAGE_NUMBER.sizePt * 20, lineRule: LineRuleType.EXACT },
          children: [
            new TextRun({
              children: ["— ", PageNumber.CURRENT, " —"],
              font: { ascii: FONT.songti, hAnsi: FONT.songti, eastAsia: FONT.songti, cs: FONT.songti },
              size: PAGE_NUMBER.sizePt * 2,
            }),
          ],
        }),
      ],
    });
  return { odd: footer("right"), even: footer("left") };
}
