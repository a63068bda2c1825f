/**
 * The clients of the load run (bench/loadBench.ts), in a worker thread so that they do
 * not share the server's event loop. Each client is a person at a browser: it sends a
 * request, waits for the answer, then pauses (think time) before the next one.
 */
import { Agent, request } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

export type Session = { cookie: string; csrf: string };
export type ClientPlan = {
  port: number;
  clients: number;
  seconds: number;
  /** Pause between a client's requests, uniformly in [min, max] ms; [0, 0] hammers. */
  thinkMs: [number, number];
  readers: Session[];
  editor: Session;
  liaisons: Session[];
  refs: string[];
  newsSectionId: string;
};
export type Kind = "list" | "issue" | "submit";
/** `clientLoopMaxMs`: the longest hold-up of the (lightly loaded) client thread — a measure of the machine's own noise. */
export type ClientResult = { latencies: Record<Kind, number[]>; errors: string[]; elapsedMs: number; clientLoopP99Ms: number; clientLoopMaxMs: number };

function call(agent: Agent, port: number, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const extra = body ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } : {};
    const req = request({ host: "127.0.0.1", port, method, path, agent, headers: { ...headers, ...extra } }, (res) => {
      let data = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (data += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function runClients(p: ClientPlan): Promise<ClientResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: p.clients + 8 });
  const latencies: ClientResult["latencies"] = { list: [], issue: [], submit: [] };
  const errors: string[] = [];
  const end = Date.now() + p.seconds * 1000;
  const started = performance.now();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let n = 0;
  const pause = () => new Promise((r) => setTimeout(r, p.thinkMs[0] + Math.random() * (p.thinkMs[1] - p.thinkMs[0])));
  await Promise.all(
    Array.from({ length: p.clients }, async (_, c) => {
      // Stagger the start so that the clients do not all fire in the same millisecond.
      if (p.thinkMs[1] > 0) await new Promise((r) => setTimeout(r, (c / p.clients) * p.thinkMs[1]));
      while (Date.now() < end) {
        const k = n++;
        const r = k % 10;
        const kind: Kind = r < 4 ? "list" : r < 8 ? "issue" : "submit";
        const s = kind === "list" ? p.readers[k % p.readers.length] : kind === "issue" ? p.editor : p.liaisons[k % p.liaisons.length];
        const path = kind === "list" ? "/api/issues?limit=20" : kind === "issue" ? `/api/issues/${p.refs[k % p.refs.length]}` : "/api/submissions";
        const body = kind === "submit" ? JSON.stringify({ kind: "news", sectionId: p.newsSectionId, text: `压测第${k}条：窗口推行“一窗通办”，本周办理业务${k % 97}件。` }) : undefined;
        const t0 = performance.now();
        try {
          const res = await call(agent, p.port, body ? "POST" : "GET", path, { cookie: s.cookie, ...(body ? { "x-csrf-token": s.csrf } : {}) }, body);
          latencies[kind].push(performance.now() - t0);
          if (res.status >= 400) errors.push(`${path}: ${res.status} ${res.body.slice(0, 200)}`);
        } catch (e) {
          errors.push(`${path}: ${(e as Error).message}`);
        }
        if (p.thinkMs[1] > 0) await pause();
      }
    }),
  );
  loop.disable();
  agent.destroy();
  return { latencies, errors, elapsedMs: performance.now() - started, clientLoopP99Ms: loop.percentile(99) / 1e6, clientLoopMaxMs: loop.max / 1e6 };
}

if (parentPort && workerData) parentPort.postMessage(await runClients(workerData as ClientPlan));
