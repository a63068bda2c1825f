import { afterEach, describe, expect, it } from "vitest";
import { isZhoubaoError } from "../domain/errors.js";
import { openStore, type Store } from "../store/index.js";
import { seededStore, storeFactories } from "../store/testing.js";
import { systemActor, type Actor } from "./actor.js";
import { createIssue } from "./issueEditor.js";
import { schedulePublish } from "./scheduledPublisher.js";
import { listSchedules, nextOccurrence, runDueJobs, updateSchedule } from "./scheduler.js";

/** China time → Date: cst("2026-12-03 10:00") is 02:00 UTC. */
const cst = (s: string) => new Date(`${s.replace(" ", "T")}:00+08:00`);
const clock = (s: string) => () => cst(s);

it("computes the next occurrence in China time", () => {
  // 2026-12-03 is a Thursday.
  expect(nextOccurrence("0 10 * * 4", cst("2026-12-02 08:00")).toISOString()).toBe("2026-12-03T02:00:00.000Z");
  expect(nextOccurrence("0 10 * * 4", cst("2026-12-03 10:00")).toISOString()).toBe("2026-12-10T02:00:00.000Z");
  expect(() => nextOccurrence("每周四", new Date())).toThrow(/cron/);
});

describe.each(storeFactories())("the week's rhythm on $name", (factory) => {
  const open: Store[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });

  /** A center with an editor, four liaisons (one inactive, one whose department has submitted) and a draft issue. */
  async function center() {
    const { store, centerId } = await seededStore(factory);
    open.push(store);
    const deps = (await store.departments.list(centerId)).map((d) => ({ id: d.id! }));
    const user = (username: string, role: "editor" | "liaison" | "admin", departmentId: number | null) =>
      store.users.create(centerId, { username, displayName: username, role, departmentId, passwordHash: "x", mustChangePassword: false });
    const [editor, admin, a, b, c, off] = [
      await user("ed", "editor", null),
      await user("ad", "admin", null),
      await user("liaison-a", "liaison", deps[0].id),
      await user("liaison-b", "liaison", deps[1].id),
      await user("liaison-c", "liaison", deps[2].id),
      await user("liaison-off", "liaison", deps[3].id),
    ];
    await store.users.update(off.id, { active: false });
    await store.notifications.setEmail(a.id, "a@example.gov.cn");
    await store.notifications.setEmail(editor.id, "editor@example.gov.cn");
    const actor = (u: typeof editor, role: Actor["role"]): Actor => ({ ...systemActor(centerId), userId: u.id, username: u.username, role });
    const { issue } = await createIssue(store, actor(editor, "editor"), {});
    const news = issue.sections.flatMap(function all(s): typeof issue.sections {
      return [s, ...s.children.flatMap(all)];
    }).find((s) => s.content.kind === "news")!;
    const sub = await store.submissions.create({ centerId, issueId: issue.id, departmentId: deps[2].id, authorId: c.id, content: { kind: "news", sectionId: news.id, text: "本周窗口推行帮办代办服务，群众满意度提升。" } });
    await store.submissions.update(centerId, sub.id, { status: "submitted", submittedAt: new Date().toISOString() });
    return { store, centerId, issue, users: { editor, a, b, c, off }, admin: actor(admin, "admin"), editor: actor(editor, "editor") };
  }

  const reminded = async (store: Store, ids: number[]) => Object.fromEntries(await Promise.all(ids.map(async (id) => [id, (await store.notifications.list(id)).map((n) => n.kind)])));

  it("reminds on Thursday 10:00 only the liaisons who have not submitted, on Friday the editor while the issue is a draft", async () => {
    const { store, centerId, issue, users } = await center();
    const all = [users.a.id, users.b.id, users.c.id, users.off.id, users.editor.id];
    expect(await runDueJobs(store, clock("2026-12-02 08:00"))).toEqual({ ran: 0, failed: 0 });
    expect(await runDueJobs(store, () => new Date(cst("2026-12-03 10:00").getTime() - 1000))).toEqual({ ran: 0, failed: 0 });
    expect(await store.notifications.unread(users.a.id)).toBe(0);

    expect(await runDueJobs(store, clock("2026-12-03 10:00"))).toEqual({ ran: 1, failed: 0 });
    expect(await reminded(store, all)).toEqual({ [users.a.id]: ["remind-liaisons"], [users.b.id]: ["remind-liaisons"], [users.c.id]: [], [users.off.id]: [], [users.editor.id]: [] });
    const [note] = await store.notifications.list(users.a.id);
    expect(note).toMatchObject({ link: "/submissions", readAt: null });
    expect(note.message).toContain(`${issue.year}年第${issue.seq}期`);
    // E-mail only to the liaison who gave an address, queued in the outbox.
    const mails = await store.deliveries.list(centerId);
    expect(mails.map((d) => [d.channel, d.event, d.target, d.status])).toEqual([["mail", "reminder", "a@example.gov.cn", "queued"]]);
    // Run again the same minute: nothing twice; the next one is a week later.
    expect(await runDueJobs(store, clock("2026-12-03 10:01"))).toEqual({ ran: 0, failed: 0 });
    const schedules = await listSchedules(store, centerId, cst("2026-12-03 10:01"));
    expect(schedules.find((s) => s.kind === "remind-liaisons")).toMatchObject({ dueAt: "2026-12-10T02:00:00.000Z", lastRunAt: cst("2026-12-03 10:00").toISOString() });

    expect(await runDueJobs(store, clock("2026-12-04 10:00"))).toEqual({ ran: 1, failed: 0 });
    expect((await reminded(store, [users.editor.id, users.a.id]))).toEqual({ [users.editor.id]: ["remind-editor"], [users.a.id]: ["remind-liaisons"] });
    expect((await store.deliveries.list(centerId)).map((d) => d.target)).toEqual(["editor@example.gov.cn", "a@example.gov.cn"]);

    // In review the next Friday: the editor is not reminded.
    await store.issues.setStatus(issue.id, "review");
    expect(await runDueJobs(store, clock("2026-12-11 10:00"))).toEqual({ ran: 2, failed: 0 });
    expect(await store.notifications.list(users.editor.id)).toHaveLength(1);
  });

  it("runs after a restart a job that fell due while the server was down", async () => {
    const { store, users } = await center();
    expect(await runDueJobs(store, clock("2026-12-02 08:00"))).toEqual({ ran: 0, failed: 0 });
    // The server stops on Wednesday and comes back on Thursday afternoon, on a new connection.
    const again = await openStore(store.target);
    open.push(again);
    expect(await runDueJobs(again, clock("2026-12-03 15:00"))).toEqual({ ran: 1, failed: 0 });
    expect(await again.notifications.unread(users.b.id)).toBe(1);
    // Its next run is the regular time, not "15:00 + a week".
    expect((await listSchedules(again, users.a.centerId, cst("2026-12-03 15:00"))).find((s) => s.kind === "remind-liaisons")!.dueAt).toBe("2026-12-10T02:00:00.000Z");
  });

  it("lets the admin move a reminder; a bad time is refused with a code and changes nothing", async () => {
    const { store, centerId, admin, editor } = await center();
    const now = cst("2026-12-02 08:00");
    await listSchedules(store, centerId, now);
    const moved = await updateSchedule(store, admin, { kind: "remind-liaisons", cron: "30 9 * * 3" }, now);
    expect(moved.find((s) => s.kind === "remind-liaisons")).toMatchObject({ cron: "30 9 * * 3", dueAt: "2026-12-02T01:30:00.000Z", active: true });
    const refused = await updateSchedule(store, admin, { kind: "remind-liaisons", cron: "每周三上午九点半提醒" }, now).catch((e) => e);
    expect(isZhoubaoError(refused) && refused.code).toBe("schedule.bad-cron");
    expect(refused.message).toMatch(/无法识别/);
    expect((await listSchedules(store, centerId, now)).find((s) => s.kind === "remind-liaisons")!.cron).toBe("30 9 * * 3");
    const forbidden = await updateSchedule(store, editor, { kind: "remind-editor", cron: "0 9 * * 5" }, now).catch((e) => e);
    expect(forbidden.code).toBe("auth.forbidden");
    // Off: no reminder at its time.
    await updateSchedule(store, admin, { kind: "remind-liaisons", cron: "30 9 * * 3", active: false }, now);
    expect(await runDueJobs(store, clock("2026-12-02 09:30"))).toEqual({ ran: 0, failed: 0 });
  });

  it("refuses to schedule the publishing of an issue that is not approved", async () => {
    const { store, issue, editor } = await center();
    const r = await schedulePublish(store, editor, `${issue.year}-${issue.seq}`, { at: new Date(Date.now() + 3600_000).toISOString() }).catch((e) => e);
    expect([r.code, r.message]).toEqual(["issue.bad-transition", `${issue.year}年第${issue.seq}期尚未签发，签发后才能定时发布。`]);
    const bad = await schedulePublish(store, editor, `${issue.year}-${issue.seq}`, { at: "明天上午" }).catch((e) => e);
    expect(bad.code).toBe("input.invalid");
    expect(await store.jobs.latestOnce(issue.centerId, "publish", issue.id)).toBeNull();
  });
});
