import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { shoot } from "../browser.js";
import { PASSWORD, type Server } from "../server.js";
import type { Section } from "../../../src/domain/model/section.js";
import { weekFigures } from "../../../src/server/weeklyFigures.js";
import { apiGet, apiSend, confirm, go, signIn, toastWith, until, visible } from "../ui.js";

export const NEWS_TEXT = "应急管理厅窗口本周推行危险化学品经营许可“一窗通办”，压缩办理时限至三个工作日，办结率达百分之百。";
export const RETURNED_TEXT = "应急管理厅窗口本周接待群众咨询，工作正常开展，无其他情况需要说明的事项。";
export const RETURN_COMMENT = "请补充具体办件数量和成效。";

type Pair = { accepted: number; completed: number };

/** The current draft's reference as the editor screen shows it (…/editor/2026-45). */
export function refOf(page: Page): string {
  const m = /\/editor\/(\d{4}-\d+)/.exec(page.url());
  if (!m) throw new Error(`不在编辑页面：${page.url()}`);
  return m[1];
}

/** The editor starts this week's issue from the previous one. */
export async function editorStartsIssue(browser: Browser, s: Server): Promise<{ page: Page; ref: string; close(): Promise<void>; problems: string[] }> {
  const ed = await signIn(browser, s.url, "editor1", PASSWORD);
  await go(ed.page, s.url, "/editor");
  await (await visible(ed.page.getByTestId("create-issue"))).click();
  await ed.page.waitForURL(/\/editor\/\d{4}-\d+/);
  await visible(ed.page.getByTestId("tree-node"));
  return { ...ed, ref: refOf(ed.page) };
}

/** A liaison writes an item for the issue's first news section and sends it. */
export async function liaisonSubmits(page: Page, url: string, text: string): Promise<void> {
  await go(page, url, "/submissions");
  await (await visible(page.getByTestId("new-submission"))).click();
  await (await visible(page.getByLabel("动态内容"))).fill(text);
  await page.getByTestId("submission-submit").click();
  await toastWith(page, "已报送");
  await visible(page.locator("tr", { hasText: text.slice(0, 12) }).getByText("已报送"));
}

/** The editor accepts a pending submission from the editor's 报送 tab; it lands in the tree and the saved preview. */
export async function editorAccepts(page: Page, text: string): Promise<void> {
  await page.getByRole("tab", { name: "报送" }).click();
  const item = await visible(page.getByTestId("pending-submission").filter({ hasText: text.slice(0, 12) }));
  await item.getByRole("button", { name: "采用" }).click();
  await toastWith(page, "已采用");
  await page.getByRole("tab", { name: "目录" }).click();
  const frame = page.frameLocator("[data-testid=preview-frame]");
  await until("预览中出现采用的动态", async () => (await frame.locator("body").innerText()).includes(text.slice(0, 20)), 30_000);
}

/** The editor returns a submission with a comment from 部门报送. */
export async function editorReturns(page: Page, url: string, text: string): Promise<void> {
  await go(page, url, "/submissions");
  const row = await visible(page.locator("tr", { hasText: text.slice(0, 12) }));
  await row.getByRole("button", { name: "退回" }).click();
  await (await visible(page.getByLabel("退回意见"))).fill(RETURN_COMMENT);
  await confirm(page, "退回");
  await toastWith(page, "已退回");
}

