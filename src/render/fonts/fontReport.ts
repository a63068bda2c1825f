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

/** A font file (face `index` of `file`) and the characters it has, as fontconfig sees them. */
export type FaceFile = { family: string; file: string; index: number; covers: (codePoint: number) => boolean };

/**
 * What fontconfig picks for an official font: the family names of its best face, and its
 * faces in fontconfig's order of preference (the best first, then the stand-ins chromium
 * falls back to for a character the best lacks).
 */
type Match = { official: string; role: string; families: string[]; faces: FaceFile[] };

/** Faces kept per official font: the best and the stand-ins fonts.conf lists after it. */
const FACES_KEPT = 4;

/**
 * fontconfig's charset ("20-7e a0 4e00-9fa5 …", hexadecimal) as a lookup.
 *
 * @example
 * charsetCovers("20-7e 6607")(0x6607); // true
 */
export function charsetCovers(charset: string): (codePoint: number) => boolean {
  const ranges = charset.split(/\s+/).filter(Boolean).map((r) => {
    const [from, to = from] = r.split("-").map((h) => parseInt(h, 16));
    return [from, to] as const;
  });
  return (cp) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [from, to] = ranges[mid];
      if (cp < from) hi = mid - 1;
      else if (cp > to) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

const cache = new Map<string, Match[]>();

function matches(): Match[] {
  const conf = effectiveFontconfigFile();
  const known = cache.get(conf);
  if (known) return known;
  const found = ROLES.map(({ official, role }) => {
    try {
      // One line per face, best first; the charset comes from fontconfig's cache.
      const out = execFileSync("fc-match", ["-s", "-f", "%{family}\t%{file}\t%{index}\t%{charset}\n", official], {
        encoding: "utf8",
        env: { ...process.env, FONTCONFIG_FILE: conf },
        timeout: 10_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      const lines = out.split("\n").filter(Boolean).slice(0, FACES_KEPT).map((line) => line.split("\t"));
      const families = (lines[0]?.[0] ?? "").split(",").map((f) => f.trim()).filter(Boolean);
      const faces = lines
        .filter(([, file]) => file)
        .map(([family, file, index, charset = ""]) => ({ family: family.split(",")[0].trim(), file, index: Number(index) || 0, covers: charsetCovers(charset) }));
      return { official, role, families, faces };
    } catch {
      // No fontconfig on this machine (it comes with chromium): the report says "unknown".
      return { official, role, families: [], faces: [] };
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
 * The font files behind each official font, as chromium would load them (pdf/fontFaces.ts
 * embeds subsets of these files): the face that prints it first, then the faces chromium
 * falls back to for a character it lacks; empty where fontconfig found none.
 *
 * @example
 * pdfFontFiles()[0].faces[0].file; // "/usr/local/share/fonts/zhoubao/FandolFang-Regular.ttf"
 */
export function pdfFontFiles(): { official: string; faces: FaceFile[] }[] {
  return matches().map(({ official, faces }) => ({ official, faces }));
}

/** Characters the body's face lacks, and the face that prints them instead (null: none installed has them). */
export type StandIn = { face: string | null; characters: string };

/**
 * The characters of `text` that the face printing the body (仿宋_GB2312, or its stand-in)
 * lacks, grouped by the face the PDF takes them from: fontconfig's next face that has them
 * (pdf/fontFaces.ts embeds exactly that one). Names outside GB2312 (昇, 犇, 镕) are the usual
 * case; a clerk is told, since those characters print in another face than the text around.
 *
 * @example
 * bodyStandIns("王昇到窗口调研"); // [{ face: "AR PL UMing CN", characters: "昇" }] where the body face is FandolFang
 */
export function bodyStandIns(text: string): StandIn[] {
  const faces = matches().find((m) => m.official === FONT.fangsong)?.faces ?? [];
  return [...standInsOf(faces, new Set(text))].map(([face, characters]) => ({ face: face?.family ?? null, characters: characters.join("") }));
}

/**
 * The characters of `chars` the first of `faces` lacks, grouped by the first of the others
 * that has each, as chromium falls back through fontconfig's list (null: none of them has
 * it); control characters are left out. The PDF's @font-face rules (pdf/fontFaces.ts) and
 * the report above both ask it.
 *
 * @example
 * standInsOf([fandolFang, uming], "王昇"); // Map { uming => ["昇"] }
 */
export function standInsOf(faces: FaceFile[], chars: Iterable<string>): Map<FaceFile | null, string[]> {
  const [best, ...others] = faces;
  const byFace = new Map<FaceFile | null, string[]>();
  if (!best) return byFace;
  for (const ch of chars) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || best.covers(cp)) continue;
    const face = others.find((f) => f.covers(cp)) ?? null;
    byFace.set(face, [...(byFace.get(face) ?? []), ch]);
  }
  return byFace;
}
