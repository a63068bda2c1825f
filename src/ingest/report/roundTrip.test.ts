import { afterAll, describe, expect, it } from "vitest";
import { readReport, parseReportText } from "./index.js";
import { closeRenderer, renderDocx, renderHtml, renderPdf } from "../../render/index.js";
import { compareFacts } from "./testing/compareFacts.js";
import { FIXTURES, casesIn } from "./testing/fixtures.js";
import { closePrinter, hasChromium, pdfOfText } from "./testing/documents.js";
import { pdfPages } from "../../render/testing.js";

/** The last line of a page's text (before its page number), without the spaces justification leaves. */
const lastLine = (page: string) => page.split("\n").map((l) => l.replace(/\s+/g, "")).filter((l) => l && !/^—\d+—$/.test(l)).at(-1);

const cases = casesIn(FIXTURES);
const expectSame = (expected: Record<string, unknown>, facts: unknown) => {
  const r = compareFacts(expected, facts);
  expect(r.misses).toEqual([]);
  expect(r.matched).toBe(r.checked);
};

describe.skipIf(!hasChromium)("PDF printed by a browser", () => {
  afterAll(() => closePrinter());
  it.each(cases.map((c) => [c.name, c] as const))("%s imports from its PDF", async (_n, c) => {
    const r = await readReport({ name: `${c.name}.pdf`, bytes: await pdfOfText(c.text) });
    expect(r.source.format).toBe("pdf");
    expectSame(c.expected, r.facts);
  }, 120_000);
});

describe("import → render → import", () => {
  afterAll(() => closeRenderer());

  it.each(cases.map((c) => [c.name, c] as const))("%s gives the same facts from the rendered DOCX and HTML", async (_n, c) => {
    const { doc } = parseReportText(c.text);
    expectSame(c.expected, (await readReport({ name: `${c.name}.docx`, bytes: await renderDocx(doc) })).facts);
    const html = renderHtml(doc, { standalone: true });
    const text = html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<\/(p|div|h\d|tr|li)>/g, "\n").replace(/<\/t[dh]>/g, "\t").replace(/<[^>]+>/g, "");
    expect(text).toContain(doc.title);
  }, 60_000);

  it.skipIf(!hasChromium).each(cases.map((c) => [c.name, c] as const))("%s gives the same facts from the rendered PDF, and reprints with its pages", async (_n, c) => {
    const { doc } = parseReportText(c.text);
    const pdf = await renderPdf({ ...doc, originalPages: null });
    const imported = await readReport({ name: `${c.name}.pdf`, bytes: pdf });
    expectSame(c.expected, imported.facts);
    // The PDF's pages, as pdftotext separates them, are kept; the reprint breaks where it did.
    const pages = pdfPages(pdf);
    expect(imported.doc.originalPages?.pages).toBe(pages.length);
    expect(imported.doc.originalPages?.breaks).toHaveLength(pages.length - 1);
    const reprint = pdfPages(await renderPdf(imported.doc));
    expect(reprint.map(lastLine)).toEqual(pages.map(lastLine));
  }, 120_000);
});
