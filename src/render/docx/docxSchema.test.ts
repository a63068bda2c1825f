import { describe, expect, it } from "vitest";
import { renderDocx } from "../index.js";
import { fixture2022, fixture2023 } from "../fixtures.js";
import { docxParts } from "../testing.js";
import { parseReportText } from "../../ingest/report/index.js";
import { SAMPLES, casesIn } from "../../ingest/report/testing/fixtures.js";
import { schemaErrors, xmllintAvailable } from "./validate.js";
import { applyMarkupCompatibility } from "./validation/markupCompatibility.js";
import { HALF_LINE_TWIPS } from "./grid.js";

// The project's fixtures and the real issues in ../shared/samples (absent: only fixtures).
const issues = [
  ["fixture 2022", fixture2022()],
  ["fixture 2023", fixture2023()],
  ...casesIn(SAMPLES).map((c) => [`sample ${c.name}`, parseReportText(c.text).doc] as const),
] as const;

describe.skipIf(!xmllintAvailable())("DOCX parts valid against the ECMA-376 schemas", () => {
  it.each(issues)("%s: every part validates", async (_name, doc) => {
    expect(await schemaErrors(await renderDocx(doc))).toEqual([]);
  });

  it("rejects what Word would call damaged: a fractional twip", async () => {
    const bytes = await renderDocx(fixture2023());
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    // Half a line as the masthead's space below once was: a fractional twip.
    const half = `w:after="${HALF_LINE_TWIPS}"`;
    expect(xml).toContain(half);
    zip.file("word/document.xml", xml.replace(half, `w:after="${HALF_LINE_TWIPS - 0.5}"`));
    const broken = await zip.generateAsync({ type: "nodebuffer" });
    expect((await schemaErrors(broken)).join("\n")).toMatch(/'\d+\.5' is not a valid value/);
  });
});

describe("DOCX measures and fonts", () => {
  it("writes every measure as a whole number", async () => {
    for (const [, doc] of issues) {
      const parts = await docxParts(await renderDocx(doc));
      for (const [name, xml] of Object.entries(parts)) expect(xml.match(/w:[A-Za-z]+="-?\d+\.\d+"/g), name).toBeNull();
    }
  });

  it("declares the official fonts with GB2312 charset and alternate names", async () => {
    const fonts = (await docxParts(await renderDocx(fixture2023())))["word/fontTable.xml"];
    for (const [name, alt] of [["仿宋_GB2312", "仿宋"], ["楷体_GB2312", "楷体"], ["黑体", "SimHei"], ["方正小标宋简体", "宋体"], ["宋体", "SimSun"]]) {
      expect(fonts).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>`);
      expect(fonts).toMatch(new RegExp(`w:name="${name}">.*?<w:charset w:val="86"/>`));
    }
    expect(fonts).toMatch(/w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"\/><w:charset w:val="00"\/><w:family w:val="roman"\/>/);
  });

  it("drops ignorable markup as a consumer does", () => {
    const xml = '<w:p xmlns:w14="x" mc:Ignorable="w14" w14:paraId="1"><w14:x a="1"/><w14:y>t</w14:y><w:r/></w:p>';
    expect(applyMarkupCompatibility(xml)).toBe('<w:p xmlns:w14="x"><w:r/></w:p>');
  });
});
