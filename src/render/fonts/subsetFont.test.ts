import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { charsetCovers } from "./fontReport.js";
import { subsetFont } from "./subsetFont.js";

const FANG = "/usr/local/share/fonts/zhoubao/FandolFang-Regular.ttf";
const dir = mkdtempSync(join(tmpdir(), "zhoubao-subset-"));

/** What fontconfig reads from a font file: its PostScript name and the code points it maps. */
function scan(font: Buffer): { name: string; charset: string } {
  const file = join(dir, "subset.ttf");
  writeFileSync(file, font);
  const [name, charset] = execFileSync("fc-scan", ["--format", "%{postscriptname}\n%{charset}", file], { encoding: "utf8" }).split("\n");
  return { name, charset };
}

describe.skipIf(!existsSync(FANG) && process.env.CI !== "true")("subsetFont", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps exactly the characters asked for, under the font's own name", () => {
    const font = subsetFont(FANG, 0, "窗口工作周报A");
    expect(font.length).toBeLessThan(statSync(FANG).size / 100);
    const { name, charset } = scan(font);
    expect(name).toBe("FandolFang-Regular");
    // fc charset: ranges of hex code points; 窗 U+7A97, 周 U+5468, A U+41; 政 U+653F is not asked for.
    const covers = charsetCovers(charset);
    for (const ch of "窗口工作周报A") expect(covers(ch.codePointAt(0)!), ch).toBe(true);
    expect(covers("政".codePointAt(0)!)).toBe(false);
  });

  it("cuts the same parsed face again for other text, each subset on its own", () => {
    const a = subsetFont(FANG, 0, "甲乙丙");
    const b = subsetFont(FANG, 0, "甲乙丙丁戊己庚辛");
    expect(b.length).toBeGreaterThan(a.length);
    expect(subsetFont(FANG, 0, "甲乙丙").equals(a)).toBe(true);
  });

  it("refuses a file that is not a font", () => {
    const file = join(dir, "not-a-font.ttf");
    writeFileSync(file, "这不是字体文件");
    expect(() => subsetFont(file, 0, "甲")).toThrow(/无法截取字体子集/);
  });
});
