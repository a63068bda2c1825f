import { describe, expect, it } from "vitest";
import { sectionOf } from "../../src/server/weeklyFigures.js";
import { skipNotice } from "./browser.js";
import { filledDraft, type Issue } from "./flows/draft.js";
import { visit } from "./flows/screens.js";
import { apiGet, apiSend, confirm, go, toastWith, until, visible } from "./ui.js";
import { webApp } from "./webApp.js";

const skip = skipNotice();

const NEWS = "水利厅窗口本周推行取水许可“一窗通办”，办理时限压缩至三个工作日。";
const COMMENT = "请写明本周通办的件数。";

/**
 * 审阅 in a real Chromium against `zhoubao serve --demo`: the approver opens the issue
 * submitted for review, sees the page as printed and what changed since the previous
 * issue (a news item added, a figure with its delta), comments on a section; the editor
 * sees the open comment in the editor and resolves it; the approver, seeing it resolved,
 * signs the issue (签发) from the 审阅 page.
 */
describe.skipIf(skip)("审阅 page", () => {
  const app = webApp();

  it("approver: changes marked, a comment the editor resolves, 签发 from 审阅", { timeout: 180_000 }, async () => {
    const [editor, approver] = await Promise.all([app.open("editor1"), app.open("approver1")]);
    let newsHeading = "";
    const ref = await filledDraft(editor.page, (sections) => {
      const news = sectionOf(sections, "news");
      newsHeading = news.heading;
      news.content.items = [{ id: "review-1", text: NEWS, departments: ["水利厅"], submissionId: null }];
    });
    const submitted = await apiSend<Issue>(editor.page, "POST", `/api/issues/${ref}/transitions`, { action: "submit" });
    expect(submitted.status).toBe("review");
    const facts = await apiGet<{ platformStats: { licensing: { accepted: number } } }>(editor.page, `/api/issues/${ref}/facts`);

    // The approver goes to 审阅 from the menu and lands on the issue awaiting 签发.
    const { page } = approver;
    await page.goto(app.s.url);
    await page.getByRole("menuitem", { name: "审阅" }).click();
    await page.waitForURL(`**/review/${ref}`);
    const frame = await visible(page.getByTestId("review-frame"));
    await until("印发样式 loaded", async () => (await frame.contentFrame().locator("body").innerText()).includes("窗口工作周报"));
    expect(await page.getByTestId("review-summary").innerText()).toMatch(/与上一期（\d{4}年第\d+期）相比：\d+ 个栏目有改动/);

    const news = page.getByTestId("review-section").filter({ hasText: newsHeading }).first();
    expect(await news.getAttribute("data-change")).toBe("changed");
    expect(await news.locator("ins").allInnerTexts()).toContainEqual(expect.stringContaining("取水许可"));
    const licensing = await visible(page.locator('[data-testid="figure-delta"][data-key="platformStats.licensing.accepted"]'));
    expect(await licensing.innerText()).toBe(`行政许可事项受理 ${facts.platformStats.licensing.accepted.toLocaleString("en-US")} 件（较上期 +2,315）`);
    app.reports.push(await visit(page, app.s.url, "", "review-审阅-审核"));

    // A comment on the news section.
    await news.getByLabel(`对“${newsHeading}”的审阅意见`).fill(COMMENT);
    await news.getByRole("button", { name: "提交意见" }).click();
    await toastWith(page, "已提交审阅意见。");
    await visible(news.locator('[data-testid="review-comment"][data-status="open"]', { hasText: COMMENT }));

    // The editor sees it beside the section and resolves it.
    const ed = editor.page;
    await go(ed, app.s.url, `/editor/${ref}`);
    const tab = await visible(ed.getByTestId("comments-tab"));
    await until("one open comment on the tab", async () => /审阅意见\s*1/.test(await tab.innerText()));
    await tab.click();
    const panel = await visible(ed.getByTestId("comments-panel"));
    await panel.getByRole("button", { name: newsHeading }).click();
    const beside = await visible(ed.getByTestId("section-comments"));
    expect(await beside.innerText()).toContain(COMMENT);
    await beside.getByRole("button", { name: "标为已处理" }).click();
    await toastWith(ed, "已标为已处理。");
    await beside.waitFor({ state: "detached" });
    await ed.getByTestId("comments-tab").click();
    await visible(ed.getByTestId("comments-panel").locator('[data-testid="review-comment"][data-status="resolved"]', { hasText: COMMENT }));

    // The approver sees it resolved and signs the issue from 审阅.
    await page.reload();
    const again = page.getByTestId("review-section").filter({ hasText: newsHeading }).first();
    await visible(again.locator('[data-testid="review-comment"][data-status="resolved"]', { hasText: COMMENT }));
    await (await visible(page.getByTestId("review-approve"))).click();
    await confirm(page, "签发");
    await toastWith(page, "已签发。");
    await until("status 已签发", async () => (await page.getByTestId("issue-status").innerText()) === "已签发");
    expect((await apiGet<Issue>(page, `/api/issues/${ref}`)).status).toBe("approved");
    await page.getByTestId("review-approve").waitFor({ state: "detached" });

    for (const r of app.reports) expect([r.name, r.latin, r.overflow]).toEqual([r.name, [], false]);
    expect([...editor.problems, ...approver.problems]).toEqual([]);
  });
});
