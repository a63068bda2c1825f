/**
 * LibreOffice converting a DOCX to PDF, the way an office without zhoubao would print it:
 * `soffice --headless --convert-to pdf`, one process per document, with a profile of its
 * own (made by a first, untimed conversion) so the user's LibreOffice is not disturbed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SOFFICE = process.env.ZHOUBAO_SOFFICE ?? "/usr/bin/soffice";

export function hasSoffice(): boolean {
  return existsSync(SOFFICE);
}

/** A converter for DOCX bytes; `close()` removes its profile and files. */
export function officeConverter(): { convert: (docx: Buffer) => void; close: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-bench-lo-"));
  const profile = `file://${join(dir, "profile")}`;
  const convert = (docx: Buffer) => {
    const file = join(dir, "issue.docx");
    writeFileSync(file, docx);
    execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore", timeout: 120_000 });
    if (!existsSync(join(dir, "issue.pdf"))) throw new Error("LibreOffice 未生成 PDF");
    rmSync(join(dir, "issue.pdf"));
  };
  return { convert, close: () => rmSync(dir, { recursive: true, force: true }) };
}
