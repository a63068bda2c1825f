/**
 * Load run of the collaboration server on loopback: a real `listen`ed server on
 * 127.0.0.1 and 200 concurrent clients for 30 s (a worker thread, keep-alive HTTP)
 * that read issues (the list; whole issues with their checks) and submit items
 * (liaisons of 20 departments creating news items in the current draft).
 *
 * Each client behaves like a person at a browser: after each answer it pauses 0.5–1.5 s
 * (ZHOUBAO_BENCH_THINK_MS=min-max changes it). Target: 0 errors, p99 ≤ 50 ms. A short
 * saturation run without pauses follows, for the server's capacity in requests per second.
 *
 *   node bin/run-ts.js bench/loadBench.ts                          # 30 s, SQLite in a temp folder
 *   ZHOUBAO_BENCH_SECONDS=5 node bin/run-ts.js bench/loadBench.ts   # quick run
 *   BENCH_DATABASE_URL=postgres://… node bin/run-ts.js bench/loadBench.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { seedDemo } from "../src/demo/seedDemo.js";
import { walkSections } from "../src/domain/tree.js";
import { buildApp } from "../src/server/app.js";
import { addUser } from "../src/services/accountManager.js";
import { systemActor } from "../src/services/actor.js";
import { createIssue } from "../src/services/issueEditor.js";
import { openStore } from "../src/store/index.js";
import type { ClientPlan, ClientResult, Kind, Session } from "./loadClients.js";

const PASSWORD = "Bench-Password-2026";
const TARGET_P99_MS = 50;

async function login(base: string, username: string): Promise<Session> {
  const cookie = (r: Response, name: string) => r.headers.getSetCookie().find((c) => c.startsWith(`${name}=`))!.split(";")[0].slice(name.length + 1);
  const token = cookie(await fetch(`${base}/api/auth/csrf`), "zb_csrf");
  const r = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: `zb_csrf=${token}`, "x-csrf-token": token },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (r.status !== 200) throw new Error(`登录 ${username} 失败：${r.status} ${await r.text()}`);
  const csrf = cookie(r, "zb_csrf");
  return { cookie: `zb_session=${cookie(r, "zb_session")}; zb_csrf=${csrf}`, csrf };
}

function clientsIn(plan: ClientPlan): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    // The worker compiles the TypeScript client through tsx, as bin/run-ts.js does for this file.
    const entry = new URL("./loadClients.ts", import.meta.url).href;
    const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
    const w = new Worker(boot, { eval: true, workerData: plan });
    w.once("message", resolve);
    w.once("error", reject);
  });
}

async function onPostgres(url: string, statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(statement);
  await c.end();
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const line = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${String(s.length).padStart(6)} req  p50 ${percentile(s, 50).toFixed(1)} ms  p90 ${percentile(s, 90).toFixed(1)} ms  p99 ${percentile(s, 99).toFixed(1)} ms  max ${(s.at(-1) ?? 0).toFixed(1)} ms`;
};

/** Seeds a store, starts the server, runs the clients and prints the figures; returns p50/p99 (ms) and the error count. */
export async function run(opts: { seconds?: number; clients?: number; databaseUrl?: string } = {}) {
  const seconds = opts.seconds ?? Number(process.env.ZHOUBAO_BENCH_SECONDS ?? 30);
  const clients = opts.clients ?? Number(process.env.ZHOUBAO_BENCH_CLIENTS ?? 200);
  const [thinkMin, thinkMax] = (process.env.ZHOUBAO_BENCH_THINK_MS ?? "500-1500").split("-").map(Number);
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-load-"));
  const pgUrl = opts.databaseUrl ?? process.env.BENCH_DATABASE_URL;
  // On PostgreSQL the run gets a schema of its own, dropped afterwards: the database is left as it was.
  const schema = pgUrl ? `bench_${process.pid}_${Date.now().toString(36)}` : null;
  if (pgUrl && schema) await onPostgres(pgUrl, `create schema ${schema}`);
  const store = await openStore(pgUrl && schema ? { dialect: "postgres", url: pgUrl, schema } : join(dir, "load.db"));
  const center = await store.centers.default();
  await store.departments.seed(center.id);
  await seedDemo(store, center.id);
  const system = systemActor(center.id);
  const departments = (await store.departments.list(center.id)).slice(0, 20);
  const names = ["bench-editor", "bench-reader", ...departments.map((_, i) => `bench-liaison-${i + 1}`)];
  for (const [i, username] of names.entries())
    await addUser(store, system, { username, displayName: username, role: i === 0 ? "editor" : i === 1 ? "reader" : "liaison", departmentId: i > 1 ? departments[i - 2].id! : null, password: PASSWORD });
  const editor = { ...system, userId: (await store.users.byUsername("bench-editor"))!.id, username: "bench-editor", role: "editor" as const };
  const { issue: draft } = await createIssue(store, editor, {});
  const newsSectionId = [...walkSections(draft.sections)].find((s) => s.content.kind === "news")!.id;
  const refs = (await store.issueIndex.list(center.id, { limit: 10 })).map((i) => `${i.year}-${i.seq}`);

  // Without the per-session write limit: the saturation run sends a session's writes back to back,
  // far beyond a person's pace, and measures the server, not the limiter.
  const app = await buildApp({ store, webDist: null, writeRateLimit: null });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const port = (app.server.address() as { port: number }).port;
  const base = `http://127.0.0.1:${port}`;
  const sessions = new Map<string, Session>();
  for (const n of names) sessions.set(n, await login(base, n));
  const plan: ClientPlan = {
    port,
    clients,
    seconds,
    thinkMs: [thinkMin, thinkMax],
    readers: [sessions.get("bench-editor")!, sessions.get("bench-reader")!],
    editor: sessions.get("bench-editor")!,
    liaisons: names.slice(2).map((n) => sessions.get(n)!),
    refs,
    newsSectionId,
  };
  // How long the server's event loop was held up: tells a slow server from a slow machine.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  try {
    loop.enable();
    const r = await clientsIn(plan);
    loop.disable();
    const all = Object.values(r.latencies).flat().sort((a, b) => a - b);
    const p50 = percentile(all, 50);
    const p99 = percentile(all, 99);
    console.log(`load: ${clients} concurrent clients for ${seconds} s, pausing ${thinkMin}–${thinkMax} ms between requests; ${store.dialect}, loopback, keep-alive`);
    console.log(`  all     ${line(all)}  (${(all.length / (r.elapsedMs / 1000)).toFixed(0)} req/s)`);
    const paths: Record<Kind, string> = { list: "GET /api/issues?limit=20", issue: "GET /api/issues/{ref} (tree + checks)", submit: "POST /api/submissions" };
    for (const k of Object.keys(paths) as Kind[]) console.log(`  ${k.padEnd(7)} ${line(r.latencies[k])}  ${paths[k]}`);
    console.log(
      `  event-loop delay: server p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms, max ${(loop.max / 1e6).toFixed(0)} ms; ` +
        `idle client thread p99 ${r.clientLoopP99Ms.toFixed(0)} ms, max ${r.clientLoopMaxMs.toFixed(0)} ms (machine noise); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
    );
    console.log(`  errors ${r.errors.length}${r.errors.length ? `, first: ${r.errors[0]}` : ""}; target: 0 errors, p99 ≤ ${TARGET_P99_MS} ms ${r.errors.length === 0 && p99 <= TARGET_P99_MS ? "✓" : "✗"}`);

    const satSeconds = Math.min(10, seconds);
    const sat = await clientsIn({ ...plan, seconds: satSeconds, thinkMs: [0, 0] });
    const satAll = Object.values(sat.latencies).flat();
    console.log(`  capacity: the same ${clients} clients without pauses for ${satSeconds} s: ${(satAll.length / (sat.elapsedMs / 1000)).toFixed(0)} req/s, p50 ${percentile(satAll.sort((a, b) => a - b), 50).toFixed(0)} ms, errors ${sat.errors.length}`);
    return { p50, p99, errors: r.errors.length + sat.errors.length, requests: all.length };
  } finally {
    await app.close();
    await store.close();
    if (pgUrl && schema) await onPostgres(pgUrl, `drop schema ${schema} cascade`);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
