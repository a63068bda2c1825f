/**
 * Which face prints each official font of the PDF: the licensed official font when the
 * machine has it (or ZHOUBAO_FONTS_DIR holds it), else its Fandol stand-in, else a Debian
 * face. Asked of fontconfig with the same file chromium prints with, so the answer is what
 * the PDF embeds (a test compares it with pdffonts).
 */
import { execFileSync } from "node:child_process";
import { FONT } from "../layout.js";
import { effectiveFontconfigFile } from "./fontconfig.js";

export type FontUse = {
  /** The font the official layout names (仿宋_GB2312 …). */
  official: string;
  /** What it sets, in Chinese: 正文, 一级标题, … */
  role: string;
  /** The face that stands in (its family name), or null when fontconfig could not be asked. */
  face: string | null;
  /** True when the face is the official font itself. */
  isOfficial: boolean;
};

const ROLES: { official: string; role: string }[] = [
  { official: FONT.fangsong, role: "正文" },
  { official: FONT.heiti, role: "一级标题" },
  { official: FONT.kaiti, role: "二级标题" },
  { official: FONT.xiaobiaosong, role: "版头" },
  { official: FONT.songti, role: "页码" },
];

/** What to tell people when the official fonts are missing. */
export const FONT_ADVICE =
  "未安装公文字体：PDF 使用免费的 Fandol 字体代替。请在服务器上安装单位自有的仿宋_GB2312、方正小标宋简体、黑体、楷体_GB2312（设置 ZHOUBAO_FONTS_DIR 指向字体文件夹），或运行 src/render/fonts/install-fonts.sh 安装 Fandol 字体。";

/** What fontconfig picks for an official font: its family names and the file (face index) it loads. */
type Match = { official: string; role: string; families: string[]; file: string | null; index: number };

const cache = new Map<string, Match[]>();

function matches(): Match[] {
  const conf = effectiveFontconfigFile();
  const known = cache.get(conf);
  if (known) return known;
  const found = ROLES.map(({ official, role }) => {
    try {
      const out = execFileSync("fc-match", ["-f", "%{family}\\n%{file}\\n%{index}", official], {
        encoding: "utf8",
        env: { ...process.env, FONTCONFIG_FILE: conf },
        timeout: 10_000,
      });
      const [families = "", file = "", index = "0"] = out.split("\n");
      return { official, role, families: families.split(",").map((f) => f.trim()).filter(Boolean), file: file || null, index: Number(index) || 0 };
    } catch {
      // No fontconfig on this machine (it comes with chromium): the report says "unknown".
      return { official, role, families: [], file: null, index: 0 };
    }
  });
  if (found.every((m) => m.families.length)) cache.set(conf, found);
  return found;
}

/**
 * The faces the PDF is printed in, per official font.
 *
 * @example
 * pdfFonts()[0]; // { official: "仿宋_GB2312", role: "正文", face: "FandolFang", isOfficial: false }
 */
export function pdfFonts(): FontUse[] {
  return matches().map(({ official, role, families }) => ({ official, role, face: families[0] ?? null, isOfficial: families.includes(official) }));
}

/**
 * The font file behind each official font, as chromium would load it (pdf/fontFaces.ts
 * embeds subsets of these files); null where fontconfig found none.
 *
 * @example
 * pdfFontFiles()[0]; // { official: "仿宋_GB2312", file: "/usr/local/share/fonts/zhoubao/FandolFang-Regular.ttf", index: 0 }
 */
export function pdfFontFiles(): { official: string; file: string | null; index: number }[] {
  return matches().map(({ official, file, index }) => ({ official, file, index }));
}
