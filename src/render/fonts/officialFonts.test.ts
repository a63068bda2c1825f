/**
 * The render reports which face prints each official font, and that is the face the PDF
 * embeds; a licensed official font in ZHOUBAO_FONTS_DIR wins over the stand-ins.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDocumentModel, closeRenderer, pdfFonts, renderPdf } from "../index.js";
import { BrowserPool } from "../pdf/browser.js";
import { fixture2023 } from "../fixtures.js";
import { chromiumAvailable } from "../testing.js";
import { pdfOfModel } from "../pdf/renderPdf.js";

const embedded = (pdf: Buffer) =>
  execFileSync("pdffonts", ["-"], { input: pdf, encoding: "utf8" })
    .split("\n")
    .slice(2)
    .map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, "").replace(/-/g, ""));
const matches = (face: string, names: string[]) => names.some((n) => n.startsWith(face.replace(/[\s-]/g, "")));

/** A font named 仿宋_GB2312 made from a Fandol face (a few glyphs), standing for a licensed one. */
function fakeOfficialFont(dir: string): void {
  const script = `
import sys
from fontTools import subset
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
s = subset.Subsetter(); s.populate(text="窗口工作周报据统计本周年月日省本级"); s.subset(f)
n = f["name"]
for i, v in ((1, "仿宋_GB2312"), (4, "仿宋_GB2312"), (6, "FangSong_GB2312")):
    n.setName(v, i, 3, 1, 0x804); n.setName(v, i, 3, 1, 0x409)
f.save(sys.argv[2])`;
  execFileSync("/usr/bin/python3", ["-c", script, "/usr/local/share/fonts/zhoubao/FandolKai-Regular.ttf", join(dir, "fangsong_gb2312.ttf")]);
}

let canFake = true;
try {
  execFileSync("/usr/bin/python3", ["-c", "import fontTools; open('/usr/local/share/fonts/zhoubao/FandolKai-Regular.ttf')"], { stdio: "ignore" });
} catch {
  canFake = false;
}

describe.skipIf(!chromiumAvailable())("the fonts a PDF is printed in", () => {
  afterAll(() => closeRenderer());

  it("reports, per official font, the face that the PDF embeds", async () => {
    const fonts = pdfFonts();
    expect(fonts.map((f) => f.official)).toEqual(["仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"]);
    const names = embedded(await renderPdf(fixture2023()));
    for (const f of fonts) {
      expect(f.face, f.official).not.toBeNull();
      expect(matches(f.face!, names), `${f.official} → ${f.face} in ${names.join(", ")}`).toBe(true);
    }
    if (process.env.CI === "true") expect(fonts.map((f) => f.face)).toEqual(["FandolFang", "FandolHei", "FandolKai", "FandolSong Bold", "FandolSong"]);
  }, 120_000);

  it.skipIf(!canFake)("lets a licensed official font in ZHOUBAO_FONTS_DIR win", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhoubao-official-fonts-"));
    const before = process.env.ZHOUBAO_FONTS_DIR;
    const pool = new BrowserPool();
    try {
      fakeOfficialFont(dir);
      process.env.ZHOUBAO_FONTS_DIR = dir;
      const fangsong = pdfFonts()[0];
      expect(fangsong).toMatchObject({ official: "仿宋_GB2312", face: "仿宋_GB2312", isOfficial: true });
      expect(pdfFonts()[1].isOfficial).toBe(false);
      const names = embedded(await pdfOfModel(pool, buildDocumentModel(fixture2023())));
      expect(names).toContain("FangSong_GB2312");
    } finally {
      await pool.close();
      if (before === undefined) delete process.env.ZHOUBAO_FONTS_DIR;
      else process.env.ZHOUBAO_FONTS_DIR = before;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
