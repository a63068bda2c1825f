import type { Page } from "playwright-core";
import { shoot } from "../browser.js";
import { overflowsX, until, untranslated } from "../ui.js";

/**
 * Words that may appear in Latin letters on a Chinese screen: file formats and the
 * extensions of uploaded files' names, encodings, the test accounts' user names, codes;
 * and on the IT department's settings (接口令牌, 分发与提醒) the protocol words it types
 * as they are: HTTP headers, signature algorithms, cron.
 */
export const ALLOWED_LATIN =
  /^(Word|Excel|PDF|DOCX|XLSX|CSV|TXT|txt|csv|xlsx|pdf|docx|UTF-8|GB18030|GBK|HTML|api|docs|json|admin|admin1|editor1|approver1|liaison1|liaison2|inspector1|assessor1|reader1|Ctrl|API|JSON|CSRF|Authorization|Bearer|Webhook|HMAC-SHA256|sha256|cron|X-Zhoubao-[A-Za-z-]+)$/;

/** Waits until the screen has stopped loading: no spinner, no skeleton. */
export async function settled(page: Page): Promise<void> {
  const busy = page.locator(".ant-spin-spinning, .ant-skeleton, [data-loading=true]");
  try {
    await until("页面加载完成", async () => (await busy.count()) === 0, 30_000);
  } catch (e) {
    const what = await busy.evaluateAll((els) => els.map((el) => `${el.className} ${el.textContent?.slice(0, 40)}`));
    throw new Error(`${(e as Error).message}（${page.url()} 仍在加载：${what.join("；")}）`);
  }
  // The sessions ask for reduced motion (no animations): a moment for the last layout pass.
  await page.waitForTimeout(100);
}

export type ScreenReport = { name: string; latin: string[]; overflow: boolean };

/** Opens a screen, waits for it, screenshots it at both sizes and reports untranslated text and sideways overflow at each. */
export async function visit(page: Page, url: string, path: string, name: string): Promise<ScreenReport> {
  if (path) await page.goto(`${url}${path}`);
  await settled(page);
  const report: ScreenReport = { name, latin: await untranslated(page, ALLOWED_LATIN), overflow: false };
  await shoot(page, name, async () => void (report.overflow ||= await overflowsX(page)));
  return report;
}
