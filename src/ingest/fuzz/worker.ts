import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parentPort, workerData, type Worker } from "node:worker_threads";
import { seededStore, sqliteFactory } from "../../store/testing.js";
import { startModuleWorker } from "../threads.js";
import { loadSeeds } from "./seeds.js";
import { runTarget, type Outcome, type TargetInput } from "./target.js";

/**
 * One fuzzing thread: it opens its own SQLite store, then runs the inputs it is sent one
 * at a time. The thread is the unit a hang kills: past the time budget the pool terminates
 * it (whatever loop it is stuck in) and starts another.
 */

/** Twice what a legitimate import of any seed needs; a zip bomb that gets through ends as a crash, not a dead harness. */
const LIMITS = { maxOldGenerationSizeMb: 2048 };

async function serve(): Promise<void> {
  const port = parentPort!;
  const { store, centerId } = await seededStore(sqliteFactory);
  const center = await store.centers.byId(centerId);
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-fuzz-"));
  // One sound seed of each format first, untimed: the importers load exceljs, mammoth and
  // the rest on first use, seconds on a loaded machine that must not count as an input's time.
  for (const [, list] of loadSeeds()) await runTarget({ format: list[0].format, ledger: list[0].ledger, bytes: list[0].bytes }, { store, centerId, dir, issuer: center.name });
  port.on("message", async (input: TargetInput | "close") => {
    if (input === "close") {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      port.close();
      return;
    }
    port.postMessage(await runTarget(input, { store, centerId, dir, issuer: center.name }));
  });
  port.postMessage("ready");
}

if (parentPort && workerData && typeof workerData === "object" && "zhoubaoFuzz" in workerData) void serve();

/**
 * A fuzzing thread seen from the harness: `run` sends an input and resolves with its
 * outcome, a hang once `budgetMs` has passed (the thread is then terminated, and the next
 * input gets a fresh one), or a crash when the thread dies (out of memory, say).
 *
 * @example
 * const t = new FuzzThread(); await t.run(input, 10_000); await t.close();
 */
export class FuzzThread {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;

  private start(): Promise<void> {
    const worker = startModuleWorker(import.meta.url, { zhoubaoFuzz: true }, LIMITS);
    this.worker = worker;
    // The worker's store is opened before the clock starts: only the input is timed.
    return new Promise((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
    });
  }

  async run(input: TargetInput, budgetMs: number): Promise<Outcome> {
    this.ready ??= this.start();
    await this.ready;
    const worker = this.worker!;
    return new Promise<Outcome>((resolve) => {
      const done = (o: Outcome, dead: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (dead) {
          void worker.terminate();
          this.worker = null;
          this.ready = null;
        }
        resolve(o);
      };
      const onMessage = (o: Outcome) => done(o, false);
      const onError = (e: Error) => done({ class: "crash", error: `读取线程出错：${e.name}: ${e.message}` }, true);
      const onExit = (code: number) => done({ class: "crash", error: `读取线程意外退出（${code}）` }, true);
      const timer = setTimeout(() => done({ class: "hang", error: `超过 ${budgetMs} 毫秒未结束` }, true), budgetMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage(input);
    });
  }

  async close(): Promise<void> {
    if (!this.worker) return;
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    const exited = new Promise((r) => worker.once("exit", r));
    worker.postMessage("close");
    // A thread that does not end by itself within a second is ended.
    await Promise.race([exited, new Promise((r) => setTimeout(r, 1000).unref())]);
    await worker.terminate();
  }
}
