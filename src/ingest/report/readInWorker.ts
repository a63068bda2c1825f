import { basename } from "node:path";
import { parentPort, workerData, type Worker } from "node:worker_threads";
import { DepartmentRegistry, type Department } from "../../domain/departments/registry.js";
import { isZhoubaoError, ZhoubaoError } from "../../domain/errors.js";
import { startModuleWorker } from "../threads.js";
import { readReport, type ReadReport } from "./index.js";
import type { ReportSource } from "./extract/index.js";
import type { ParseOptions } from "./types.js";

/**
 * Reading a past issue on a worker thread with a time budget (issue 20): extraction and
 * parsing are CPU work on the uploaded bytes (mammoth and JSZip, the HTML and text
 * parsers), so on the server's thread a hostile file would hold up every other request.
 * Past the budget the thread is terminated, whatever it is stuck in, and the import
 * refused with import.too-slow.
 */

const DEFAULT_BUDGET_MS = 20_000;
/** Far above what a weekly report needs (a 50 MB upload parses in a few hundred MB); a bomb ends here, not in the server. */
const LIMITS = { maxOldGenerationSizeMb: 1536 };

type Job = { source: ReportSource; departments?: Department[]; issuer?: string; sourceName?: string };
type Reply = { ok: true; result: ReadReport } | { ok: false; error: { code?: string; message: string; details?: unknown; stack?: string } };

/** The budget: ZHOUBAO_IMPORT_TIME_BUDGET_MS when set to a positive number, else 20 s. */
export function reportBudgetMs(): number {
  const n = Number(process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_BUDGET_MS;
}

let running = 0;
/** Reports being read on worker threads right now (the server stays free while they run). */
export const reportReadsRunning = (): number => running;

/** The worker side: says it is loaded, then reads each job it is sent. */
function serve(): void {
  const port = parentPort!;
  port.on("message", async (job: Job) => {
    let reply: Reply;
    try {
      const registry = job.departments ? new DepartmentRegistry(job.departments) : undefined;
      reply = { ok: true, result: await readReport(job.source, { registry, issuer: job.issuer, sourceName: job.sourceName }) };
    } catch (e) {
      reply = {
        ok: false,
        error: isZhoubaoError(e) ? { code: e.code, message: e.message, details: e.details } : { message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined },
      };
    }
    port.postMessage(reply);
  });
  port.postMessage("ready");
}

/**
 * Threads kept between reads: starting one costs ~100 ms compiled and seconds from the
 * sources, which the budget must not count and each import should not pay. Idle threads
 * are unref'd, so they never keep the process alive; a thread that overran or failed is
 * terminated, never reused.
 */
const idle: Worker[] = [];
const KEEP_IDLE = 2;

function take(): Promise<Worker> {
  const reused = idle.pop();
  if (reused) {
    reused.ref();
    return Promise.resolve(reused);
  }
  const worker = startModuleWorker(import.meta.url, { zhoubaoReportRead: true }, LIMITS);
  return new Promise((resolve, reject) => {
    worker.once("message", () => {
      worker.off("error", reject);
      resolve(worker);
    });
    worker.once("error", reject);
  });
}

function release(worker: Worker): void {
  if (idle.length >= KEEP_IDLE) return void worker.terminate();
  worker.unref();
  idle.push(worker);
}

const nameOf = (source: ReportSource) => (typeof source === "string" ? basename(source) : source.name);

/**
 * readReport on a worker thread, ended after `budgetMs` (import.too-slow). Errors come
 * back as they were thrown: ZhoubaoErrors with their code, anything else as an Error.
 *
 * @example
 * const r = await readReportInWorker({ name: "2023-49.docx", bytes }, { registry, issuer });
 */
export async function readReportInWorker(source: ReportSource, options: ParseOptions = {}, budgetMs = reportBudgetMs()): Promise<ReadReport> {
  const job: Job = { source, departments: options.registry?.departments, issuer: options.issuer, sourceName: options.sourceName };
  running++;
  let worker: Worker;
  try {
    worker = await take();
  } catch (e) {
    running--;
    throw e;
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      running--;
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (reusable) release(worker);
      else void worker.terminate();
      settle();
    };
    // The clock runs from the moment the thread has the file: only the reading is timed.
    const timer = setTimeout(() => finish(() => reject(tooSlow(source, budgetMs)), false), budgetMs);
    const onMessage = (m: Reply) =>
      finish(() => {
        if (m.ok) return resolve(m.result);
        const { code, message, details, stack } = m.error;
        reject(code ? new ZhoubaoError(code as ZhoubaoError["code"], message, details) : Object.assign(new Error(message), { stack }));
      }, true);
    const onError = (e: Error & { code?: string }) =>
      finish(
        () =>
          reject(
            e.code === "ERR_WORKER_OUT_OF_MEMORY"
              ? new ZhoubaoError("import.unreadable", `文件“${nameOf(source)}”读取时所需内存超过上限，文件可能过大或结构异常（如压缩炸弹），未导入。`)
              : e,
          ),
        false,
      );
    const onExit = (code: number) => finish(() => reject(new Error(`读取线程意外退出（${code}）。`)), false);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(job);
  });
}

function tooSlow(source: ReportSource, budgetMs: number): ZhoubaoError {
  const limit = budgetMs < 1000 ? `${budgetMs} 毫秒` : `${Math.round(budgetMs / 100) / 10} 秒`;
  return new ZhoubaoError(
    "import.too-slow",
    `文件“${nameOf(source)}”读取超过 ${limit}仍未完成，已停止。文件可能过大或结构异常：请在 Word/WPS 中打开后另存为 DOCX 或 TXT，或拆分后再导入。`,
    { budgetMs },
  );
}

if (parentPort && workerData && typeof workerData === "object" && "zhoubaoReportRead" in workerData) serve();
