import type { Command } from "commander";
import type { ProvinceRollup } from "../../domain/ledger/provinceRollup.js";
import type { CliContext } from "../context.js";

const HEADERS = ["编码", "中心", "许可受理", "许可办结", "公共服务受理", "公共服务办结", "其它行权受理", "其它行权办结"];

/**
 * The roll-up as an aligned text table, one line per center and a 合计 line. Chinese
 * characters take two columns on a terminal, hence string-width rather than length.
 *
 * @example
 * provinceTable(await provinceRollupAsOf(store, id, "2026-11-27"), width)[0]; // "编码    中心  许可受理 …"
 */
export function provinceTable(r: ProvinceRollup, width: (s: string) => number): string[] {
  const figures = (f: Pick<ProvinceRollup["total"], "licensing" | "publicService" | "otherPower">) =>
    [f.licensing, f.publicService, f.otherPower].flatMap((p) => [p.accepted, p.completed].map((n) => n.toLocaleString("zh-CN")));
  const rows = [HEADERS, ...r.centers.map((c) => [c.code, c.name, ...figures(c)]), ["", "合计", ...figures(r.total)]];
  const widths = HEADERS.map((_, j) => Math.max(...rows.map((row) => width(row[j]))));
  const pad = (s: string, j: number) => (j < 2 ? s + " ".repeat(widths[j] - width(s)) : " ".repeat(widths[j] - width(s)) + s);
  return rows.map((row) => row.map(pad).join("  ").trimEnd());
}

/** `zhoubao stats province --as-of DATE [--json]` on the `stats` command. */
export function attachProvinceStats(stats: Command, ctx: CliContext): void {
  stats
    .command("province")
    .description("全省汇总：所选中心（ZHOUBAO_CENTER）及其下各中心今年以来的办件数与合计")
    .requiredOption("--as-of <日期>", "统计截止日期 YYYY-MM-DD")
    .option("--json", "输出 JSON：{ asOf, centers: [{ code, name, licensing, publicService, otherPower }], total }")
    .action(async (opts: { asOf: string; json?: boolean }) => {
      const [{ provinceRollupAsOf }, store, center] = await Promise.all([import("../../services/provinceSummarizer.js"), ctx.store(), ctx.center()]);
      const r = await provinceRollupAsOf(store, center.id, opts.asOf);
      if (opts.json) return ctx.out(JSON.stringify(r, null, 2));
      const { default: stringWidth } = await import("string-width");
      ctx.out(`全省汇总：${center.name}及其下 ${r.centers.length - 1} 个中心，${r.asOf.slice(0, 4)} 年 1 月 1 日至 ${r.asOf}（件）`);
      for (const line of provinceTable(r, stringWidth)) ctx.out(line);
    });
}
