import { afterAll, describe, expect, it } from "vitest";
import { renderHtml } from "../index.js";
import { fixture2023 } from "../fixtures.js";
import { PAGE } from "../layout.js";
import { BrowserPool } from "../pdf/browser.js";
import { chromiumAvailable } from "../testing.js";

const MM_PX = 96 / 25.4;

/**
 * The standalone HTML on screen (a downloaded .html, the web app's reading view and preview):
 * an A4 sheet, margins included, centred with 20 px of grey either side in a frame of the
 * sheet plus 40 px — where web/src/components/PageFrame.tsx expects the text column when it
 * crops the page to it.
 */
describe.skipIf(!chromiumAvailable())("the HTML on screen", () => {
  const pool = new BrowserPool();
  afterAll(() => pool.close());

  it("is an A4 sheet centred in its frame, the text column 28 mm in from its left edge", async () => {
    const frame = Math.round(PAGE.widthMm * MM_PX) + 40;
    const html = renderHtml(fixture2023(), { standalone: true });
    const box = await pool.serving({ "issue.html": { body: html, contentType: "text/html; charset=utf-8" } }, (base) =>
      pool.withPage(async (page) => {
        await page.emulateMedia({ media: "screen" });
        await page.setViewportSize({ width: frame, height: 1000 });
        try {
          await page.goto(`${base}issue.html`, { waitUntil: "load" });
          return await page.evaluate(() => {
            const rect = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
            return { sheet: rect(".zb-doc"), column: rect(".zb-flow") };
          });
        } finally {
          await page.emulateMedia({ media: "print" });
        }
      }),
    );
    expect(box.sheet.width).toBeCloseTo(PAGE.widthMm * MM_PX, 0);
    expect(box.sheet.left).toBeCloseTo(20, 0);
    expect(box.column.left).toBeCloseTo(20 + PAGE.margin.leftMm * MM_PX, 0);
    expect(box.column.width).toBeCloseTo((PAGE.widthMm - PAGE.margin.leftMm - PAGE.margin.rightMm) * MM_PX, 0);
  }, 60_000);
});
