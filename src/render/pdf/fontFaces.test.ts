import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bodyStandIns, charsetCovers, pdfFontFiles } from "../fonts/fontReport.js";
import { officialFontFaces } from "./fontFaces.js";

const FANG = "/usr/local/share/fonts/zhoubao/FandolFang-Regular.ttf";
const dir = mkdtempSync(join(tmpdir(), "zhoubao-faces-"));

/** The code points a font file maps, as fontconfig reads them. */
function covers(font: Buffer | string): (cp: number) => boolean {
  const file = typeof font === "string" ? font : join(dir, "face.ttf");
  if (typeof font !== "string") writeFileSync(file, font);
  return charsetCovers(execFileSync("fc-scan", ["--format", "%{charset}", file], { encoding: "utf8" }));
}

// Person and company names carry characters outside GB2312, so outside 仿宋_GB2312 and Fandol.
const RARE = "昇犇镕";

describe.skipIf(!existsSync(FANG) && process.env.CI !== "true")("officialFontFaces", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("links one subset per official font, holding the issue's characters and the page numbers", () => {
    const { css, files } = officialFontFaces("窗口工作周报");
    const fang = css.split("\n").find((r) => r.includes('"仿宋_GB2312"') && !r.includes("unicode-range"))!;
    const file = files[/url\("([^"]+)"\)/.exec(fang)![1]].body as Buffer;
    const has = covers(file);
    for (const ch of "窗口工作周报—7") expect(has(ch.codePointAt(0)!), ch).toBe(true);
    expect(has("政".codePointAt(0)!)).toBe(false);
  });

  it("gives a character the face lacks a subset of the stand-in fontconfig falls back to, limited by unicode-range", () => {
    const [{ faces }] = pdfFontFiles();
    const lacking = [...RARE].filter((ch) => !faces[0].covers(ch.codePointAt(0)!));
    // A licensed 仿宋 that has them needs no stand-in; Fandol has none of the three.
    if (faces[0].file === FANG) expect(lacking).toEqual([...RARE]);
    const { css, files } = officialFontFaces(`政务服务${RARE}`);
    const rules = css.split("\n").filter((r) => r.includes('"仿宋_GB2312"'));
    expect(rules).toHaveLength(lacking.length ? 2 : 1);
    if (!lacking.length) return;
    const standIn = rules[1];
    expect(standIn).toContain(`unicode-range: ${lacking.map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`).join(", ")};`);
    const font = files[/url\("([^"]+)"\)/.exec(standIn)![1]].body as Buffer;
    const has = covers(font);
    for (const ch of lacking) expect(has(ch.codePointAt(0)!), ch).toBe(true);
    // A subset, not the 20 MB collection chromium would otherwise load and embed itself.
    const source = faces.find((f) => f !== faces[0] && lacking.every((ch) => f.covers(ch.codePointAt(0)!)))!;
    expect(font.length).toBeLessThan(statSync(source.file).size / 100);
    expect(covers(source.file)(RARE.codePointAt(0)!)).toBe(true);
  });

  it("tells which characters the body's face lacks and names the face that prints them, the one whose subset is embedded", () => {
    const [{ faces }] = pdfFontFiles();
    const lacking = [...RARE].filter((ch) => !faces[0].covers(ch.codePointAt(0)!));
    const report = bodyStandIns(`王${RARE}到窗口调研`);
    expect(report.flatMap((s) => [...s.characters]).sort()).toEqual([...lacking].sort());
    for (const s of report) {
      const face = faces.find((f) => f.family === s.face)!;
      for (const ch of s.characters) expect(face.covers(ch.codePointAt(0)!), `${ch} in ${s.face}`).toBe(true);
    }
    expect(bodyStandIns("窗口工作周报")).toEqual([]);
  });
});
