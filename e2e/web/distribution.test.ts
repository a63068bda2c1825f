import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { skipNotice } from "./browser.js";
import { filledDraft, type Issue } from "./flows/draft.js";
import { visit } from "./flows/screens.js";
import { apiGet, apiSend, confirm, go, toastWith, until, visible, type Session } from "./ui.js";
import { webApp } from "./webApp.js";

const skip = skipNotice();

const move = (page: Page, ref: string, action: string) => apiSend<Issue>(page, "POST", `/api/issues/${ref}/transitions`, { action });

/**
 * 分发与提醒 in a real Chromium against `zhoubao serve` (its background loop running, no
 * SMTP server configured): the admin keeps the recipient lists, a webhook and the
 * reminder times; publishing queues one delivery per recipient and the webhook, which
 * the editor sees in 分发记录 and resends; a reminder reaches the editor's bell; an
 * approved issue gets a publishing time.
 */
describe.skipIf(skip)("分发与提醒 pages", () => {
  const app = webApp([{ username: "admin1", role: "admin", name: "周管理" }]);
  let admin: Session, editor: Session, approver: Session;
  let hook: HttpServer;
  let hookUrl = "";
  const hookCalls: string[] = [];
  let draftRef = "";

  beforeAll(async () => {
    // The other system: refuses the first call (so the log shows a failure), accepts the rest.
    hook = createServer((req, res) => {
      let body = "";
      req.on("data", (b) => (body += String(b)));
      req.on("end", () => {
        hookCalls.push(body);
        res.statusCode = hookCalls.length === 1 ? 500 : 200;
        res.end();
      });
    });
    await new Promise<void>((ok) => hook.listen(0, "127.0.0.1", ok));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/zhoubao`;
    // Signed in side by side: each waits mostly for its page to load.
    [admin, editor, approver] = await Promise.all([app.open("admin1"), app.open("editor1"), app.open("approver1")]);
    draftRef = await filledDraft(editor.page);
  }, 120_000);
  afterAll(async () => {
    await new Promise((r) => hook?.close(r));
  });

  it("admin: recipients on the 报 and 发 lines (an invalid address refused), a webhook, a reminder time", { timeout: 120_000 }, async () => {
    const { page } = admin;
    await go(page, app.s.url, "/settings/distribution");
    const rows = page.locator(".ant-card", { hasText: "分发名单" }).locator(".ant-table-row");
    await visible(page.getByText("还没有收件人：发布后不发送邮件"));

    await page.getByLabel("名称", { exact: true }).fill("中心领导");
    await page.getByLabel("邮箱", { exact: true }).fill("leader-at-example.gov.cn");
    await page.getByRole("button", { name: "添加收件人" }).click();
    await toastWith(page, "邮箱地址“leader-at-example.gov.cn”不正确", "error");
    expect(await rows.count()).toBe(0);
    expect((await apiGet<{ recipients: unknown[] }>(page, "/api/recipients")).recipients).toEqual([]);

    await page.getByLabel("邮箱", { exact: true }).fill("leader@example.gov.cn");
    await page.getByRole("button", { name: "添加收件人" }).click();
    await toastWith(page, "已添加。");
    await visible(rows.filter({ hasText: "leader@example.gov.cn" }));

    await page.getByLabel("版记行").click();
    await page.locator(".ant-select-item-option", { hasText: "发：" }).click();
    await page.getByLabel("类型").click();
    await page.locator(".ant-select-item-option", { hasText: "群组" }).click();
    await page.getByLabel("名称", { exact: true }).fill("各部门窗口");
    await page.getByLabel("邮箱", { exact: true }).fill("windows@example.gov.cn");
    await page.getByRole("button", { name: "添加收件人" }).click();
    await visible(rows.filter({ hasText: "windows@example.gov.cn" }));
    expect(await rows.filter({ hasText: "windows@example.gov.cn" }).innerText()).toMatch(/发[\s\S]*各部门窗口/);
    expect(await rows.filter({ hasText: "leader@example.gov.cn" }).innerText()).toMatch(/报[\s\S]*中心领导/);
    expect(await rows.count()).toBe(2);

    await page.getByLabel("Webhook 名称").fill("中心 OA");
    await page.getByLabel("Webhook 地址").fill(hookUrl);
    await page.getByRole("button", { name: "添加 Webhook" }).click();
    await visible(page.locator(".ant-card", { hasText: "Webhook（" }).locator(".ant-table-row", { hasText: hookUrl }));

    const reminders = page.locator(".ant-card", { hasText: "每周提醒" });
    const row = reminders.locator(".ant-table-row", { hasText: "提交审核" });
    const cron = row.getByRole("textbox");
    await cron.fill("99 10 * * 4");
    await row.getByRole("button", { name: "保存" }).click();
    await toastWith(page, "提醒时间“99 10 * * 4”无法识别", "error");
    // The editor's reminder a few seconds from now (croner's optional seconds field, China
    // time): the bell test below waits for it to fire, once. Taken just before it is saved,
    // a second or two ahead would do; a save slower than the margin would show in the due
    // time checked below (tomorrow), not as a wait.
    const at = new Date(Date.now() + 10_000 + 8 * 3_600_000);
    const soon = `${at.getUTCSeconds()} ${at.getUTCMinutes()} ${at.getUTCHours()} * * *`;
    await cron.fill(soon);
    await row.getByRole("button", { name: "保存" }).click();
    await toastWith(page, "已保存。");
    const schedules = (await apiGet<{ schedules: { kind: string; cron: string; dueAt: string }[] }>(page, "/api/schedules")).schedules;
    const editorReminder = schedules.find((s) => s.kind === "remind-editor")!;
    expect(editorReminder.cron).toBe(soon);
    expect(new Date(editorReminder.dueAt).getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    expect(admin.problems).toEqual([]);
  });

  it("the reminder reaches the editor's bell", { timeout: 300_000 }, async () => {
    const { page } = editor;
    await go(page, app.s.url, "/");
    // The server's scheduler runs the reminder within a second of its time. Waited for
    // through the bell's own request (a page load per look cost a second of CPU each);
    // then the bell, read again on reload, shows it.
    await until("提醒已送达", async () => (await apiGet<{ unread: number }>(page, "/api/notifications")).unread > 0, 240_000);
    await page.reload();
    const bell = await visible(page.getByTestId("notifications"));
    await until("提醒出现在铃铛上", async () => /\d/.test(await bell.locator(".ant-badge").innerText()), 15_000);
    await bell.click();
    const popover = await visible(page.locator(".ant-popover", { hasText: "全部标为已读" }));
    await visible(popover.getByText("尚未提交审核"));
    await popover.getByRole("button", { name: "全部标为已读" }).click();
    await until("未读数清零", async () => !/\d/.test(await page.getByTestId("notifications").locator(".ant-badge").innerText()));
    expect(editor.problems).toEqual([]);
  });

  it("publishing queues one delivery per recipient and the webhook; the editor resends the failed one", { timeout: 180_000 }, async () => {
    // Put the reminder back to a weekly time.
    await apiSend(admin.page, "PUT", "/api/schedules", { kind: "remind-editor", cron: "0 16 * * 5", active: true });
    expect((await move(editor.page, draftRef, "submit")).status).toBe("review");
    expect((await move(approver.page, draftRef, "approve")).status).toBe("approved");
    expect((await move(editor.page, draftRef, "publish")).status).toBe("published");

    const { page } = editor;
    await go(page, app.s.url, "/settings/deliveries");
    const table = page.locator(".ant-table");
    const rowOf = (target: string) => table.locator(".ant-table-row", { hasText: target });
    await visible(rowOf("leader@example.gov.cn"));
    expect(await table.locator(".ant-table-row", { hasText: draftRef }).count()).toBe(3);
    for (const target of ["leader@example.gov.cn", "windows@example.gov.cn"]) expect(await rowOf(target).innerText()).toMatch(/发布[\s\S]*邮件[\s\S]*(排队|待重试)/);

    // The background loop calls the webhook within a tick of the background loop (every second here); the receiver's 500 is shown as 待重试.
    await until("Webhook 首次调用失败并显示", async () => {
      await page.getByRole("button", { name: "刷新" }).click();
      return (await rowOf(hookUrl).innerText()).includes("待重试");
    }, 60_000);
    expect(await rowOf(hookUrl).innerText()).toContain("HTTP 500");
    expect(JSON.parse(hookCalls[0])).toMatchObject({ event: "issue.published" });

    await rowOf(hookUrl).getByRole("button", { name: "重发" }).click();
    await toastWith(page, "已重新排队发送给 中心 OA。");
    await until("重发后 Webhook 显示已发送", async () => {
      await page.getByRole("button", { name: "刷新" }).click();
      return (await rowOf(hookUrl).innerText()).includes("已发送");
    }, 60_000);
    expect(hookCalls.length).toBe(2);
    // The 方式 column is wide enough for “Webhook” on one line (it broke as “Webhoo / k”).
    const lines = await rowOf(hookUrl).locator("td", { hasText: /^Webhook$/ }).evaluate((td) => {
      const r = document.createRange();
      r.selectNodeContents(td);
      return r.getClientRects().length;
    });
    expect(lines).toBe(1);
    expect(editor.problems).toEqual([]);
  });

  it("定时发布 on an approved issue: a past time refused, a future one accepted and shown", { timeout: 180_000 }, async () => {
    const ref = await filledDraft(editor.page);
    expect((await move(editor.page, ref, "submit")).status).toBe("review");
    expect((await move(approver.page, ref, "approve")).status).toBe("approved");

    const { page } = approver;
    await go(page, app.s.url, `/editor/${ref}`);
    await (await visible(page.getByTestId("schedule-publish"))).click();
    const popover = await visible(page.locator(".ant-popover", { hasText: "定时发布（北京时间）" }));
    const pick = async (text: string) => {
      const input = popover.getByLabel("发布时间");
      await input.click();
      await input.fill(text);
      await input.press("Enter");
      await popover.getByRole("button", { name: "确定" }).click();
    };
    await pick("2020-01-06 10:00");
    await toastWith(page, "定时发布时间须在现在之后", "error");
    expect((await apiGet<{ scheduled: unknown }>(page, `/api/issues/${ref}/scheduled-publish`)).scheduled).toBeNull();

    // Three days ahead, typed as China wall-clock time whatever the browser's own time zone.
    const future = new Date(Date.now() + 3 * 86_400_000);
    const china = new Date(future.getTime() + 8 * 3600_000).toISOString();
    const text = `${china.slice(0, 10)} 09:30`;
    await pick(text);
    await toastWith(page, "已安排定时发布。");
    const shown = await visible(page.locator(".ant-tag", { hasText: "将于" }));
    const [y, m, d] = china.slice(0, 10).split("-").map(Number);
    expect(await shown.innerText()).toContain(`${y}/${m}/${d} 09:30`);
    const scheduled = (await apiGet<{ scheduled: { status: string; dueAt: string } }>(page, `/api/issues/${ref}/scheduled-publish`)).scheduled;
    expect(scheduled.status).toBe("pending");
    expect(scheduled.dueAt).toBe(new Date(`${china.slice(0, 10)}T09:30:00+08:00`).toISOString());
    expect(approver.problems).toEqual([]);
  });

  // Last, on the data the steps above left: both pages photographed at both sizes, neither scrolls sideways
  // (long addresses and the delivery log's many columns must fit a 1366 px screen).
  it("the two pages fit the screen at both sizes", { timeout: 120_000 }, async () => {
    const shots = [await visit(admin.page, app.s.url, "/settings/distribution", "60-distribution-admin"), await visit(editor.page, app.s.url, "/settings/deliveries", "60-deliveries-editor")];
    expect(shots.filter((r) => r.overflow)).toEqual([]);
    expect([...admin.problems, ...editor.problems]).toEqual([]);
  });
});
