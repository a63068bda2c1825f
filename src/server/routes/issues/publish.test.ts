import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLISH_STEPS } from "../../../domain/publishing.js";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";
import { completeDraft } from "../../weeklyFigures.js";

/** Polls a publish job until it ends, keeping every distinct picture of its steps. */
async function follow(c: ApiClient, id: string) {
  const seen: string[] = [];
  for (let i = 0; i < 600; i++) {
    const r = await c.get(`/api/publish-jobs/${id}`);
    expect(r.status).toBe(200);
    const picture = r.body.steps.map((s: { key: string; state: string }) => `${s.key}:${s.state}`).join(" ");
    if (seen.at(-1) !== picture) seen.push(picture);
    if (r.body.state !== "running") return { job: r.body, seen };
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error("publish job never ended");
}

// Publishing renders DOCX, PDF (chromium, started cold) and HTML: allow more than the default 30 s.
describe.each(storeFactories())("publishing with its steps on $name", { timeout: 120_000 }, (factory) => {
  let t: TestApp;
  let editor: ApiClient, approver: ApiClient, admin: ApiClient;
  let ref: string;
  beforeAll(async () => {
    t = await startTestApp(factory);
    [editor, approver, admin] = await Promise.all([t.as("editor"), t.as("approver"), t.as("admin")]);
    ref = `${t.draft.year}-${t.draft.seq}`;
    await completeDraft(editor, ref);
    expect((await editor.post(`/api/issues/${ref}/transitions`, { action: "submit" })).body.status).toBe("review");
    expect((await approver.post(`/api/issues/${ref}/transitions`, { action: "approve" })).body.status).toBe("approved");
  });
  afterAll(async () => t?.close());

  it("refuses before starting what the role or the state does not allow, with the route's own status", async () => {
    const forbidden = await approver.post(`/api/issues/${ref}/publish-jobs`, {});
    expect([forbidden.status, forbidden.body.code]).toEqual([403, "auth.forbidden"]);
    const draft = (await t.store.issueIndex.list(t.centerId, { status: "published", limit: 1 }))[0];
    const done = await editor.post(`/api/issues/${draft.year}-${draft.seq}/publish-jobs`, {});
    expect([done.status, done.body.code]).toEqual([409, "issue.bad-transition"]);
    expect(done.body.message).toMatch(/不能发布/);
    const missing = await editor.get("/api/publish-jobs/no-such-job");
    expect([missing.status, missing.body.code]).toEqual([404, "issue.publish-job-not-found"]);
  });

  it("a check failing after the start is reported in the job, at the 校核 step, and leaves the issue approved", async () => {
    const { period } = (await editor.get(`/api/issues/${ref}`)).body;
    expect((await admin.put(`/api/calendar/overrides/${period.start}`, { workday: false, note: "临时调休" })).status).toBe(200);
    try {
      const r = await editor.post(`/api/issues/${ref}/publish-jobs`, {});
      expect(r.status).toBe(202);
      const { job } = await follow(editor, r.body.id);
      expect(job.state).toBe("failed");
      expect(job.error.code).toBe("issue.checks-failed");
      expect(job.steps.map((s: { state: string }) => s.state)).toEqual(["failed", "pending", "pending", "pending", "pending"]);
      expect((await editor.get(`/api/issues/${ref}`)).body.status).toBe("approved");
    } finally {
      expect((await admin.del(`/api/calendar/overrides/${period.start}`)).status).toBe(200);
    }
  });

  it("publishes step by step (校核, DOCX, PDF, HTML, 归档), each step timed, and keeps the three files", async () => {
    const r = await editor.post(`/api/issues/${ref}/publish-jobs`, { comment: "按时发布" });
    expect(r.status).toBe(202);
    expect(r.body.steps.map((s: { label: string }) => s.label)).toEqual(PUBLISH_STEPS.map(([, l]) => l));
    expect(r.body.steps[0].state).toBe("running");
    const again = await editor.post(`/api/issues/${ref}/publish-jobs`, {});
    expect([again.status, again.body.code]).toEqual([409, "issue.publishing"]);
    const { job, seen } = await follow(editor, r.body.id);
    expect(job).toMatchObject({ state: "done", issue: ref, error: null });
    expect(job.steps.every((s: { state: string; ms: number }) => s.state === "done" && s.ms >= 0)).toBe(true);
    // PDF printing takes long enough for the poll to see it running.
    expect(seen).toContain("check:done docx:done pdf:running html:pending archive:pending");
    const issue = (await editor.get(`/api/issues/${ref}`)).body;
    expect(issue).toMatchObject({ status: "published", revision: 1, workflow: { publishedBy: "t-editor", comment: "按时发布" } });
    expect(await t.store.issueDocuments.list(issue.id)).toHaveLength(3);
    // The approver follows the same job.
    expect((await approver.get(`/api/publish-jobs/${r.body.id}`)).body.state).toBe("done");
  });
});
