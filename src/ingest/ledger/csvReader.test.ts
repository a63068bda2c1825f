import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectDelimiter, readCsv, type RecordSink } from "./csvReader.js";

type Seen = { line: number; fields: string[] } | { line: number; malformed: string };

/** Reads `data` through readCsv and returns what the sink saw, decoded. */
async function read(data: Buffer, opts: { encoding?: "utf8" | "gb18030"; skip?: number; piece?: number } = {}): Promise<Seen[]> {
  const decode = (b: Uint8Array, s: number, e: number) => iconv.decode(Buffer.from(b.subarray(s, e)), opts.encoding ?? "utf8");
  const seen: Seen[] = [];
  const sink: RecordSink = {
    fieldLimit: 512,
    bytes: (buf, starts, ends, n, line) => seen.push({ line, fields: Array.from({ length: n }, (_, i) => decode(buf, starts[i], ends[i])) }),
    values: (fields, line) => seen.push({ line, fields: fields.map(String) }),
    malformed: (line, reason) => seen.push({ line, malformed: reason }),
    drain: async () => {},
  };
  let at = 0;
  // Hand the bytes over in small pieces, so records straddle reads.
  const source = async (buf: Buffer, offset: number, length: number) => {
    const n = Math.min(length, opts.piece ?? length, data.length - at);
    data.copy(buf, offset, at, at + n);
    at += n;
    return n;
  };
  await readCsv(source, { skip: opts.skip ?? 0, decode }, sink);
  return seen;
}

describe("readCsv", () => {
  it("splits plain lines in place and parses quoted records with csv-parse", async () => {
    const text = 'a,b,c\r\n1,"x, y",3\r\n\r\n4,"multi\r\nline ""quoted""",6\r\n7,8,9';
    expect(await read(Buffer.from(text))).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "x, y", "3"] },
      { line: 4, fields: ["4", 'multi\r\nline "quoted"', "6"] },
      { line: 6, fields: ["7", "8", "9"] },
    ]);
  });

  it("gives up a line whose quote never closes, and goes on with the next", async () => {
    const seen = await read(Buffer.from('h1,h2\n"open,1\nok,2\n'));
    expect(seen).toEqual([
      { line: 1, fields: ["h1", "h2"] },
      { line: 2, malformed: expect.stringContaining("引号") },
      { line: 3, fields: ["ok", "2"] },
    ]);
  });

  it("reads GB18030 bytes and tab-separated files, skipping a BOM", async () => {
    const gbk = iconv.encode("办件编号,部门\nA1,应急管理厅\n", "gb18030");
    expect(await read(gbk, { encoding: "gb18030" })).toEqual([
      { line: 1, fields: ["办件编号", "部门"] },
      { line: 2, fields: ["A1", "应急管理厅"] },
    ]);
    const tsv = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("办件编号\t部门\nA1\t民政厅\n")]);
    expect(await read(tsv, { skip: 3 })).toEqual([
      { line: 1, fields: ["办件编号", "部门"] },
      { line: 2, fields: ["A1", "民政厅"] },
    ]);
  });

  it("keeps line numbers and fields right across chunk boundaries", async () => {
    const lines = ["编号,名称,备注"];
    for (let i = 1; i < 120_000; i++) lines.push(i % 997 === 0 ? `${i},"名称,第${i}号","两行\n备注"` : `${i},名称${i},备注`);
    const seen = await read(Buffer.from(lines.join("\n")), { piece: 65_521 });
    const rows = seen.filter((s) => "fields" in s) as { line: number; fields: string[] }[];
    expect(rows).toHaveLength(120_000);
    let line = 1;
    const wrong = rows.filter((r) => {
      const ok = r.line === line;
      line += r.fields[2] === "两行\n备注" ? 2 : 1;
      return !ok;
    });
    expect(wrong).toEqual([]);
    expect(rows[997].fields).toEqual(["997", "名称,第997号", "两行\n备注"]);
    expect(rows[119_999].fields).toEqual(["119999", "名称119999", "备注"]);
  });

  it("detects the delimiter from the header line", () => {
    expect(detectDelimiter("办件编号,部门,受理时间")).toBe(",");
    expect(detectDelimiter("办件编号\t部门\t受理时间")).toBe("\t");
    expect(detectDelimiter("办件编号;部门;受理时间")).toBe(";");
  });
});
