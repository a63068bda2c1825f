import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, UNPLACED } from "../../../ingest/report/testing/fixtures.js";
import { storeFactories } from "../../../store/testing.js";
import { zipFixture } from "../../../ingest/zip/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

const fixture = (name: string) => ({ name, bytes: readFileSync(join(FIXTURES, name)) });
const expected = JSON.parse(readFileSync(join(FIXTURES, "2023-45.facts.json"), "utf8"));

describe.each(storeFactories())("past-issue upload (POST /api/imports) on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, liaison: ApiClient;
  beforeAll(async () => {
    // Tiny upload limit, so that "too large" is tested without megabytes of test data.
    t = await startTestApp(factory, { demo: false, draft: false, uploads: { reportMaxBytes: 64 * 1024, ledgerMaxBytes: 1 << 20 } });
    [editor, liaison] = await Promise.all([t.as("editor"), t.as("liaison")]);
  });
  afterAll(async () => t?.close());

  const stored = async () => (await t.store.issueIndex.list(t.centerId)).map((i) => `${i.year}-${i.seq}`);

  it("parses without storing on a dry run, then stores the issue with its facts and an audit entry", async () => {
    const dry = await editor.upload("/api/imports", { replace: "false", dryRun: "true" }, fixture("2023-45.txt"));
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ file: "2023-45.txt", stored: false, replaced: false, issue: { ref: "2023-45", total: 465, period: expected.issue.period } });
    expect(dry.body.sections).toBeGreaterThanOrEqual(5);
    expect(await stored()).toEqual([]);

    const real = await editor.upload("/api/imports", { replace: "false", dryRun: "false" }, fixture("2023-45.txt"));
    expect(real.status).toBe(200);
    expect(real.body).toMatchObject({ stored: true, replaced: false });
    // Its Word and PDF follow the original's 4 pages, and the web app is told so.
    expect((await editor.get("/api/issues/2023-45")).body.pageLayout).toEqual({ followsOriginal: true, originalPages: 4 });
    const facts = (await editor.get("/api/issues/2023-45/facts")).body;
    expect(facts.issue).toEqual(expected.issue);
    expect(facts.windowCounts).toEqual(expected.windowCounts);
    expect(facts.manualProgress).toEqual(expected.manualProgress);
    const log = await t.store.audit.list(t.centerId, { entity: "issue" });
    expect(log[0]).toMatchObject({ action: "import", actor: "t-editor", before: null, after: { year: 2023, seq: 45 } });
  });

  it("refuses an issue already stored; replace without a reason too", async () => {
    const again = await editor.upload("/api/imports", { dryRun: "false" }, fixture("2023-45.txt"));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("import.exists");
    expect(again.body.message).toMatch(/已存在/);
    // Over a published issue, replace is a correction: without a reason it is refused (workflow.test.ts has the rest).
    const replaced = await editor.upload("/api/imports", { replace: "true", dryRun: "false" }, fixture("2023-45.txt"));
    expect([replaced.status, replaced.body.code]).toEqual([400, "import.reason-required"]);
    expect(await stored()).toEqual(["2023-45"]);
  });

  it("answers bad uploads with a Chinese message and a stable code, and stores nothing", async () => {
    const before = await stored();
    const cases: [Promise<{ status: number; body: any }>, number, string][] = [
      [editor.upload("/api/imports", {}, { name: "空.txt", bytes: new Uint8Array() }), 400, "import.empty"],
      [editor.upload("/api/imports", {}, { name: "x.bin", bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256) }), 400, "import.binary"],
      [editor.upload("/api/imports", {}, { name: "note.txt", bytes: Buffer.from("这是一份会议通知，不是周报。\n请各部门于周五前报送材料。\n") }), 400, "import.not-a-report"],
      [editor.upload("/api/imports", { dryRun: "false" }), 400, "upload.missing-file"],
      [editor.post("/api/imports", { file: "2023-45.txt" }), 400, "upload.not-multipart"],
      [editor.upload("/api/imports", {}, { name: "big.txt", bytes: Buffer.alloc(65 * 1024, "周") }), 413, "upload.too-large"],
      // Corrupt and hostile DOCX: a 400 with the code, not JSZip's error as a 500.
      ...["truncated.docx", "size-mismatch.docx", "claiming-bomb.docx"].map((name) => [editor.upload("/api/imports", {}, zipFixture(name)), 400, "import.unreadable"] as [Promise<{ status: number; body: any }>, number, string]),
      // A misspelt dry run must not import for real.
      [editor.upload("/api/imports", { dryRun: "yes" }, fixture("2023-45.txt")), 400, "input.invalid"],
    ];
    for (const [answer, status, code] of cases) {
      const r = await answer;
      expect([r.status, r.body.code]).toEqual([status, code]);
      expect(r.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await stored()).toEqual(before);
  });

  it("stores a past issue with a broken number and unread text, with its findings; strict refuses it", async () => {
    // 2023-38 printed 总第461期 where the year's offset gives 458, and holds text the parser could not place.
    const text = readFileSync(join(UNPLACED, "2023-38.txt"), "utf8").replace("总第458期", "总第461期");
    const broken = { name: "2023-38.txt", bytes: Buffer.from(text) };
    const strict = await editor.upload("/api/imports", { strict: "true" }, broken);
    expect([strict.status, strict.body.code]).toEqual([409, "issue.numbering-broken"]);
    // Numbered right, the unread text alone is an error strict import refuses.
    const unread = await editor.upload("/api/imports", { strict: "true" }, fixture("unplaced/2023-38.txt"));
    expect([unread.status, unread.body.code]).toEqual([409, "import.checks-failed"]);
    expect(unread.body.message).toMatch(/严格导入/);
    expect(await stored()).toEqual(["2023-45"]);

    const r = await editor.upload("/api/imports", { dryRun: "false" }, broken);
    expect(r.status).toBe(200);
    expect(r.body.stored).toBe(true);
    const codes = r.body.findings.map((f: { code: string }) => f.code);
    expect(codes).toContain("numbering.offset-changed");
    expect(codes.filter((c: string) => c === "content.unreviewed")).toHaveLength(5);
    expect(await stored()).toEqual(expect.arrayContaining(["2023-38", "2023-45"]));
    const checked = (await editor.get("/api/issues/2023-38")).body;
    expect(JSON.stringify(checked)).toContain("省人大代表视察组");
  });

  it("is not for liaisons", async () => {
    const r = await liaison.upload("/api/imports", {}, fixture("2022-38.txt"));
    expect([r.status, r.body.code]).toEqual([403, "auth.forbidden"]);
  });
});
