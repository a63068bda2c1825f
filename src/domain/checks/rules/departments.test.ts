import { describe, expect, it } from "vitest";
import type { IssueDocument } from "../../model/issue.js";
import { firstOfKind } from "../../tree.js";
import { contextOf, findingsOf, issue2023_02, issue2023_49 } from "../fixtures.js";

const unknown = (doc: IssueDocument) => findingsOf("department.unknown", doc, contextOf(null));

describe("department.unknown", () => {
  it("passes the departments of 2023-49 (visits, news, manual, the 29 assessment rows) and aliases", () => {
    expect(unknown(issue2023_49())).toEqual([]);
    const doc = issue2023_02();
    firstOfKind(doc.sections, "leader-visits")!.content.visits[0].department = "应急厅";
    expect(unknown(doc)).toEqual([]);
  });

  it("warns for a department the registry does not know, wherever it is named", () => {
    const doc = issue2023_49();
    firstOfKind(doc.sections, "leader-visits")!.content.visits[1].department = "省大数据中心";
    firstOfKind(doc.sections, "news")!.content.items[0].departments.push("某某局");
    doc.attachments[0].rows[3].department = "省林业局";
    const f = unknown(doc);
    expect(f.map((x) => [x.severity, x.field])).toEqual([
      ["warning", "visits[1].department"],
      ["warning", "items[0].departments[1]"],
      ["warning", "attachments[0].rows[3].department"],
    ]);
    expect(f[0].message).toContain("“省大数据中心”");
    expect(f[0].section).toBe("厅（局）长进大厅");
    expect(f[2].section).toBe("附件：2023年10月省政务服务大厅进驻部门（单位）窗口考核结果");
  });
});
