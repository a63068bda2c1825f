import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type TestApp } from "../../testing.js";

describe("GET /api/render/fonts", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(storeFactories()[0]);
  });
  afterAll(async () => t?.close());

  it("tells a signed-in user which face prints each official font, with advice when one is a stand-in", async () => {
    const r = await (await t.as("reader")).get("/api/render/fonts");
    expect(r.status).toBe(200);
    expect(r.body.fonts.map((f: { official: string }) => f.official)).toEqual(["仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"]);
    const standIn = r.body.fonts.some((f: { isOfficial: boolean }) => !f.isOfficial);
    expect(r.body.advice === null).toBe(!standIn);
    if (standIn) expect(r.body.advice).toContain("ZHOUBAO_FONTS_DIR");
  });
});
