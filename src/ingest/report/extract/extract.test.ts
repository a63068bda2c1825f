import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { isZhoubaoError } from "../../../domain/index.js";
import { extractReport } from "./index.js";
import { documentXmlText } from "./docx.js";
import { readReport } from "../index.js";
import { compareFacts } from "../testing/compareFacts.js";
import { FIXTURES, casesIn } from "../testing/fixtures.js";
import { docxOfText } from "../testing/documents.js";

const BROKEN = join(FIXTURES, "broken");
const [fixture] = casesIn(FIXTURES).filter((c) => c.name === "2023-45");

async function failure(source: Parameters<typeof readReport>[0]): Promise<string> {
  try {
    await readReport(source);
  } catch (e) {
    if (isZhoubaoError(e)) return `${e.code} ${e.message}`;
    throw e;
  }
  return "imported";
}

describe("text encodings", () => {
  it.each([
    ["utf-8", Buffer.from(fixture.text, "utf8")],
    ["utf-8", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixture.text, "utf8")])],
    ["gb18030", iconv.encode(fixture.text, "gb18030")],
    ["gb18030", iconv.encode(fixture.text, "gbk")],
    ["utf-16le", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(fixture.text, "utf-16le")])],
    ["utf-16le", iconv.encode(fixture.text, "utf-16le")],
    ["utf-16be", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(fixture.text, "utf-16be")])],
  ])("reads %s", async (encoding, bytes) => {
    const r = await readReport({ name: "2023-45.txt", bytes });
    expect(r.source).toMatchObject({ format: "txt", encoding });
    expect(compareFacts(fixture.expected, r.facts).misses).toEqual([]);
  });

  it("keeps a UTF-8 file with a damaged byte UTF-8", async () => {
    const bytes = Buffer.from(fixture.text, "utf8");
    const at = bytes.indexOf(Buffer.from("纳税人可通过"));
    bytes[at + 1] = 0xff;
    const r = await readReport({ name: "x.txt", bytes });
    expect(r.source.encoding).toBe("utf-8");
    expect(r.facts.issue.total).toBe(465);
  });
});

describe("bad input", () => {
  it.each([
    ["empty.txt", "import.empty", "空文件"],
    ["blank.txt", "import.empty", "没有文字内容"],
    ["binary.bin", "import.binary", "不是文本文件"],
    ["no-text-layer.pdf", "import.no-text-layer", "没有文字层"],
    ["truncated.pdf", "import.unreadable", "已损坏"],
    ["old-word.doc", "import.unsupported-format", "另存为 DOCX"],
    ["page-photo.png", "import.unsupported-format", "图片"],
    ["not-a-report.txt", "import.not-a-report", "不像是窗口工作周报"],
    ["does-not-exist.txt", "import.unreadable", "文件不存在"],
  ])("%s is refused with %s and a Chinese message", async (file, code, text) => {
    const msg = await failure(join(BROKEN, file));
    expect(msg.startsWith(`${code} `), msg).toBe(true);
    expect(msg).toContain(text);
  });

  it("refuses a file renamed to .pdf or .docx, a zip that is no Word file, a damaged docx", async () => {
    expect(await failure({ name: "a.pdf", bytes: Buffer.from(fixture.text) })).toMatch(/^import\.unreadable .*不是有效的 PDF/);
    expect(await failure({ name: "a.docx", bytes: Buffer.from(fixture.text) })).toMatch(/^import\.unreadable .*DOCX/);
    const zip = new JSZip().file("xl/workbook.xml", "<workbook/>");
    expect(await failure({ name: "a.docx", bytes: await zip.generateAsync({ type: "uint8array" }) })).toMatch(/^import\.unsupported-format /);
    expect(await failure({ name: "a.docx", bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) })).toMatch(/^import\.unreadable .*已损坏/);
  });

  it("refuses a Word file that is not a report", async () => {
    const bytes = await docxOfText(readFileSync(join(BROKEN, "not-a-report.txt"), "utf8"));
    expect(await failure({ name: "通知.docx", bytes })).toMatch(/^import\.not-a-report /);
  });

  it("refuses a folder", async () => {
    expect(await failure(BROKEN)).toMatch(/^import\.unreadable .*文件夹/);
  });
});

describe("DOCX", () => {
  it("imports a report typed in Word, its table as a table", async () => {
    const r = await readReport({ name: "2023-45.docx", bytes: await docxOfText(fixture.text) });
    expect(r.source.format).toBe("docx");
    const cmp = compareFacts(fixture.expected, r.facts);
    expect(cmp.misses).toEqual([]);
    expect(cmp.matched).toBe(cmp.checked);
  });

  it("reads the document XML in order: tabs, breaks, cells, text boxes once, no tab stops", () => {
    const xml =
      '<?xml version="1.0"?><w:document xmlns:w="x"><w:body>' +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>窗口工作</w:t></w:r><w:r><w:t xml:space="preserve">周报</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>报：中心领导&amp;</w:t><w:br/><w:t>送：</w:t><w:tab/><w:t>各窗口</w:t></w:r></w:p>' +
      "<w:p><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>一次</w:t></w:r></w:p></w:txbxContent></mc:Choice>" +
      "<mc:Fallback><w:p><w:r><w:t>一次</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent></w:p>" +
      "<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>省新闻出版局</w:t></w:r></w:p><w:p><w:r><w:t>（省电影局）</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>100</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" +
      "</w:body></w:document>";
    expect(documentXmlText(xml).split("\n")).toEqual(["窗口工作周报", "报：中心领导&", "送：\t各窗口", "一次", "", "\t省新闻出版局（省电影局）\t100"]);
  });
});

describe("extractReport", () => {
  it("takes the format from the content, not the name", async () => {
    const r = await extractReport({ name: "周报.docx.txt", bytes: await docxOfText("窗口工作周报") });
    expect(r.format).toBe("docx");
    expect(r.text).toBe("窗口工作周报");
  });
});
