import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { FONTCONFIG_FILE } from "../pdf/browser.js";

const fc = (args: string[]) => execFileSync(args[0], args.slice(1), { encoding: "utf8", env: { ...process.env, FONTCONFIG_FILE } }).trim();
let hasFontconfig = true;
try {
  execFileSync("fc-match", ["--version"], { stdio: "ignore" });
} catch {
  hasFontconfig = false;
}

describe.skipIf(!hasFontconfig)("fonts/fonts.conf", () => {
  it("maps every official font to its Fandol stand-in (install-fonts.sh)", () => {
    const expected: Record<string, string> = {
      "仿宋_GB2312": "FandolFang",
      "楷体_GB2312": "FandolKai",
      黑体: "FandolHei",
      方正小标宋简体: "FandolSong Bold",
      宋体: "FandolSong",
      "Times New Roman": "Liberation Serif",
    };
    for (const [official, free] of Object.entries(expected))
      expect(fc(["fc-match", "-f", "%{family[0]}", official]), official).toBe(free);
  });

  it("finds a face for rare characters of person names in every official font", () => {
    for (const ch of "堃喆昇犇镕䶮𠇔") {
      const hex = ch.codePointAt(0)!.toString(16);
      for (const family of ["仿宋_GB2312", "楷体_GB2312", "黑体", "方正小标宋简体", "宋体"]) {
        const face = fc(["fc-match", "-f", "%{family[0]}", `${family}:charset=${hex}`]);
        const covering = fc(["fc-list", `:charset=${hex}`, "family"]);
        expect(covering, `${ch} in ${family} → ${face}`).toContain(face);
      }
    }
  });
});
