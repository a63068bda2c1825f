import { existsSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliDatabases, runCli } from "../../cli/testing.js";
import { isZhoubaoError } from "../../domain/errors.js";
import { startTestApp, type ApiClient, type TestApp } from "../../server/testing.js";
import { storeFactories } from "../../store/testing.js";
import type { RecordSink } from "./csvReader.js";
import { readXlsx } from "./xlsxReader.js";

/** An XLSX on which exceljs's streaming reader neither ends nor fails (fixtures/broken/README.md). */
const STALLED = join(import.meta.dirname, "fixtures/broken/stalled.xlsx");

const noRows: RecordSink = { fieldLimit: 10, bytes: () => {}, values: () => {}, malformed: () => {}, drain: async () => {} };

/** Upload folders (src/server/uploads) that still hold the stalled file. */
const leftUploads = () => readdirSync(tmpdir()).filter((d) => d.startsWith("zhoubao-upload-") && existsSync(join(tmpdir(), d, "stalled.xlsx")));

describe("a stalled XLSX read", () => {
  it("ends with ledger.stalled once nothing moves for the watchdog's time", async () => {
    // Without the entry check, exceljs really stalls on this file: only the watchdog ends it.
    const e = await readXlsx(STALLED, noRows, undefined, 300, { checkEntries: false }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(isZhoubaoError(e) && e.code).toBe("ledger.stalled");
    expect((e as Error).message).toMatch(/stalled\.xlsx.*没有进展/);
  });

  it("is refused before exceljs reads it: the entry check finds the damaged data", async () => {
    const e = await readXlsx(STALLED, noRows, undefined, 300).then(
      () => null,
      (x: unknown) => x,
    );
    expect(isZhoubaoError(e) && e.code).toBe("ledger.bad-file");
  });
});

describe.each(cliDatabases())("zhoubao import cases of a stalled XLSX on $name", ({ create }) => {
  it("prints the Chinese message and exits non-zero (not 13 in silence)", async () => {
    const db = await create();
    process.env.ZHOUBAO_XLSX_STALL_SECONDS = "1";
    try {
      const r = runCli(db, ["import", "cases", STALLED]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^错误 \[ledger\.bad-file\]：XLSX 文件“stalled\.xlsx”无法读取/);
      const log = runCli(db, ["stats", "imports", "--json"]);
      expect(log.code, log.stderr).toBe(0);
      expect(JSON.parse(log.stdout)).toEqual([]);
    } finally {
      delete process.env.ZHOUBAO_XLSX_STALL_SECONDS;
    }
  }, 60_000);
});

describe.each(storeFactories())("uploading a stalled XLSX on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false, draft: false });
    editor = await t.as("editor");
    process.env.ZHOUBAO_XLSX_STALL_SECONDS = "1";
  });
  afterAll(async () => {
    delete process.env.ZHOUBAO_XLSX_STALL_SECONDS;
    await t?.close();
  });

  it("answers 400 ledger.bad-file, shows the progress as failed and leaves no upload behind", async () => {
    const key = `stall-${factory.name}-${Date.now()}`;
    const r = await editor.upload("/api/ledger/cases", { progressKey: key }, { name: "stalled.xlsx", bytes: readFileSync(STALLED) });
    expect([r.status, r.body.code]).toEqual([400, "ledger.bad-file"]);
    expect(r.body.message).toMatch(/[\u4e00-\u9fff]/);
    const p = await editor.get(`/api/ledger/progress/${key}`);
    expect(p.body).toMatchObject({ phase: "failed", file: "stalled.xlsx" });
    expect(p.body.error).toContain("无法读取");
    expect(leftUploads()).toEqual([]);
    expect(await t.store.ledger.imports(t.centerId, 10)).toEqual([]);
  }, 60_000);
});
