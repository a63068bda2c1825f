import { describe, expect, it } from "vitest";
import { buildDocumentModel, issuerLineFit } from "./buildDocument.js";
import { fixture2022, fixture2023 } from "../fixtures.js";
import { runsText, type Block } from "../model.js";
import { columnTwips } from "../docx/table.js";
import { TEXT_WIDTH_TWIPS } from "../layout.js";

const texts = (body: Block[]) =>
  body.map((b) => (b.type === "paragraph" ? runsText(b.runs) : b.type === "heading" ? b.number + b.text : b.type === "attachment-note" ? b.items.join() : b.text));

describe("document model", () => {
  it("puts the 2022 period under the part title and the 2023 period first", () => {
    expect(buildDocumentModel(fixture2022()).body.slice(0, 2)).toEqual([
      { type: "part-title", text: "政务服务工作" },
      { type: "period", text: "（9月13日—9月16日）" },
    ]);
    expect(buildDocumentModel(fixture2023()).body[0]).toEqual({ type: "period", text: "（12月11日—12月15日）" });
  });

  it("bolds inspection labels and the departments of a leader summary", () => {
    const b22 = buildDocumentModel(fixture2022()).body;
    const insp = b22.find((b) => b.type === "paragraph" && runsText(b.runs).startsWith("（六）大厅防控情况。"));
    expect(insp).toEqual({ type: "paragraph", runs: [{ text: "（六）" }, { text: "大厅防控情况。", bold: true }, { text: "全体居家办公，大厅实行关闭状态。" }] });
    const b23 = buildDocumentModel(fixture2023()).body;
    const summary = b23.find((b) => b.type === "paragraph" && runsText(b.runs).includes("调研值守")) as Extract<Block, { type: "paragraph" }>;
    expect(summary.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(["经济和信息化厅", "司法厅"]);
    // Visits with their own paragraphs are numbered （1）（2）（3）.
    expect(texts(b22).filter((t) => /^（[123]）9月1[456]日/.test(t))).toHaveLength(3);
  });

  it("prints ＿＿ for figures not yet entered and leaves the date blank on a draft", () => {
    const doc = fixture2023();
    const wc = doc.sections[3].children[0].content;
    if (wc.kind !== "window-counts") throw new Error("fixture changed");
    wc.week = null;
    doc.publishedOn = null;
    const model = buildDocumentModel(doc);
    expect(texts(model.body).join()).toContain("本周，共计咨询＿＿人次");
    expect(model.masthead.date).toBe("");
  });

  it("leaves 序号 empty on tied rows and keeps the table within the text width", () => {
    const table = buildDocumentModel(fixture2023()).attachments[0].table;
    expect(table.rows.slice(11, 14).map((r) => r[0])).toEqual(["12", "", "14"]);
    expect(table.rows[25]).toEqual(["26", "成都海关", "100", "-2", "0", "98"]);
    expect(columnTwips(table.columns.map((c) => c.width)).reduce((a, b) => a + b)).toBe(TEXT_WIDTH_TWIPS);
  });

  it("fits the issuer and the date on one line", () => {
    expect(issuerLineFit("四川省政务服务中心", "2023年12月26日")).toEqual({ sizePt: 16, inset: true });
    expect(issuerLineFit("四川省政府政务服务和公共资源交易服务中心", "2023年12月26日")).toEqual({ sizePt: 16, inset: false });
    expect(issuerLineFit("四川省某某市某某区政府政务服务和公共资源交易服务中心", "2023年12月26日").sizePt).toBe(14);
  });

  it("writes the 版记 with full stops and the print run", () => {
    expect(buildDocumentModel(fixture2022()).colophon).toEqual({
      lines: [
        { label: "报", text: "中心领导。" },
        { label: "送", text: "各相关省级部门（单位），中心各处（室）、直属单位。" },
        { label: "发", text: "各部门窗口。" },
      ],
      copies: "（共印80份）",
    });
  });
});
