/**
 * The fontconfig file chromium prints with: fonts/fonts.conf, or — when ZHOUBAO_FONTS_DIR
 * names a folder of an office's licensed official fonts (仿宋_GB2312, 方正小标宋简体, 黑体,
 * 楷体_GB2312) — a small file that adds that folder and includes fonts.conf. fonts.conf
 * puts each official name before its stand-ins, so the licensed fonts then win.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The fontconfig file that maps the official fonts to free ones (see fonts.conf). */
export const FONTCONFIG_FILE = fileURLToPath(new URL("./fonts.conf", import.meta.url));

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The file to pass as FONTCONFIG_FILE, for `fontsDir` (default: ZHOUBAO_FONTS_DIR).
 *
 * @example
 * effectiveFontconfigFile(undefined) === FONTCONFIG_FILE; // true
 */
export function effectiveFontconfigFile(fontsDir: string | undefined = process.env.ZHOUBAO_FONTS_DIR): string {
  if (!fontsDir) return FONTCONFIG_FILE;
  const body = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- zhoubao: the office's official fonts (ZHOUBAO_FONTS_DIR), then the project's mapping. -->
<fontconfig>
  <dir>${xml(fontsDir)}</dir>
  <include ignore_missing="no">${xml(FONTCONFIG_FILE)}</include>
</fontconfig>
`;
  const dir = join(tmpdir(), "zhoubao-fontconfig");
  const file = join(dir, `fonts-${createHash("sha1").update(body).digest("hex").slice(0, 12)}.conf`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, body);
  }
  return file;
}
