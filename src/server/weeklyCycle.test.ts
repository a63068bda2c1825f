import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../store/testing.js";
import { ApiClient, startTestApp, type TestApp } from "./testing.js";
import { sectionOf, weekFigures } from "./weeklyFigures.js";

const SIX = ["按时到岗情况", "工作区域标准化执行情况", "着装情况", "工作牌佩戴情况", "纪律秩序", "大厅防控情况"];

/**
 * The weekly cycle through the API, as the center runs it: liaisons of two departments
 * submit, one item is returned and resubmitted, the editor assembles the issue, the
 * checks run, the approver signs it off, publishing freezes it, an edit afterwards is
 * refused, a correction makes a revision, and the audit log shows every step.
 */
describe.each(storeFactories())("weekly cycle on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, approver: ApiClient, liaisonA: ApiClient, liaisonB: ApiClient, inspector: ApiClient, assessor: ApiClient, admin: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory, { draft: false });
    [editor, approver, liaisonA, liaisonB, inspector, assessor, admin] = await Promise.all(
      (["editor", "approver", "liaison", "liaison2", "inspector", "assessor", "admin"] as const).map((r) => t.as(r)),
    );
  });
  afterAll(async () => t?.close());

  it("runs from submissions to a published, corrected issue", { timeout: 180_000 }, async () => {
    // The editor starts the week's draft: numbers, period and tree follow the last issue.
    const created = await editor.post("/api/issues", {});
    expect(created.status).toBe(201);
    const ref: string = created.body.issue.ref;
    const issueId: number = created.body.issue.id;
    expect(created.body.issue).toMatchObject({ status: "draft", revision: 0 });
    const newsSection = sectionOf(created.body.issue.sections, "news");

    // Liaisons of two departments submit; each sees only their own department's items.
    const a = await liaisonA.post("/api/submissions", { kind: "news", sectionId: newsSection.id, text: "窗口推出“预约+延时”服务，本周为企业群众办理业务一百余件。" });
    const b = await liaisonB.post("/api/submissions", { kind: "news", sectionId: newsSection.id, text: "窗口开展业务培训，梳理高频事项办事指南十二项并上墙公示。" });
    const visit = await liaisonB.post("/api/submissions", { kind: "leader-visit", date: created.body.issue.period.start, person: "王建国", title: "副厅长" });
    expect([a.status, b.status, visit.status]).toEqual([201, 201, 201]);
    expect(a.body).toMatchObject({ status: "draft", department: t.users.liaison.department, issue: ref });
    for (const [c, id] of [[liaisonA, a.body.id], [liaisonB, b.body.id], [liaisonB, visit.body.id]] as const)
      expect((await c.post(`/api/submissions/${id}/submit`)).body.status).toBe("submitted");
    expect((await liaisonA.get("/api/submissions")).body.submissions.map((s: any) => s.id)).toEqual([a.body.id]);
    expect((await liaisonA.get(`/api/submissions/${b.body.id}`)).body.code).toBe("submission.not-found");
    expect((await editor.get(`/api/submissions?issue=${ref}&status=submitted`)).body.submissions).toHaveLength(3);

    // One item is returned with a comment, reworked and submitted again.
    const returned = await editor.post(`/api/submissions/${a.body.id}/return`, { comment: "请补充办理件数的具体数字。" });
    expect(returned.body).toMatchObject({ status: "returned", comment: "请补充办理件数的具体数字。" });
    expect((await editor.post(`/api/submissions/${a.body.id}/accept`)).body.code).toBe("submission.bad-state");
    const reworked = "窗口推出“预约+延时”服务，本周为企业群众办理业务 126 件。";
    expect((await liaisonA.put(`/api/submissions/${a.body.id}`, { kind: "news", sectionId: newsSection.id, text: reworked })).status).toBe(200);
    expect((await liaisonA.post(`/api/submissions/${a.body.id}/submit`)).body.status).toBe("submitted");

    // The editor accepts all three: they enter the tree with their departments.
    for (const id of [a.body.id, b.body.id, visit.body.id]) expect((await editor.post(`/api/submissions/${id}/accept`, {})).body.status).toBe("accepted");
    let issue = (await editor.get(`/api/issues/${ref}`)).body;
    const items = sectionOf(issue.sections, "news").content.items;
    expect(items.map((i: any) => [i.text, i.departments, i.submissionId])).toEqual([
      [reworked, [t.users.liaison.department], String(a.body.id)],
      [b.body.content.text, [t.users.liaison2.department], String(b.body.id)],
    ]);
    expect(sectionOf(issue.sections, "leader-visits").content.visits[0]).toMatchObject({ person: "王建国", department: t.users.liaison2.department });

    // The inspector's record and the assessor's month (approved by the editor) are attached.
    const ins = await inspector.post("/api/inspections", { inspectedOn: issue.period.end, items: SIX.map((item, i) => ({ item, verdict: i === 2 ? "个别窗口人员未按规定着装，已当场提醒" : "总体情况良好" })) });
    expect(ins.status).toBe(201);
    expect((await editor.post(`/api/inspections/${ins.body.id}/attach`)).body.attachedAt).toBeTruthy();
    const month = `${issue.period.start.slice(0, 7)}`;
    const prevMonth = month.endsWith("-01") ? `${Number(month.slice(0, 4)) - 1}-12` : `${month.slice(0, 5)}${String(Number(month.slice(5)) - 1).padStart(2, "0")}`;
    const ass = await assessor.post("/api/assessments", {
      month: prevMonth,
      entries: [
        { department: t.users.liaison.department, deductions: [{ points: 1, reason: "窗口人员迟到一次" }], bonuses: [{ points: 3, reason: "收到表扬信" }] },
        { department: t.users.liaison2.department, deductions: [], bonuses: [{ points: 2, reason: "主动延时服务" }] },
      ],
    });
    expect(ass.body.rows.map((r: any) => [r.rank, r.score])).toEqual([[1, 102], [1, 102]]);
    expect((await editor.post(`/api/assessments/${ass.body.id}/attach`, { issue: ref })).body.code).toBe("assessment.bad-state");
    expect((await editor.post(`/api/assessments/${ass.body.id}/approve`)).body.status).toBe("approved");
    expect((await editor.post(`/api/assessments/${ass.body.id}/attach`, { issue: ref })).body.issue).toBe(ref);

    // The editor types the figures; a lowered year-to-date figure is an error the checks catch.
    issue = (await editor.get(`/api/issues/${ref}`)).body;
    const previous = (await editor.get(`/api/issues/${(await editor.get("/api/issues?limit=2")).body.issues[1].ref}`)).body;
    const sections = weekFigures(issue.sections, previous.sections, issue.period.end);
    const wrong = structuredClone(sections);
    sectionOf(wrong, "platform-stats").content.licensing!.accepted = 10;
    let saved = await editor.put(`/api/issues/${ref}`, { document: { ...issue, sections: wrong }, updatedAt: issue.updatedAt });
    expect(saved.status).toBe(200);
    expect(saved.body.findings.map((f: any) => [f.code, f.severity])).toContainEqual(["stats.ytd-decreased", "error"]);
    const refused = await editor.post(`/api/issues/${ref}/transitions`, { action: "submit" });
    expect([refused.status, refused.body.code]).toEqual([409, "issue.checks-failed"]);
    expect((await editor.put(`/api/issues/${ref}`, { document: { ...issue, sections }, updatedAt: issue.updatedAt })).body.code).toBe("issue.stale");

    // Corrected, one warning remains (as-of date): it needs a written reason before submission.
    sectionOf(sections, "platform-stats").content.asOf = issue.period.start;
    saved = await editor.put(`/api/issues/${ref}`, { document: { ...saved.body, sections }, updatedAt: saved.body.updatedAt });
    const warning = saved.body.findings.find((f: any) => f.severity === "warning");
    expect(saved.body.findings.filter((f: any) => f.severity === "error")).toEqual([]);
    expect(warning.code).toBe("stats.as-of-mismatch");
    expect((await editor.post(`/api/issues/${ref}/transitions`, { action: "submit" })).body.code).toBe("issue.checks-failed");
    const reason = "平台数据截至周期首日导出，次周补齐";
    const ov = await editor.put(`/api/issues/${ref}/overrides`, { overrides: [{ code: warning.code, sectionId: warning.sectionId, field: warning.field, reason }] });
    expect(ov.body.findings.find((f: any) => f.code === warning.code)).toMatchObject({ overridden: true, overrideReason: reason });
    expect((await editor.post(`/api/issues/${ref}/transitions`, { action: "submit", comment: "请审核" })).body.status).toBe("review");
    expect((await editor.put(`/api/issues/${ref}`, { document: saved.body })).body.code).toBe("issue.locked");

    // An error that appears during review (a holiday declared inside the period) blocks the sign-off.
    expect((await admin.put(`/api/calendar/overrides/${issue.period.start}`, { workday: false, note: "临时调休" })).status).toBe(200);
    const blocked = await approver.post(`/api/issues/${ref}/transitions`, { action: "approve" });
    expect([blocked.status, blocked.body.code, blocked.body.details.errors[0].code]).toEqual([409, "issue.checks-failed", "period.not-workday"]);
    expect((await admin.del(`/api/calendar/overrides/${issue.period.start}`)).status).toBe(200);
    expect((await editor.post(`/api/issues/${ref}/transitions`, { action: "approve" })).body.code).toBe("auth.forbidden");
    const approved = await approver.post(`/api/issues/${ref}/transitions`, { action: "approve", comment: "同意印发" });
    expect(approved.body).toMatchObject({ status: "approved", workflow: { approvedBy: "t-approver", submittedBy: "t-editor" } });

    // Publishing freezes the issue as revision 1 with its DOCX, PDF and HTML kept.
    const published = await editor.post(`/api/issues/${ref}/transitions`, { action: "publish" });
    expect(published.body).toMatchObject({ status: "published", revision: 1, workflow: { publishedBy: "t-editor" } });
    expect(published.body.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const pdf = await liaisonA.get(`/api/issues/${ref}/document.pdf`);
    const docx = await editor.get(`/api/issues/${ref}/document.docx`);
    const html = await t.as("reader").then((r) => r.get(`/api/issues/${ref}/document.html`));
    expect([pdf.status, pdf.raw.subarray(0, 4).toString()]).toEqual([200, "%PDF"]);
    expect([docx.status, docx.raw.subarray(0, 2).toString()]).toEqual([200, "PK"]);
    expect(String(docx.headers["content-disposition"])).toContain("filename*=UTF-8''");
    expect(html.body).toContain("126");
    expect(await t.store.issueDocuments.list(issueId)).toHaveLength(3);

    // A published issue is immutable: edits, submissions and workflow moves are refused.
    const frozen = (await editor.get(`/api/issues/${ref}`)).body;
    const edit = await editor.put(`/api/issues/${ref}`, { document: { ...frozen, copies: 1 } });
    expect([edit.status, edit.body.code]).toEqual([409, "issue.immutable"]);
    expect((await liaisonA.post("/api/submissions", { issue: ref, kind: "news", sectionId: newsSection.id, text: "发布之后再报送的一条动态，应被拒绝。" })).body.code).toBe("issue.immutable");
    expect((await editor.post(`/api/issues/${ref}/transitions`, { action: "reopen" })).body.code).toBe("issue.bad-transition");
    expect((await editor.post(`/api/inspections/${ins.body.id}/attach`)).body.code).toBe("issue.immutable");

    // A correction makes revision 2 with its reason; revision 1 stays readable.
    const fixed = structuredClone(frozen);
    sectionOf(fixed.sections, "news").content.items[0].text = reworked.replace("126", "128");
    expect((await editor.post(`/api/issues/${ref}/corrections`, { reason: "x", document: fixed })).status).toBe(400);
    const corrected = await editor.post(`/api/issues/${ref}/corrections`, { reason: "办件数量统计有误，由126件更正为128件", document: fixed });
    expect(corrected.body).toMatchObject({ status: "published", revision: 2 });
    const revisions = (await liaisonB.get(`/api/issues/${ref}/revisions`)).body.revisions;
    expect(revisions.map((r: any) => [r.revision, r.reason, r.createdBy])).toEqual([
      [1, null, "t-editor"],
      [2, "办件数量统计有误，由126件更正为128件", "t-editor"],
    ]);
    expect(sectionOf((await editor.get(`/api/issues/${ref}/revisions/1`)).body.document.sections, "news").content.items[0].text).toBe(reworked);
    expect((await editor.get(`/api/issues/${ref}/document.html?revision=1`)).body).toContain("126");
    expect((await editor.get(`/api/issues/${ref}/document.html`)).body).toContain("128");
    expect(await t.store.issueDocuments.list(issueId)).toHaveLength(6);

    // The audit log shows every step, with who did it and the state before and after.
    const log = (await editor.get(`/api/audit?entity=issue&entityId=${issueId}&limit=500`)).body.entries.reverse();
    expect(log.map((e: any) => `${e.actor} ${e.action}`)).toEqual([
      "t-editor create",
      "t-editor accept-submission",
      "t-editor accept-submission",
      "t-editor accept-submission",
      "t-editor attach-inspection",
      "t-editor attach-assessment",
      "t-editor update",
      "t-editor update",
      "t-editor overrides",
      "t-editor submit",
      "t-approver approve",
      "t-editor publish",
      "t-editor correct",
    ]);
    expect(log.find((e: any) => e.action === "approve")).toMatchObject({ before: { status: "review" }, after: { status: "approved", comment: "同意印发" } });
    const subLog = (await admin.get(`/api/audit?entity=submission&entityId=${a.body.id}`)).body.entries.reverse();
    expect(subLog.map((e: any) => `${e.actor} ${e.action} ${e.after?.status ?? ""}`)).toEqual([
      "t-liaison create draft",
      "t-liaison submit submitted",
      "t-editor return returned",
      "t-liaison update returned",
      "t-liaison submit submitted",
      "t-editor accept accepted",
    ]);
    for (const entity of ["inspection", "assessment", "calendar"])
      expect((await admin.get(`/api/audit?entity=${entity}`)).body.entries.length).toBeGreaterThan(0);
    expect((await liaisonA.get("/api/audit")).body.code).toBe("auth.forbidden");
  });
});
