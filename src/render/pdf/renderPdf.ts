import { isZhoubaoError, ZhoubaoError } from "../../domain/index.js";
import { htmlOfModel } from "../html/renderHtml.js";
import { officialFontFaces } from "./fontFaces.js";
import type { DocumentModel } from "../model.js";
import type { BrowserPool } from "./browser.js";
import { placeColophon } from "./placeColophon.js";

/**
 * Prints the standalone HTML of a model to PDF in the pool's chromium, the 版记 placed
 * at the foot of the last page first. The official fonts go in as subsets of the issue's
 * characters (fontFaces.ts): chromium would otherwise subset the whole CJK files itself.
 *
 * @example
 * const pdf = await pdfOfModel(pool, buildDocumentModel(doc)); // %PDF-…
 */
export async function pdfOfModel(pool: BrowserPool, model: DocumentModel): Promise<Buffer> {
  try {
    const fonts = officialFontFaces(htmlOfModel(model, { standalone: true }));
    const html = htmlOfModel(model, { standalone: true, fontFaces: fonts.css });
    const files = { "issue.html": { body: html, contentType: "text/html; charset=utf-8" }, ...fonts.files };
    return await pool.serving(files, (base) =>
      pool.withPage(async (page) => {
        await page.goto(`${base}issue.html`, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.evaluate(placeColophon);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false });
        return Buffer.from(pdf);
      }),
    );
  } catch (e) {
    if (isZhoubaoError(e)) throw e;
    throw new ZhoubaoError("render.failed", `生成 PDF 失败：${(e as Error).message}`);
  }
}
