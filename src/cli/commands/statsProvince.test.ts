import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { writeCaseExport } from "../../ingest/ledger/generator.js";
import { openStore } from "../../store/index.js";
import { cliDatabases, runCliHere } from "../testing.js";
import { provinceTable } from "./statsProvince.js";

/** Runs the command with ZHOUBAO_CENTER set (runCliHere reads process.env when it starts). */
async function asCenter(code: string, db: string, args: string[]) {
  const saved = process.env.ZHOUBAO_CENTER;
  process.env.ZHOUBAO_CENTER = code;
  try {
    return await runCliHere(db, args);
  } finally {
    if (saved === undefined) delete process.env.ZHOUBAO_CENTER;
    else process.env.ZHOUBAO_CENTER = saved;
  }
}

describe.each(cliDatabases())("zhoubao stats province on $name", ({ create }) => {
  it("prints the subtree's YTD figures, equal to each center's own `stats ytd`, as JSON and as a table", async () => {
    const db = await create();
    const store = await openStore(db);
    const province = await store.centers.create("510000", "四川省政务服务中心");
    const city = await store.centers.create("510100", "成都市政务服务中心", {}, province.id);
    await store.centers.create("510104", "锦江区政务服务中心", {}, city.id);
    await store.close();
    const dir = mkdtempSync(join(tmpdir(), "zhoubao-province-cli-"));
    for (const [i, code] of ["510000", "510100", "510104"].entries()) {
      const file = join(dir, `${code}.csv`);
      await writeCaseExport(file, { year: 2025, rows: 1000 + 300 * i, seed: 40 + i });
      expect((await asCenter(code, db, ["import", "cases", file, "--json"])).code).toBe(0);
    }
    const r = await asCenter("510000", db, ["stats", "province", "--as-of", "2025-09-30", "--json"]);
    expect(r.code).toBe(0);
    const rollup = JSON.parse(r.stdout);
    expect(Object.keys(rollup)).toEqual(["asOf", "centers", "total"]);
    expect(rollup.centers.map((c: { code: string }) => c.code)).toEqual(["510000", "510100", "510104"]);
    for (const c of rollup.centers) {
      const own = JSON.parse((await asCenter(c.code, db, ["stats", "ytd", "--as-of", "2025-09-30", "--json"])).stdout);
      expect(Object.keys(c)).toEqual(["code", "name", "licensing", "publicService", "otherPower"]);
      expect([c.licensing, c.publicService, c.otherPower]).toEqual([own.licensing, own.publicService, own.otherPower]);
    }
    expect(rollup.total.publicService.completed).toBe(rollup.centers.reduce((n: number, c: { publicService: { completed: number } }) => n + c.publicService.completed, 0));

    const table = await asCenter("510100", db, ["stats", "province", "--as-of", "2025-09-30"]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split("\n");
    expect(lines[0]).toContain("成都市政务服务中心及其下 1 个中心");
    expect(lines.at(-1)).toMatch(/^\s+合计\s/);
    expect(lines).toHaveLength(5);
  });

  it("refuses a bad date and an unknown center with a Chinese message, a code and a non-zero exit", async () => {
    const db = await create();
    const bad = await runCliHere(db, ["stats", "province", "--as-of", "2025-13-01", "--json"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/input\.invalid/);
    expect(bad.stderr).toMatch(/统计截止日期/);
    const unknown = await asCenter("999999", db, ["stats", "province", "--as-of", "2025-06-30"]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/center\.not-found/);
    expect(unknown.stderr).toContain("未找到编码为 999999 的中心");
  });
});

describe("the roll-up table", () => {
  it("aligns Chinese names by display width and right-aligns the figures", () => {
    const f = { licensing: { accepted: 12345, completed: 1 }, publicService: { accepted: 0, completed: 0 }, otherPower: { accepted: 7, completed: 7 } };
    const lines = provinceTable({ asOf: "2025-06-30", centers: [{ code: "510000", name: "省中心", ...f }, { code: "510104", name: "锦江区政务服务中心", ...f }], total: f }, stringWidth);
    const widths = lines.map((l) => stringWidth(l));
    expect(new Set(widths).size).toBe(1);
    expect(lines[1]).toContain("12,345");
    const endOf = (l: string) => stringWidth(l.slice(0, l.indexOf("12,345") + 6));
    expect(endOf(lines[1])).toBe(endOf(lines[2]));
    expect(endOf(lines[1])).toBe(stringWidth(lines[0].slice(0, lines[0].indexOf("许可受理") + 4)));
  });
});
