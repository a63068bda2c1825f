import { afterAll, describe, expect, it } from "vitest";
import { readReport, parseReportText } from "./index.js";
import { closeRenderer, renderDocx, renderHtml, renderPdf } from "../../render/index.js";
import { compareFacts } from "./testing/compareFacts.js";
import { FIXTURES, casesIn } from "./testing/fixtures.js";
import { closePrinter, hasChromium, pdfOfText } from "./testing/documents.js";

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

  it.skipIf(!hasChromium).each(cases.map((c) => [c.name, c] as const))("%s gives the same facts from the rendered PDF", async (_n, c) => {
    const { doc } = parseReportText(c.text);
    expectSame(c.expected, (await readReport({ name: `${c.name}.pdf`, bytes: await renderPdf(doc) })).facts);
  }, 120_000);
});
