import { renameSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command } from "commander";
import { ZhoubaoError } from "../../domain/errors.js";
import { RENDER_FORMATS, type RenderFormat } from "../../render/formats.js";
import { issueRefArg } from "../args.js";
import type { CliContext } from "../context.js";

const FORMATS = Object.keys(RENDER_FORMATS) as RenderFormat[];
const isFormat = (f: string): f is RenderFormat => (FORMATS as string[]).includes(f);

/** --format, or else the extension of --out; PDF when neither says. */
export function resolveFormat(format: string | undefined, out: string | undefined): RenderFormat {
  const wanted = (format ?? (out ? extname(out).slice(1) : "")).toLowerCase() || "pdf";
  if (isFormat(wanted)) return wanted;
  throw new ZhoubaoError("input.invalid", `不支持的格式“${wanted}”，可选：${FORMATS.join("、")}。`, { format: wanted });
}

/** Writes next to the target and renames, so a failed write never leaves half a file. */
function writeAtomically(file: string, bytes: Buffer): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command("render <ref>")
    .description("按公文格式（GB/T 9704）排版一期周报，例如 zhoubao render 2023-49 --format pdf --out 2023-49.pdf")
    .option("--format <格式>", `输出格式：${FORMATS.join("、")}（默认按 --out 的扩展名，否则 pdf）`)
    .option("--out <文件>", "输出文件（默认：年份-期号.扩展名，写在当前目录）")
    .action(async (ref: string, opts: { format?: string; out?: string }) => {
      const { year, seq } = issueRefArg(ref);
      const format = resolveFormat(opts.format, opts.out);
      const [{ issueNumberLine }, { closeRenderer, FONT_ADVICE, pdfFonts, pdfStandIns, renderIssue }, { toDocument }] = await Promise.all([
        import("../../domain/present/dates.js"),
        import("../../render/index.js"),
        import("../../store/index.js"),
      ]);
      const stored = await (await ctx.store()).issues.require((await ctx.center()).id, year, seq);
      const file = resolve(opts.out ?? `${year}-${seq}.${RENDER_FORMATS[format].extension}`);
      let bytes: Buffer;
      try {
        bytes = await renderIssue(toDocument(stored), format);
      } finally {
        await closeRenderer();
      }
      writeAtomically(file, bytes);
      ctx.out(`已生成 ${issueNumberLine(stored)}（${format.toUpperCase()}，${Math.ceil(bytes.length / 1024)} KB）：${file}`);
      if (format === "pdf") {
        const fonts = pdfFonts();
        ctx.out(`字体：${fonts.map((f) => `${f.official} → ${f.face ?? "未知"}${f.isOfficial ? "" : "（代用）"}`).join("；")}`);
        if (!fonts.every((f) => f.isOfficial)) ctx.out(FONT_ADVICE);
        for (const s of pdfStandIns(toDocument(stored)))
          ctx.out(`正文字体中没有“${s.characters}”：${s.face ? `由 ${s.face} 补字` : "代用字体中也没有，PDF 中可能印不出"}。`);
      }
    });
}
