import type { Page } from "playwright-core";
import { frames, shoot } from "../browser.js";
import { go, overflowsX, untranslated } from "../ui.js";

/**
 * Words that may appear in Latin letters on a Chinese screen: file formats and the
 * extensions of uploaded files' names, encodings, the test accounts' user names, codes;
 * and on the IT department's settings (接口令牌, 分发与提醒) the protocol words it types
 * as they are: HTTP headers, signature algorithms, cron.
 */
export const ALLOWED_LATIN =
  /^(Word|Excel|PDF|DOCX|XLSX|CSV|TXT|txt|csv|xlsx|pdf|docx|UTF-8|GB18030|GBK|HTML|api|docs|json|admin|admin1|editor1|approver1|liaison1|liaison2|inspector1|assessor1|reader1|Ctrl|API|JSON|CSRF|Authorization|Bearer|Webhook|HMAC-SHA256|sha256|cron|X-Zhoubao-[A-Za-z-]+)$/;

const BUSY = ".ant-spin-spinning, .ant-skeleton, [data-loading=true]";

/**
 * Waits until the screen has stopped loading: no spinner, no skeleton, none of the app's
 * requests in flight (counted by browser.ts' newPage), fonts loaded and no transition
 * running; then two frames, so that the layout of what arrived last has been computed.
 * Checked at every frame by the page itself, not by sleeps between round trips.
 */
export async function settled(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      (busy) =>
        !document.querySelector(busy) &&
        !(window as unknown as { __zbBusy?: number }).__zbBusy &&
        document.fonts.status === "loaded" &&
        // Finite animations only: a status dot's endless pulse never ends and moves nothing.
        document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
      BUSY,
      { polling: "raf", timeout: 30_000 },
    );
  } catch (e) {
    const what = await page.locator(BUSY).evaluateAll((els) => els.map((el) => `${el.className} ${el.textContent?.slice(0, 40)}`));
    const requests = await page.evaluate(() => (window as unknown as { __zbBusy?: number }).__zbBusy);
    throw new Error(`页面加载未完成：${(e as Error).message}（${page.url()} 仍在加载：${what.join("；")}；进行中的请求 ${requests}）`);
  }
  await frames(page, 2);
}

export type ScreenReport = { name: string; latin: string[]; overflow: boolean };

/** Opens a screen, waits for it, screenshots it at both sizes and reports untranslated text and sideways overflow at each. */
export async function visit(page: Page, url: string, path: string, name: string): Promise<ScreenReport> {
  if (path) await go(page, url, path);
  await settled(page);
  const report: ScreenReport = { name, latin: await untranslated(page, ALLOWED_LATIN), overflow: false };
  await shoot(page, name, async () => void (report.overflow ||= await overflowsX(page)));
  return report;
}
