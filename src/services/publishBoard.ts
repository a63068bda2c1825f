import { randomUUID } from "node:crypto";
import { isZhoubaoError, ZhoubaoError } from "../domain/errors.js";
import { PUBLISH_STEPS, type PublishJobView, type PublishStepKey } from "../domain/publishing.js";
import type { Store } from "../store/index.js";
import type { Actor } from "./actor.js";
import { transitionIssue } from "./issuePublisher.js";

/** How long an ended publication stays readable, so a page that polls late still learns the outcome. */
const KEEP_MS = 10 * 60_000;

type Job = { centerId: number; view: PublishJobView; began: number; endedAt: number | null };
/** Publications of this process, in memory: a publish runs in one request's process and ends with it. */
const jobs = new Map<string, Job>();

function prune(now: number) {
  for (const [id, j] of jobs) if (j.endedAt !== null && now - j.endedAt > KEEP_MS) jobs.delete(id);
}

function closeRunning(j: Job, state: "done" | "failed") {
  const running = j.view.steps.find((s) => s.state === "running");
  if (!running) return;
  running.state = state;
  running.ms = Date.now() - j.began;
}

/**
 * Publishes an issue in the background and answers as soon as the checks begin, with the
 * job whose steps (校核, DOCX, PDF, HTML, 归档) the page then polls. A refusal before the
 * checks (role, state, unknown issue) rejects here, so the request gets its own status.
 *
 * @example
 * const job = await startPublishing(store, editor, "2026-46"); // { id, state: "running", steps: [{ key: "check", state: "running" }, …] }
 */
export function startPublishing(store: Store, actor: Actor, ref: string, comment?: string): Promise<PublishJobView> {
  const now = Date.now();
  prune(now);
  for (const j of jobs.values())
    if (j.centerId === actor.centerId && j.view.issue === ref && j.view.state === "running")
      throw new ZhoubaoError("issue.publishing", `${ref.replace("-", "年第")}期正在发布，请等待这次发布完成。`, { job: j.view.id });
  const job: Job = {
    centerId: actor.centerId,
    began: now,
    endedAt: null,
    view: { id: randomUUID(), issue: ref, state: "running", steps: PUBLISH_STEPS.map(([key, label]) => ({ key, label, state: "pending" as const, ms: null })), error: null },
  };
  const step = (key: PublishStepKey) => {
    closeRunning(job, "done");
    job.began = Date.now();
    const s = job.view.steps.find((x) => x.key === key)!;
    s.state = "running";
  };
  return new Promise((resolve, reject) => {
    let started = false;
    transitionIssue(store, actor, ref, { action: "publish", ...(comment ? { comment } : {}) }, (key) => {
      step(key);
      if (!started) {
        started = true;
        jobs.set(job.view.id, job);
        resolve(structuredClone(job.view));
      }
    }).then(
      () => {
        closeRunning(job, "done");
        job.view.state = "done";
        job.endedAt = Date.now();
      },
      (e: unknown) => {
        if (!started) return reject(e);
        closeRunning(job, "failed");
        job.view.state = "failed";
        job.view.error = isZhoubaoError(e) ? { code: e.code, message: e.message } : { code: "render.failed", message: `发布失败：${e instanceof Error ? e.message : String(e)}` };
        job.endedAt = Date.now();
      },
    );
  });
}

/** A publication of the actor's center, as it stands now. */
export function publishJob(actor: { centerId: number }, id: string): PublishJobView {
  const j = jobs.get(id);
  if (!j || j.centerId !== actor.centerId) throw new ZhoubaoError("issue.publish-job-not-found", "未找到该发布进度：编号不对，或发布结束已超过 10 分钟。", { id });
  return structuredClone(j.view);
}
