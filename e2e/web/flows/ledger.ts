import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { writeCaseExport, type GeneratorOptions } from "../../../src/ingest/ledger/generator.js";
import { apiGet, toastWith, visible } from "../ui.js";

type Issue = { year: number; seq: number; period: { start: string; end: string }; sections: any[] };

/** The editor starts the next issue on the editor screen; returns its reference. */
export async function startNextIssue(page: Page, url: string): Promise<string> {
  await page.goto(`${url}/editor`);
  await (await visible(page.getByTestId("create-issue"))).click();
  await page.waitForURL(/\/editor\/\d{4}-\d+/);
  return /\/editor\/(\d{4}-\d+)/.exec(page.url())![1];
}

/** A synthetic platform case export (GB18030 CSV, as the platform exports it) up to the issue's period end. */
export async function caseExportFor(page: Page, ref: string): Promise<{ file: string; opts: GeneratorOptions; issue: Issue }> {
  const issue = await apiGet<Issue>(page, `/api/issues/${ref}`);
  const opts: GeneratorOptions = { year: issue.year, rows: 4_000, seed: 21, asOf: issue.period.end };
  const file = join(mkdtempSync(join(tmpdir(), "zhoubao-e2e-ledger-")), `平台办件导出${issue.year}.csv`);
  await writeCaseExport(file, { ...opts, encoding: "gb18030" });
  return { file, opts, issue };
}

/** On 统计数据: uploads the export, then fills the issue's figures from the ledger. */
export async function uploadAndFill(page: Page, url: string, file: string): Promise<string> {
  await page.goto(`${url}/stats`);
  await page.locator("input[type=file]").setInputFiles(file);
  await toastWith(page, "已导入");
  const result = await visible(page.getByText(/读取 \d+ 行，新增 \d+ 行/));
  const text = await result.innerText();
  await page.getByRole("button", { name: "按台账填入本期数字" }).click();
  await toastWith(page, "已按台账填入");
  return text;
}
