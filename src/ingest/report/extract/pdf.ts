import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ZhoubaoError } from "../../../domain/index.js";

/**
 * The text of a PDF by `pdftotext -layout` (poppler-utils): it keeps the reading order
 * and the columns of tables; the parser folds the layout spaces away. A PDF with no
 * text at all is a scan (import.no-text-layer).
 *
 * @example
 * await pdfText(readFileSync("2023-49.pdf"), "文件“2023-49.pdf”"); // "窗口工作周报\n…"
 */
export async function pdfText(bytes: Uint8Array, source: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "zhoubao-pdf-"));
  try {
    const file = join(dir, "in.pdf");
    await writeFile(file, bytes);
    const text = await run(file, source);
    if (!/[\p{L}\p{N}]/u.test(text))
      throw new ZhoubaoError(
        "import.no-text-layer",
        `${source}是没有文字层的 PDF（可能是扫描件或图片），无法读取文字。请提供带文字的 PDF，或先做文字识别（OCR），或改用 DOCX/TXT。`,
      );
    return text;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(file: string, source: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "pdftotext",
      ["-layout", "-enc", "UTF-8", "-eol", "unix", file, "-"],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const e = err as NodeJS.ErrnoException & { killed?: boolean };
        if (e.code === "ENOENT")
          return reject(
            new ZhoubaoError("import.extractor-missing", "读取 PDF 需要 pdftotext（poppler-utils），本机未安装。请安装后重试：apt-get install poppler-utils。"),
          );
        const why = /password|encrypt/i.test(stderr) ? "文件已加密" : e.killed ? "读取超时" : "文件已损坏或不是有效的 PDF";
        reject(new ZhoubaoError("import.unreadable", `无法读取${source}：${why}。`, { stderr: stderr.slice(0, 500) }));
      },
    );
  });
}
