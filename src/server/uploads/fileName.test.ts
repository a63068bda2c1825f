import { describe, expect, it } from "vitest";
import { cleanFileName } from "./fileName.js";

describe("cleanFileName", () => {
  it("drops directories, NUL and control characters, forbidden characters and leading dots", () => {
    expect(cleanFileName("..\\..\\etc/第45期\u0000.txt")).toBe("第45期.txt");
    expect(cleanFileName("/tmp/a\nb\r\tc\u007f.docx")).toBe("abc.docx");
    expect(cleanFileName('re<po>rt:"x"|?*.pdf')).toBe("reportx.pdf");
    expect(cleanFileName("..")).toBe("upload");
    expect(cleanFileName(".bashrc")).toBe("upload.bashrc");
    expect(cleanFileName("../.hidden report.txt")).toBe("hidden report.txt");
    expect(cleanFileName("周报\u202e txt.exe")).toBe("周报 txt.exe");
  });

  it("names an empty or blank upload and keeps the extension of an over-long name", () => {
    expect(cleanFileName("")).toBe("upload");
    expect(cleanFileName("\u0000\u0001")).toBe("upload");
    expect(cleanFileName("  .txt")).toBe("upload.txt");
    expect(cleanFileName("\u0000.csv")).toBe("upload.csv");
    const long = cleanFileName(`${"周".repeat(500)}.xlsx`);
    expect([...long]).toHaveLength(120);
    expect(long.endsWith("周.xlsx")).toBe(true);
  });
});
