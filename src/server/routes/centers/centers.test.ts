import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../../services/passwordHasher.js";
import { storeFactories } from "../../../store/testing.js";
import { ApiClient, startTestApp, TEST_PASSWORD, type TestApp } from "../../testing.js";

/** 系统设置 → 中心管理 (issue 19): a province user lists and adds the centers under its own. */
describe.each(storeFactories())("center routes on $name", (factory) => {
  let t: TestApp;
  let province: ApiClient;
  const codes = async (c: ApiClient) => ((await c.get("/api/centers")).body.centers as { code: string; parentCode: string | null; depth: number }[]).map((x) => `${x.depth}:${x.code}<${x.parentCode}`);
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false, draft: false });
    province = await t.as("province");
  });
  afterAll(async () => t?.close());

  it("adds centers under the province user's own, as a tree, with departments and an audit entry", async () => {
    expect(await codes(province)).toEqual(["0:main<null"]);
    const city = await province.post("/api/centers", { code: "510100", name: "成都市政务服务中心" });
    expect([city.status, city.body]).toEqual([201, { id: expect.any(Number), code: "510100", name: "成都市政务服务中心", parentCode: "main", depth: 1 }]);
    const county = await province.post("/api/centers", { code: "510107", name: "武侯区政务服务中心", parent: "510100", copyDepartmentsFrom: "510100", template: "2022" });
    expect([county.status, county.body.depth]).toEqual([201, 2]);
    await province.post("/api/centers", { code: "510700", name: "绵阳市政务服务中心" });
    expect(await codes(province)).toEqual(["0:main<null", "1:510100<main", "2:510107<510100", "1:510700<main"]);
    const wuhou = await t.store.centers.byCode("510107");
    expect([(await t.store.departments.list(wuhou.id)).length, wuhou.defaults.template]).toEqual([29, "2022"]);
    expect((await t.store.audit.list(t.centerId, { entity: "center" })).find((e) => e.entityId === String(wuhou.id))).toMatchObject({ action: "create", actor: "t-province", entityId: String(wuhou.id), after: { code: "510107", copyDepartmentsFrom: "510100" } });
  });

  it("refuses bad codes, duplicates and parents outside its tree in Chinese, writing nothing", async () => {
    const outside = await t.store.centers.create("520000", "贵州省政务服务中心");
    const before = [await t.store.centers.list(), await t.store.audit.list(t.centerId, {})];
    const cases: [unknown, number, string][] = [
      [{ code: "510100", name: "成都" + "市中心" }, 409, "center.exists"],
      [{ code: "520000", name: "贵州省中心" }, 409, "center.exists"],
      [{ code: "51010", name: "某中心" }, 400, "center.bad-code"],
      [{ code: "990100", name: "某中心" }, 400, "center.bad-code"],
      [{ code: "510800", name: "广元市中心", parent: "510900" }, 400, "center.parent-not-found"],
      // A center outside the province user's tree is as unknown as one that does not exist.
      [{ code: "520100", name: "贵阳市中心", parent: "520000" }, 400, "center.parent-not-found"],
      [{ code: "520100", name: "贵阳市中心", parent: "510100" }, 400, "center.outside-parent"],
      [{ code: "510800", name: "广元市中心", copyDepartmentsFrom: "520000" }, 404, "center.not-found"],
      [{ code: "510800", name: "广" }, 400, "input.invalid"],
    ];
    for (const [body, status, code] of cases) {
      const r = await province.post("/api/centers", body);
      expect([body, r.status, r.body.code]).toEqual([body, status, code]);
      expect(r.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect([await t.store.centers.list(), await t.store.audit.list(t.centerId, {})]).toEqual(before);
    expect(await codes(province)).not.toContain("0:520000<null");
    expect(outside.parentId).toBeNull();
  });

  it("shows a city's province user only its own subtree, and other roles nothing", async () => {
    const city = await t.store.centers.byCode("510100");
    await t.store.users.create(city.id, { username: "cd-province", displayName: "成都管理员", role: "province", departmentId: null, passwordHash: await hashPassword(TEST_PASSWORD), mustChangePassword: false });
    const cd = new ApiClient(t.app);
    await cd.login("cd-province");
    // Its own center heads the list; the center above it is outside its reach, so not named.
    expect(await codes(cd)).toEqual(["0:510100<null", "1:510107<510100"]);
    expect((await cd.post("/api/centers", { code: "510700", name: "绵阳", parent: "main" })).body.code).toBe("center.exists");
    expect((await cd.post("/api/centers", { code: "511000", name: "内江市政务服务中心", parent: "main" })).body.code).toBe("center.parent-not-found");
    const admin = await t.as("admin");
    expect([(await admin.get("/api/centers")).status, (await admin.post("/api/centers", { code: "511000", name: "内江市政务服务中心" })).body.code]).toEqual([403, "auth.forbidden"]);
  });
});
