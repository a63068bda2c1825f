import { afterAll, describe, expect, it } from "vitest";
import { defaultRegistry, extractReport, parseReportText, readReport } from "./index.js";
import { closeRenderer, renderDocx, renderHtml, renderPdf } from "../../render/index.js";
import { leaderVisitParagraph, type IssueDocument } from "../../domain/index.js";
import { walkSections } from "../../domain/tree.js";
import { FIXTURES, SAMPLES, UNPLACED, casesIn } from "./testing/fixtures.js";
import { hasChromium } from "./testing/documents.js";
import { contentLines, missingNumbers, uncoveredLines } from "./testing/textCoverage.js";

// Issue 15: import → render → import keeps every paragraph and every number, not only the facts.
const cases = [...casesIn(FIXTURES), ...casesIn(UNPLACED), ...casesIn(SAMPLES)];
const spellings = defaultRegistry().departments;
const htmlText = (doc: IssueDocument) =>
  renderHtml(doc, { standalone: true })
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, "\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** What of `source` the rendered text lost: content lines and numbers. */
const lost = (source: string, rendered: string) => ({
  lines: uncoveredLines(contentLines(source), rendered, spellings),
  numbers: missingNumbers(source, rendered),
});
const nothingLost = { lines: [], numbers: [] };

describe("every line of a past issue is printed again", () => {
  afterAll(() => closeRenderer());

  it.each(cases.map((c) => [c.name, c] as const))("%s: the HTML and the DOCX print every paragraph and number", async (_n, c) => {
    const { doc } = parseReportText(c.text);
    expect(lost(c.text, htmlText(doc))).toEqual(nothingLost);
    const docx = await renderDocx(doc);
    expect(lost(c.text, (await extractReport({ name: `${c.name}.docx`, bytes: docx })).text)).toEqual(nothingLost);
    // Re-imported, the content still holds all of it.
    const again = await readReport({ name: `${c.name}.docx`, bytes: docx });
    expect(lost(c.text, htmlText(again.doc))).toEqual(nothingLost);
  }, 60_000);

  it.each(cases.map((c) => [c.name, c] as const))("%s: a visit's own paragraph prints as it stood, not after a generated sentence", (_n, c) => {
    const visits = [...walkSections(parseReportText(c.text).doc.sections)].flatMap((s) => (s.content.kind === "leader-visits" ? s.content.visits : []));
    for (const v of visits.filter((x) => x.text)) expect(leaderVisitParagraph(v)).toBe(v.text);
  });

  it.skipIf(!hasChromium)("2023-38 (text the parser cannot place): the PDF prints it too", async () => {
    const c = cases.find((x) => x.name === "2023-38")!;
    const pdf = await renderPdf(parseReportText(c.text).doc);
    expect(lost(c.text, (await extractReport({ name: "2023-38.pdf", bytes: pdf })).text)).toEqual(nothingLost);
  }, 120_000);

  it("notices a dropped paragraph (the comparison can fail)", () => {
    const c = cases.find((x) => x.name === "2023-38")!;
    const { doc } = parseReportText(c.text);
    const visits = doc.sections.find((s) => s.content.kind === "leader-visits")!;
    visits.verbatim = [];
    expect(lost(c.text, htmlText(doc)).lines).toEqual([expect.stringContaining("省人大代表视察组")]);
    expect(lost(c.text, htmlText(doc)).numbers).toContain("6×1");
  });
});
