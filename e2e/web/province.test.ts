import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCaseExport } from "../../src/ingest/ledger/generator.js";
import { importLedger } from "../../src/ingest/ledger/importer.js";
import { centerToday, provinceRollupAsOf } from "../../src/services/provinceSummarizer.js";
import { openStore } from "../../src/store/index.js";
import type { ProvinceRollup } from "../../src/domain/ledger/provinceRollup.js";
import { launch, skipNotice } from "./browser.js";
import { addUser, PASSWORD, startServer, type Server } from "./server.js";
import { signIn, toastWith, visible, type Session } from "./ui.js";

const skip = skipNotice();

/**
 * 全省汇总 in a real Chromium: a province administrator of the demo center, with a city
 * and a county under it, each with a ledger, sees the totals, ranks the centers by
 * another column, and sees which centers have not published this week's issue.
 */
describe.skipIf(skip)("全省汇总 page", () => {
  let s: Server;
  let browser: Browser;
  let province: Session;
  let expected: ProvinceRollup;
  let dir: string;
  beforeAll(async () => {
    s = await startServer();
    addUser(s, "province1", "province", { name: "吴省级" });
    dir = mkdtempSync(join(tmpdir(), "zhoubao-province-web-"));
    const today = centerToday();
    const store = await openStore(s.db);
    try {
      const main = await store.centers.default();
      const city = await store.centers.create("510100", "成都市政务服务中心", {}, main.id);
      const county = await store.centers.create("510104", "锦江区政务服务中心", {}, city.id);
      for (const [i, c] of [main, city, county].entries()) {
        await store.departments.seed(c.id);
        const file = join(dir, `${i}.csv`);
        // Different sizes and seeds: the centers rank differently by different columns.
        await writeCaseExport(file, { year: Number(today.slice(0, 4)), rows: [600, 1500, 300][i], seed: 11 + i, asOf: today });
        await importLedger(store, c.id, { ledger: "cases", file });
      }
      expected = await provinceRollupAsOf(store, main.id, today);
    } finally {
      await store.close();
    }
    browser = await launch();
    province = await signIn(browser, s.url, "province1", PASSWORD);
  }, 180_000);
  afterAll(async () => {
    await province?.close();
    await browser?.close();
    await s?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the totals, a ranking sortable by any column, and the centers without this week's issue", { timeout: 120_000 }, async () => {
    const { page, problems } = province;
    await (await visible(page.getByRole("menuitem", { name: "全省汇总" }))).click();
    const total = await visible(page.getByTestId("total-licensing"));
    await expect.poll(() => total.innerText()).toContain(expected.total.licensing.accepted.toLocaleString("en-US"));

    const table = page.getByTestId("province-ranking");
    const firstRow = () => table.locator("tbody tr").first().innerText();
    const top = (k: "licensing" | "otherPower", m: "accepted" | "completed") => [...expected.centers].sort((a, b) => b[k][m] - a[k][m])[0].name;
    await expect.poll(firstRow).toContain(top("licensing", "accepted"));
    expect(await table.locator("tbody tr").count()).toBe(3);
    await table.getByRole("columnheader", { name: "其它行权办结" }).click();
    await expect.poll(firstRow).toContain(top("otherPower", "completed"));

    const late = page.getByTestId("province-unpublished");
    await expect.poll(() => late.innerText()).toContain("成都市政务服务中心（510100）：本周尚无周报");
    expect(await late.innerText()).toContain("锦江区政务服务中心（510104）：本周尚无周报");
    expect(problems).toEqual([]);
  });

  it("中心管理: adds a county under the city; a duplicate code and a code outside the city are refused with the server's message, nothing added", { timeout: 120_000 }, async () => {
    const { page, problems } = province;
    await (await visible(page.getByRole("menuitem", { name: "系统设置" }))).click();
    await (await visible(page.getByRole("tab", { name: "中心管理" }))).click();
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(3);

    const add = async (code: string, name: string) => {
      await (await visible(page.getByRole("button", { name: "添加中心" }))).click();
      const dialog = await visible(page.getByRole("dialog", { name: "添加中心" }));
      await dialog.getByLabel("中心编码").fill(code);
      await dialog.getByLabel("名称").fill(name);
      await dialog.getByLabel("上级中心").click();
      await (await visible(page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter({ hasText: "510100 成都市政务服务中心" }))).click();
      await dialog.getByRole("button", { name: "添加" }).click();
      return dialog;
    };
    await add("510107", "武侯区政务服务中心");
    await toastWith(page, "已添加中心 510107 武侯区政务服务中心。");
    await expect.poll(() => rows.count()).toBe(4);
    const added = rows.filter({ hasText: "510107" });
    expect(await added.innerText()).toContain("武侯区政务服务中心");
    expect(await added.innerText()).toContain("510100");

    const again = await add("510107", "另一个武侯区中心");
    await toastWith(page, "编码为 510107 的中心已存在。", "error");
    await again.getByRole("button", { name: "取消" }).click();
    const outside = await add("520102", "南明区政务服务中心");
    await toastWith(page, "不能把中心 520102 设在 510100 之下", "error");
    await outside.getByRole("button", { name: "取消" }).click();
    await expect.poll(() => rows.count()).toBe(4);

    const store = await openStore(s.db);
    try {
      const centers = await store.centers.list();
      expect(centers.filter((c) => c.code === "510107")).toHaveLength(1);
      expect(centers.some((c) => c.code === "520102")).toBe(false);
      const city = centers.find((c) => c.code === "510100")!;
      expect(centers.find((c) => c.code === "510107")!.parentId).toBe(city.id);
    } finally {
      await store.close();
    }
    expect(problems).toEqual([]);
  });
});
