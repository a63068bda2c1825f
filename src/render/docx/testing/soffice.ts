/**
 * LibreOffice as a stand-in for Word and WPS in tests: converts .docx files to PDF headless,
 * all in one soffice run (each start costs seconds), with the project's fontconfig file so
 * the official font names resolve to the same faces the PDF renderer prints with.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { FONTCONFIG_FILE } from "../../fonts/fontconfig.js";

const SOFFICE = process.env.ZHOUBAO_SOFFICE ?? "soffice";

/**
 * True when LibreOffice is installed. In CI (CI=true) a missing soffice fails loudly, because
 * no test may be skipped there; elsewhere the LibreOffice tests skip with a notice.
 */
export function sofficeAvailable(): boolean {
  if (spawnSync(SOFFICE, ["--version"], { timeout: 60_000 }).status === 0) return true;
  if (process.env.CI === "true") throw new Error("CI=true 但未找到 LibreOffice（soffice）：请安装 libreoffice-writer-nogui。");
  console.warn("⚠ 未找到 LibreOffice（soffice），跳过 DOCX 版式测试。安装：apt-get install libreoffice-writer-nogui");
  return false;
}

/** Each document as LibreOffice prints it to PDF, by name. */
export async function docxToPdf(docs: Record<string, Buffer>): Promise<Record<string, Buffer>> {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-soffice-"));
  try {
    const files = Object.entries(docs).map(([name, bytes]) => {
      writeFileSync(join(dir, `${name}.docx`), bytes);
      return `${name}.docx`;
    });
    // A profile of its own: parallel runs sharing one would wait on its lock or fail.
    const profile = `file://${join(dir, "profile")}`;
    await promisify(execFile)(
      SOFFICE,
      [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, ...files],
      { cwd: dir, timeout: 240_000, env: { ...process.env, FONTCONFIG_FILE } },
    );
    return Object.fromEntries(Object.keys(docs).map((name) => [name, readFileSync(join(dir, `${name}.pdf`))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
