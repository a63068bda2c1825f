import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../store/index.js";
import { fixture2023 } from "../../render/fixtures.js";
import { runCli, runCliHere } from "../testing.js";
import { chromiumAvailable } from "../../render/testing.js";
import { bodyStandIns } from "../../render/fonts/fontReport.js";

describe("zhoubao render", () => {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-render-cli-"));
  const db = join(dir, "z.db");
  beforeAll(async () => {
    const store = await openStore(db);
    const center = await store.centers.default();
    await store.departments.seed(center.id);
    await store.issues.create(center.id, fixture2023(), {});
    await store.close();
  });

  it("writes DOCX and HTML of a stored issue", () => {
    const docx = join(dir, "a.docx");
    const r = runCli(db, ["render", "2023-49", "--format", "docx", "--out", docx]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe("PK");
    const html = join(dir, "a.html");
    expect(runCli(db, ["render", "2023-49", "--out", html]).code).toBe(0);
    expect(readFileSync(html, "utf8")).toContain("（共印91份）");
  }, 120_000);

  it("refuses an unknown format or issue and writes nothing", async () => {
    const out = join(dir, "x.odt");
    const bad = await runCliHere(db, ["render", "2023-49", "--out", out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("[input.invalid]");
    const missing = await runCliHere(db, ["render", "2023-50", "--format", "pdf", "--out", join(dir, "y.pdf")]);
    expect(missing.stderr).toContain("[issue.not-found]");
    expect(existsSync(out) || existsSync(join(dir, "y.pdf"))).toBe(false);
  }, 120_000);

  it.skipIf(!chromiumAvailable())("writes a PDF and says which face printed each official font", () => {
    const r = runCli(db, ["render", "2023-49", "--format", "pdf", "--out", join(dir, "p.pdf")]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, "p.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(r.stdout).toMatch(/字体：仿宋_GB2312 → \S+/);
    // The fixture names people and firms with characters outside GB2312: where the body's face lacks them, the stand-in is named.
    if (bodyStandIns("镕").length) expect(r.stdout).toMatch(/正文字体中没有“[^”]*镕[^”]*”：由 .+ 补字。/);
  }, 120_000);

  it("names the package to install when chromium is missing", () => {
    const saved = process.env.ZHOUBAO_CHROMIUM;
    process.env.ZHOUBAO_CHROMIUM = "/nonexistent/chromium";
    try {
      const r = runCli(db, ["render", "2023-49", "--format", "pdf", "--out", join(dir, "z.pdf")]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("[render.chromium-missing]");
      expect(r.stderr).toContain("apt-get install chromium");
      expect(existsSync(join(dir, "z.pdf"))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.ZHOUBAO_CHROMIUM;
      else process.env.ZHOUBAO_CHROMIUM = saved;
    }
  }, 120_000);
});
