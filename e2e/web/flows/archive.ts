import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { Server } from "../server.js";
import { apiGet, go, until, visible } from "../ui.js";

/** A past issue of the project's own fixtures (its own sentences, real shape and noise). */
export const FIXTURE = resolve(import.meta.dirname, "../../../src/ingest/report/fixtures/2023-17.txt");

/** Uploads the fixture on the 导入 screen and waits for its result row. */
export async function importThroughWeb(page: Page, url: string): Promise<string> {
  await go(page, url, "/import");
  await page.locator("input[type=file]").setInputFiles(FIXTURE);
  await (await visible(page.getByTestId("import-start"))).click();
  const result = await visible(page.getByTestId("import-result"), 60_000);
  return (await result.innerText()).trim();
}

/** Searches the archive for a phrase and returns the text of the hits. */
export async function searchFor(page: Page, url: string, phrase: string): Promise<string> {
  await go(page, url, "/archive");
  await (await visible(page.getByLabel("关键词"))).fill(phrase);
  await page.getByTestId("archive-search").click();
  const results = await visible(page.getByTestId("search-results"), 120_000);
  await until("检索结果", async () => (await results.innerText()).includes("找到"), 120_000);
  return results.innerText();
}

/** A phrase of the fixture's text that the parser keeps in the issue: part of its first news item. */
export async function phraseOf(page: Page, ref: string): Promise<string> {
  const issue = await apiGet<{ sections: { content: { kind: string; items?: { text: string }[] }; children: unknown[] }[] }>(page, `/api/issues/${ref}`);
  const walk = (xs: any[]): any[] => xs.flatMap((x) => [x, ...walk(x.children ?? [])]);
  const news = walk(issue.sections).find((s) => s.content.kind === "news" && s.content.items?.length);
  expect(news, "导入的周报应含工作动态").toBeTruthy();
  const text: string = news.content.items[0].text;
  return text.slice(4, 16);
}
