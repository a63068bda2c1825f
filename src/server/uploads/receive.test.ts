import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../../ingest/report/testing/fixtures.js";
import { storeFactories } from "../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../testing.js";

/** A multipart body written byte by byte, so that file names can hold what browsers would escape (NUL, newlines). */
function multipart(fields: Record<string, string>, file: { name: string; bytes: Uint8Array }): { body: Buffer; type: string } {
  const boundary = `----zhoubao${randomBytes(8).toString("hex")}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

describe.each(storeFactories())("upload limits and file names on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient;
  const LIMIT = 8 * 1024;
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false, draft: false, uploads: { reportMaxBytes: LIMIT, ledgerMaxBytes: LIMIT } });
    editor = await t.as("editor");
  });
  afterAll(async () => t?.close());
  const send = (url: string, fields: Record<string, string>, file: { name: string; bytes: Uint8Array }) => {
    const m = multipart(fields, file);
    return editor.request("POST", url, m.body, { headers: { "content-type": m.type } });
  };

  /** The same request over a real socket, where the body arrives in several chunks (the case the check once missed). */
  const sendOverHttp = async (url: string, fields: Record<string, string>, file: { name: string; bytes: Uint8Array }) => {
    const m = multipart(fields, file);
    const cookie = [...editor.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const r = await fetch(`${base}${url}`, { method: "POST", body: new Uint8Array(m.body), headers: { "content-type": m.type, cookie, "x-csrf-token": editor.cookies.get("zb_csrf")! } });
    return { status: r.status, body: await r.json() };
  };
  let base = "";

  it("refuses every over-limit upload with 413 upload.too-large, on both upload paths, and stores nothing", async () => {
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    // Sizes around the limit and far above it: the cut must be seen whichever chunk carries it.
    const sizes = [LIMIT + 1, LIMIT + 100, LIMIT + 4096, 3 * LIMIT, 10 * LIMIT];
    for (const url of ["/api/imports", "/api/ledger/cases"])
      for (const size of sizes)
        for (let i = 0; i < 4; i++) {
          const r = await (i % 2 ? sendOverHttp : send)(url, { dryRun: "false" }, { name: "大文件.txt", bytes: Buffer.alloc(size, "周") });
          expect([url, size, r.status, r.body.code]).toEqual([url, size, 413, "upload.too-large"]);
          expect(r.body.message).toContain("超过上传上限");
        }
    expect(await t.store.issueIndex.list(t.centerId)).toEqual([]);
  });

  it("uses a clean name for a file named with NUL, newlines, path separators or nothing", async () => {
    const bytes = readFileSync(join(FIXTURES, "2023-45.txt"));
    const named = async (name: string) => (await send("/api/imports", { dryRun: "true" }, { name, bytes })).body;
    expect(await named("../../etc/x\u0000y\u0001/2023-45.txt")).toMatchObject({ file: "2023-45.txt", stored: false });
    expect(await named("C:\\周报\\第45期\u0000.txt")).toMatchObject({ file: "第45期.txt" });
    expect(await named(`${"长".repeat(300)}.txt`)).toMatchObject({ file: `${"长".repeat(116)}.txt` });
    // An empty name (once a 500) is named "upload"; the content still tells the format.
    expect(await named("")).toMatchObject({ file: "upload", issue: { ref: "2023-45" } });
    expect(await named("\u0000")).toMatchObject({ file: "upload" });
  });
});
