import { describe, expect, it } from "vitest";
import { renderDocx } from "../index.js";
import { fixture2022, fixture2023 } from "../fixtures.js";
import { docxParts, docxText, firstOutOfOrder } from "../testing.js";
import { LINE_PITCH_TWIPS } from "../layout.js";

const mmToTwips = (mm: number) => Math.round((mm / 25.4) * 1440);

describe("DOCX per GB/T 9704-2012", async () => {
  const parts23 = await docxParts(await renderDocx(fixture2023()));
  const doc = parts23["word/document.xml"];
  const styles = parts23["word/styles.xml"];
  const text = docxText(doc);
  // The document defaults, which runs of body text inherit without properties of their own.
  const defaults = styles.slice(styles.indexOf("<w:docDefaults>"), styles.indexOf("</w:docDefaults>"));

  it("is A4 with the official margins, a 22-line grid at the line pitch, body runs at the 28-character pitch", () => {
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const m = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(doc)!;
    expect(m.slice(1).map(Number)).toEqual([mmToTwips(37), mmToTwips(26), mmToTwips(35), mmToTwips(28)]);
    // A line pitch without a grid type: LibreOffice would snap the 22 pt heading lines to a
    // lines grid, and spreads 16 pt glyphs over two cells of a tighter character grid.
    expect(doc).toContain(`<w:docGrid w:linePitch="${LINE_PITCH_TWIPS}"/>`);
    // 16 pt − 5 twips = 315 twips a character: 28 × 315 ≤ 8845 twips of text width < 29 × 315.
    expect(defaults).toContain('<w:spacing w:val="-5"/>');
    expect(doc).toContain(`w:line="${LINE_PITCH_TWIPS}" w:lineRule="exact"`);
  });

  it("names the official East-Asian fonts, Times New Roman for Latin", () => {
    expect(defaults).toContain('w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"');
    expect(defaults).toMatch(/<w:sz w:val="32"\/>/); // 3号 = 16 pt
    for (const f of ["黑体", "楷体_GB2312", "方正小标宋简体"]) expect(doc).toContain(`w:eastAsia="${f}"`);
    expect(doc).toContain('w:ascii="Times New Roman"');
  });

  it("prints a red masthead with a red rule below", () => {
    const title = doc.indexOf(">窗口工作周报<");
    expect(doc.lastIndexOf('<w:color w:val="FF0000"', title)).toBeGreaterThan(doc.lastIndexOf("<w:p>", title) - 2000);
    expect(doc).toMatch(/<w:bottom w:val="single" w:color="FF0000"/);
    expect(text).toContain("2023年第49期（总第469期）");
    expect(text.some((t) => t.includes("四川省政府政务服务和公共资源交易服务中心") && t.includes("2023年12月26日"))).toBe(true);
  });

  it("numbers headings 一、（一） and items in order", () => {
    expect(
      firstOutOfOrder(text.join("\n"), [
        "（12月11日—12月15日）",
        "一、惠企政策直达快享专项行动",
        "二、政务工作动态",
        "1.",
        "三、厅（局）长进大厅",
        "四、综窗改革攻坚行动",
        "（一）省本级综窗办件情况",
        "本周，共计咨询1479人次",
        "（二）事项授权及受理手册编制推进情况",
        "占比65.77%",
        "（三）其它工作开展情况",
        "（1）",
        "附件",
      ]),
    ).toBeNull();
  });

  it("has odd/even page-number footers — N — in 4号 宋体, one character in", () => {
    expect(parts23["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
    const footers = Object.entries(parts23).filter(([k]) => /word\/footer\d+\.xml/.test(k)).map(([, v]) => v);
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toContain("— </w:t>");
      expect(f).toContain("PAGE");
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    const odd = footers.find((f) => f.includes('w:jc w:val="right"'))!;
    const even = footers.find((f) => f.includes('w:jc w:val="left"'))!;
    expect(odd).toContain('w:right="280"');
    expect(even).toContain('w:left="280"');
    expect(doc).toMatch(/<w:footerReference w:type="even"/);
    expect(doc).toMatch(/<w:footerReference w:type="default"/);
  });

  it("starts the attachment on a new page, in a section without a grid, and repeats its header row", () => {
    const at = doc.indexOf(">附件<");
    const sectionBreak = doc.lastIndexOf("<w:sectPr", at);
    expect(sectionBreak).toBeGreaterThan(doc.lastIndexOf(">附件：", at)); // after the 附件说明 of the body
    expect(doc.slice(sectionBreak, doc.lastIndexOf("<w:p>", at))).not.toMatch(/<w:t[ >]/); // nothing printed between the break and 附件
    expect(doc.slice(sectionBreak, at)).toContain(`<w:docGrid w:linePitch="${LINE_PITCH_TWIPS}"/>`); // the body's grid ends there
    expect(doc.slice(at)).not.toContain('w:type="lines"'); // the attachment's section has none
    expect(doc).toContain("<w:tblHeader/>");
    expect(text.join()).toContain("成都海关");
  });

  it("ends with the 版记 between thick and thin rules", () => {
    expect(firstOutOfOrder(text.join("\n"), ["送：省中心领导、省级相关部门（单位）。", "发：省级相关部门（单位）窗口", "（共印91份）"])).toBeNull();
    expect(doc).toMatch(/w:color="000000" w:sz="8"/);
    expect(doc).toMatch(/w:color="000000" w:sz="4"/);
  });

  it("renders the 2022 generation: part title, period under it, stats, news, inspection, 报 line", async () => {
    const t = docxText((await docxParts(await renderDocx(fixture2022())))["word/document.xml"]).join("\n");
    expect(
      firstOutOfOrder(t, [
        "政务服务工作",
        "（9月13日—9月16日）",
        "一、省级政务服务事项受理办理情况",
        "省本级行政许可事项受理617058件，办结611244件",
        "二、窗口工作动态",
        "（一）优化营商环境工作开展情况",
        "（二）窗口服务效能提升工作情况",
        "三、大厅巡查情况",
        "（一）按时到岗情况。总体情况良好。",
        "（六）大厅防控情况。",
        "报：中心领导。",
        "（共印80份）",
      ]),
    ).toBeNull();
  });
});
