import { describe, expect, it } from "vitest";
import { htmlText } from "./html.js";
import { sniff } from "./sniff.js";
import { parseReportText, readReport } from "../index.js";
import { renderHtml } from "../../../render/index.js";
import { compareFacts } from "../testing/compareFacts.js";
import { FIXTURES, SAMPLES, casesIn } from "../testing/fixtures.js";

describe("HTML → lines", () => {
  it("gives a line per block and a tab-separated line per table row, without scripts, styles or comments", () => {
    const html = `<!DOCTYPE html><html><head><title>周报</title><style>p{color:red}</style></head><body>
      <!-- 注释 --><script>var x = "<p>不是正文</p>";</script>
      <h1>窗口工作周报</h1><p>一、<b>惠企政策</b>
        直达快享</p><div>甲<br>乙</div>
      <table><tr><th>序号</th><th>部门窗口</th></tr><tr><td></td><td>科技厅 &amp; 水利厅</td></tr></table>
      <p>A&#x4e2d;&#20013;&nbsp;B&unknown;</p></body></html>`;
    expect(htmlText(html).split("\n")).toEqual(["窗口工作周报", "一、惠企政策 直达快享", "甲", "乙", "序号\t部门窗口", "\t科技厅 & 水利厅", "A中中 B&unknown;"]);
  });

  it("is recognised by its markup, not by its name", () => {
    expect(sniff(Buffer.from("\uFEFF<!doctype html><html>"))).toBe("html");
    expect(sniff(Buffer.from("  <!-- x --><article class=\"zb-doc\">"))).toBe("html");
    expect(sniff(Buffer.from("窗口工作周报\n<p>"))).toBe("text");
  });
});

describe("import → render HTML → import", () => {
  const cases = [...casesIn(FIXTURES), ...casesIn(SAMPLES)];
  it.each(cases.map((c) => [c.name, c] as const))("%s: the rendered HTML imports to the same facts", async (_n, c) => {
    const { doc } = parseReportText(c.text);
    const first = parseReportText(c.text).facts;
    for (const standalone of [true, false]) {
      const r = await readReport({ name: `${c.name}.html`, bytes: Buffer.from(renderHtml(doc, { standalone }), "utf8") });
      expect(r.source.format).toBe("html");
      const same = compareFacts(c.expected, r.facts);
      expect(same.misses).toEqual([]);
      expect(same.matched).toBe(same.checked);
      // Everything the first import understood is understood again, nothing more is left over.
      expect(compareFacts(first as unknown as Record<string, unknown>, r.facts).misses).toEqual([]);
    }
  });
});