/** Types the licensing figures of 办件统计 and saves; returns when the save has been answered. */
export async function enterLicensing(page: Page, url: string, ref: string, p: Pair, asOf: string): Promise<void> {
  await go(page, url, `/editor/${ref}`);
  await (await visible(page.getByTestId("tree-node").filter({ hasText: "办件统计" }))).click();
  const accepted = await visible(page.getByLabel("行政许可事项受理"));
  await accepted.fill(String(p.accepted));
  await page.getByLabel("行政许可事项办结").fill(String(p.completed));
  // The sentence under the form follows the figures as they are typed.
  await until("生成的句子随输入更新", async () => (await page.getByTestId("generated-sentence").innerText()).includes(`行政许可事项受理${p.accepted}件`));
  // So does the page preview, rendered from the unsaved working copy.
  await until("实时预览", async () => (await page.getByTestId("preview-frame").getAttribute("data-mode")) === "live");
  const live = page.frameLocator("[data-testid=preview-frame]");
  await until("实时预览显示新数字", async () => (await live.locator("body").innerText()).includes(String(p.accepted)));
  const dateInput = page.getByLabel("统计截止日期");
  await dateInput.click();
  await dateInput.fill(asOf);
  await dateInput.press("Enter");
  await page.getByTestId("save").click();
  await toastWith(page, "已保存");
}

/** The findings the checks panel shows, by code. */
export async function findingCodes(page: Page): Promise<string[]> {
  await page.getByTestId("checks-tab").click();
  await visible(page.getByTestId("checks-panel"));
  return page.getByTestId("finding").evaluateAll((els) => els.map((e) => e.getAttribute("data-code") ?? ""));
}

/** The reference of the issue before `ref`. */
async function previousRef(page: Page, ref: string): Promise<string> {
  const list = await apiGet<{ issues: { year: number; seq: number; status: string }[] }>(page, "/api/issues?limit=5");
  const prev = list.issues[list.issues.findIndex((i) => `${i.year}-${i.seq}` === ref) + 1];
  return `${prev.year}-${prev.seq}`;
}

/**
 * What this test does not type through the forms — the other figures, the other news
 * section, 本周无厅（局）长进大厅 — saved through the API as the editor's own session
 * would (the checks refuse an issue with parts left empty); the page is then reloaded.
 */
export async function fillTheRest(page: Page, ref: string): Promise<void> {
  const issue = await apiGet<{ sections: Section[]; period: { end: string }; updatedAt: string }>(page, `/api/issues/${ref}`);
  const previous = await apiGet<{ sections: Section[] }>(page, `/api/issues/${await previousRef(page, ref)}`);
  const sections = weekFigures(issue.sections, previous.sections, issue.period.end);
  await apiSend(page, "PUT", `/api/issues/${ref}`, { document: { ...issue, sections }, updatedAt: issue.updatedAt });
  await page.reload();
  await visible(page.getByTestId("tree-node"));
}

/** The previous issue's year-to-date licensing figures, as the API reports them. */
export async function previousLicensing(page: Page, ref: string): Promise<Pair> {
  const facts = await apiGet<{ platformStats?: { licensing: Pair } }>(page, `/api/issues/${await previousRef(page, ref)}/facts`);
  if (!facts.platformStats) throw new Error("上一期没有办件统计");
  return facts.platformStats.licensing;
}

/** Clicks a workflow button, confirms its dialog and waits for the new state's label. */
export async function move(page: Page, testId: string, ok: string, state: string): Promise<void> {
  await (await visible(page.getByTestId(testId))).click();
  await confirm(page, ok);
  await until(`状态变为${state}`, async () => (await page.getByTestId("issue-status").innerText()).includes(state), 60_000);
}

/** Downloads DOCX and PDF through the buttons and checks what arrived. */
export async function downloadsWork(page: Page): Promise<{ docx: number; pdf: number }> {
  const sizes = { docx: 0, pdf: 0 };
  for (const format of ["docx", "pdf"] as const) {
    const [dl] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId(`download-${format}`).first().click()]);
    const path = await dl.path();
    const bytes = readFileSync(path!);
    expect(dl.suggestedFilename()).toMatch(new RegExp(`第\\d+期.*\\.${format}$`));
    expect(bytes.subarray(0, format === "pdf" ? 4 : 2).toString("latin1")).toBe(format === "pdf" ? "%PDF" : "PK");
    sizes[format] = bytes.length;
  }
  return sizes;
}

export { shoot };
