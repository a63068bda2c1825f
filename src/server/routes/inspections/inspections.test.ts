import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";
import { sectionOf } from "../../weeklyFigures.js";

const SIX = ["按时到岗情况", "工作区域标准化执行情况", "着装情况", "工作牌佩戴情况", "纪律秩序", "大厅防控情况"];

describe.each(storeFactories())("inspection routes on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, inspector: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory);
    [editor, inspector] = await Promise.all([t.as("editor"), t.as("inspector")]);
  });
  afterAll(async () => t?.close());

  it("records the six items, attaches them to the issue, and asks for re-attachment after an edit", async () => {
    const items = SIX.map((item, i) => ({ item, verdict: i === 4 ? "部分窗口人员离岗未放置暂停服务牌" : "总体情况良好。", note: i === 4 ? "已通报" : null }));
    const rec = await inspector.post("/api/inspections", { inspectedOn: t.draft.period.end, items });
    expect(rec.status).toBe(201);
    expect(rec.body.items[4].verdict).toBe("部分窗口人员离岗未放置暂停服务牌。");
    expect(rec.body).toMatchObject({ issue: `${t.draft.year}-${t.draft.seq}`, attachedAt: null, inspector: "测试inspector" });
    const att = await editor.post(`/api/inspections/${rec.body.id}/attach`);
    expect(att.body.attachedAt).toBeTruthy();
    const issue = (await editor.get(`/api/issues/${t.draft.year}-${t.draft.seq}`)).body;
    expect(sectionOf(issue.sections, "inspection").content.items).toEqual(rec.body.items);
    const edited = await inspector.put(`/api/inspections/${rec.body.id}`, { inspectedOn: t.draft.period.end, items: SIX.map((item) => ({ item, verdict: "总体情况良好" })) });
    expect(edited.body.attachedAt).toBeNull();
    expect((await editor.get(`/api/inspections?issue=${t.draft.year}-${t.draft.seq}`)).body.inspections.map((i: { id: number }) => i.id)).toEqual([rec.body.id]);
    expect((await editor.get("/api/inspections/99999")).body.code).toBe("inspection.not-found");
  });

  it("refuses an inspection date outside the issue's period with a reason, and writes nothing", async () => {
    const items = SIX.map((item) => ({ item, verdict: "总体情况良好" }));
    const ref = `${t.draft.year}-${t.draft.seq}`;
    const before = (await editor.get(`/api/inspections?issue=${ref}`)).body.total;
    const dayBefore = new Date(Date.parse(`${t.draft.period.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const early = await inspector.post("/api/inspections", { inspectedOn: dayBefore, items });
    expect(early.status).toBe(400);
    expect(early.body.code).toBe("date.outside-period");
    expect(early.body.message).toMatch(/巡查日期.*不在.*统计周期/);
    expect((await editor.get(`/api/inspections?issue=${ref}`)).body.total).toBe(before);
    const rec = await inspector.post("/api/inspections", { inspectedOn: t.draft.period.start, items });
    expect(rec.status).toBe(201);
    const late = await inspector.put(`/api/inspections/${rec.body.id}`, { inspectedOn: "2099-01-01", items });
    expect(late.body.code).toBe("date.outside-period");
    expect((await inspector.get(`/api/inspections/${rec.body.id}`)).body.inspectedOn).toBe(t.draft.period.start);
  });
});
