import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What a whole process cost: wall time, CPU time (user + system, all threads), peak memory. */
export type ProcessUsage = { wallS: number; cpuS: number; peakMb: number; code: number | null; stdout: string };

// Preloaded into the measured process: at exit it writes its own resourceUsage() to the
// file ZHOUBAO_USAGE_FILE names. Node has no rusage of a child; from inside, the figures
// cover the whole process, worker threads included.
const PRELOAD = `data:text/javascript,${encodeURIComponent(
  'import { writeFileSync } from "node:fs"; process.on("exit", () => writeFileSync(process.env.ZHOUBAO_USAGE_FILE, JSON.stringify(process.resourceUsage())));',
)}`;

/** Runs `node ARGS` to its end and measures it. */
export async function measureNode(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ProcessUsage> {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-usage-"));
  const file = join(dir, "usage.json");
  try {
    const started = performance.now();
    const p = spawn(process.execPath, ["--import", PRELOAD, ...args], { env: { ...process.env, ...env, ZHOUBAO_USAGE_FILE: file }, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    p.stdout.on("data", (d) => (stdout += d));
    const code = await new Promise<number | null>((r) => p.on("exit", r));
    const wallS = (performance.now() - started) / 1000;
    const u = JSON.parse(readFileSync(file, "utf8")) as NodeJS.ResourceUsage;
    return { wallS, cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6, peakMb: u.maxRSS / 1024, code, stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median wall time, CPU time and peak memory of `runs` runs. */
export async function medianUsage(runs: number, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ProcessUsage> {
  const all: ProcessUsage[] = [];
  for (let i = 0; i < runs; i++) all.push(await measureNode(args, env));
  return { ...all[0], wallS: median(all.map((u) => u.wallS)), cpuS: median(all.map((u) => u.cpuS)), peakMb: median(all.map((u) => u.peakMb)) };
}
