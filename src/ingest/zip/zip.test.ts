import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isZhoubaoError } from "../../domain/index.js";
import { extractReport } from "../report/index.js";
import { readXlsx } from "../ledger/xlsxReader.js";
import type { RecordSink } from "../ledger/csvReader.js";
import { bytesReader, zipEntries } from "./directory.js";
import { ZIP_FIXTURES, zipFixture } from "./testing.js";

async function refusal(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  const err = await run().then(
    () => null,
    (e: unknown) => e,
  );
  if (!isZhoubaoError(err)) throw new Error(`expected a ZhoubaoError, got ${String(err)}`);
  return { code: err.code, message: err.message };
}

/** A sink that must never be reached: the file is refused before any row. */
const noRows: RecordSink = {
  fieldLimit: 0,
  bytes: () => expect.fail("no row expected"),
  values: () => expect.fail("no row expected"),
  malformed: () => expect.fail("no row expected"),
  drain: async () => {},
} as unknown as RecordSink;

describe("broken and hostile DOCX", () => {
  it("reads the sound fixture, so the broken ones fail for their flaw alone", async () => {
    expect((await extractReport(zipFixture("good.docx"))).text).toBe("窗口工作周报");
  });

  const cases: [string, RegExp][] = [
    ["truncated.docx", /文件不完整/],
    ["size-mismatch.docx", /文件已损坏/],
    ["bomb.docx", /超过上限 200 MB/],
    ["claiming-bomb.docx", /超过上限 200 MB/],
    ["lying-bomb.docx", /document\.xml.*超过上限 32 MB/],
    ["many-entries.docx", /超过上限 2000/],
  ];
  for (const [name, why] of cases)
    it(`refuses ${name} with import.unreadable naming the file`, async () => {
      const r = await refusal(() => extractReport(zipFixture(name)));
      expect(r.code).toBe("import.unreadable");
      expect(r.message).toContain(`文件“${name}”`);
      expect(r.message).toMatch(why);
      expect(r.message).not.toMatch(/Bug|Corrupted|uncompressed/);
    });

  it("reads the sizes the central directory declares", async () => {
    const { bytes } = zipFixture("bomb.docx");
    const entries = await zipEntries(bytesReader(bytes), bytes.byteLength, 10);
    expect(entries.map((e) => [e.name, e.uncompressed])).toEqual([
      ["[Content_Types].xml", 98],
      ["word/document.xml", 300 << 20],
    ]);
  });
});

describe("broken and hostile XLSX", () => {
  for (const [name, why] of [
    ["truncated.xlsx", /文件不完整/],
    ["bomb.xlsx", /sheet1\.xml.*超过上限/],
  ] as const)
    it(`refuses ${name} with ledger.bad-file before reading a row`, async () => {
      const r = await refusal(() => readXlsx(join(ZIP_FIXTURES, name), noRows));
      expect(r.code).toBe("ledger.bad-file");
      expect(r.message).toContain(name);
      expect(r.message).toMatch(why);
    });
});
