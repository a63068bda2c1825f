import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { writeCaseExport, type GeneratorOptions } from "../../../src/ingest/ledger/generator.js";
import { apiGet, go, toastWith, visible } from "../ui.js";

type Issue = { year: number; seq: number; period: { start: string; end: string }; sections: any[] };

/** The editor starts the next issue on the editor screen; returns its reference. */
export async function startNextIssue(page: Page, url: string): Promise<string> {
  await go(page, url, "/editor");
  await (await visible(page.getByTestId("create-issue"))).click();
  await page.waitForURL(/\/editor\/\d{4}-\d+/);
  return /\/editor\/(\d{4}-\d+)/.exec(page.url())![1];
}

/** A synthetic platform case export (GB18030 CSV, as the platform exports it) up to the issue's period end. */
export async function caseExportFor(page: Page, ref: string): Promise<{ file: string; opts: GeneratorOptions; issue: Issue }> {
  const issue = await apiGet<Issue>(page, `/api/issues/${ref}`);
  // Big enough (~40 MB) that the server takes a moment to import it and the page shows its progress.
  const opts: GeneratorOptions = { year: issue.year, rows: 300_000, seed: 21, asOf: issue.period.end };
  const file = join(mkdtempSync(join(tmpdir(), "zhoubao-e2e-ledger-")), `平台办件导出${issue.year}.csv`);
  await writeCaseExport(file, { ...opts, encoding: "gb18030" });
  return { file, opts, issue };
}

/**
 * On 统计数据: uploads the export, records every caption the progress bar shows (a
 * MutationObserver, so a short-lived one is not missed), checks the import log, then
 * fills the issue's figures from the ledger.
 */
export async function uploadAndFill(page: Page, url: string, file: string): Promise<{ summary: string; captions: string[] }> {
  await go(page, url, "/stats");
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { captions: string[] }).captions = []);
    new MutationObserver(() => {
      const text = document.querySelector('[aria-label="导入进度"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.locator("input[type=file]").setInputFiles(file);
  await toastWith(page, "已导入");
  const captions = await page.evaluate(() => (window as unknown as { captions: string[] }).captions);
  const result = await visible(page.getByText(/读取 \d+ 行，新增 \d+ 行/));
  const summary = await result.innerText();
  const log = page.getByLabel("最近导入");
  await visible(log.getByRole("row").filter({ hasText: basename(file) }).filter({ hasText: "完成" }));
  await page.getByRole("button", { name: "按台账填入本期数字" }).click();
  await toastWith(page, "已按台账填入");
  return { summary, captions };
}

/**
 * On 统计数据: a case export whose 办件编号 column is headed 统一编码 is refused with the
 * 列对应 form; the clerk picks the column and imports again under a named source.
 * Returns the import's summary line.
 */
export async function importWithChosenColumns(page: Page, url: string, file: string): Promise<string> {
  await go(page, url, "/stats");
  await page.getByLabel("数据来源名称").fill("市平台");
  await page.locator("input[type=file]").setInputFiles(file);
  const select = await visible(page.getByLabel("办件编号对应的列"));
  await select.click();
  await page.locator(".ant-select-item-option", { hasText: "统一编码" }).click();
  await page.getByRole("button", { name: "按此对应重新导入" }).click();
  await toastWith(page, "已导入");
  return (await visible(page.getByText(/读取 \d+ 行，新增 \d+ 行/))).innerText();
}
