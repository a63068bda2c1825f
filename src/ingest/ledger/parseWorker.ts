import { parentPort, workerData } from "node:worker_threads";
import { startModuleWorker } from "../threads.js";
import { isZhoubaoError, ZhoubaoError } from "../../domain/errors.js";
import type { LedgerBatch } from "../../store/repositories/ledgerTypes.js";
import { parseFile, type ParseJob, type ParseResult } from "./parseFile.js";

/**
 * Reading an export on a worker thread while the main thread writes: splitting and
 * resolving 22 million rows takes about as long as SQLite takes to store them, so the
 * two overlap. Batches travel with their arrays transferred (no copy; a case batch is
 * nothing else) and the keys of desk events as one joined string; the worker waits when
 * two batches are not yet written, so memory stays flat however far ahead it could read.
 */

const IN_FLIGHT = 2;
/** A small young generation keeps the reading thread's memory flat (it allocates fast and briefly). */
const LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 };
const SEP = "\n";

type Packed = Omit<LedgerBatch, "keys"> & { keys: string | string[] };
type FromWorker =
  | { type: "batch"; batch: Packed }
  | { type: "bytes"; n: number }
  | { type: "done"; result: ParseResult }
  | { type: "error"; error: { code?: string; message: string; details?: unknown; stack?: string } };

function pack(b: LedgerBatch): Packed {
  const joined = b.keys.join(SEP);
  // A key holding the separator (only possible in a quoted CSV field) travels as an array.
  return { ...b, keys: joined.split(SEP).length === b.size ? joined : b.keys };
}

// Keys are never empty strings (a row without one is rejected), so "" is "no keys" (a case batch).
const unpack = (p: Packed): LedgerBatch => ({ ...p, keys: typeof p.keys === "string" ? (p.keys ? p.keys.split(SEP) : []) : p.keys });

const buffers = (b: LedgerBatch) => [b.casePrefixes, b.caseTails, ...b.columns].map((a) => a.buffer as ArrayBuffer);

/** The worker side: parse the file, post batches, wait for acknowledgements. */
async function serve(): Promise<void> {
  const port = parentPort!;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  port.on("message", () => {
    inFlight--;
    wake?.();
  });
  try {
    const result = await parseFile(
      (workerData as { zhoubaoLedgerParse: ParseJob }).zhoubaoLedgerParse,
      async (b) => {
        port.postMessage({ type: "batch", batch: pack(b) } satisfies FromWorker, buffers(b));
        inFlight++;
        while (inFlight >= IN_FLIGHT) await new Promise<void>((r) => (wake = r));
      },
      (n) => port.postMessage({ type: "bytes", n } satisfies FromWorker),
    );
    while (inFlight > 0) await new Promise<void>((r) => (wake = r));
    port.postMessage({ type: "done", result } satisfies FromWorker);
  } catch (e) {
    const error = isZhoubaoError(e) ? { code: e.code, message: e.message, details: e.details } : { message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined };
    port.postMessage({ type: "error", error } satisfies FromWorker);
  }
  port.close();
}

/**
 * Runs parseFile on a worker thread; `write` and `onBytes` are called on this thread.
 *
 * @example
 * const r = await parseInWorker(job, (batch) => writer.write(batch), (bytes) => bar.update(bytes));
 */
export function parseInWorker(job: ParseJob, write: (b: LedgerBatch) => Promise<void>, onBytes: (n: number) => void): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    const worker = startModuleWorker(import.meta.url, { zhoubaoLedgerParse: job }, LIMITS);
    let writing = Promise.resolve();
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(e);
    };
    worker.on("message", (m: FromWorker) => {
      if (m.type === "bytes") onBytes(m.n);
      else if (m.type === "batch")
        writing = writing.then(() => write(unpack(m.batch))).then(() => void worker.postMessage("ack"), fail);
      else if (m.type === "done")
        void writing.then(() => {
          settled = true;
          resolve(m.result);
        }, fail);
      else {
        const { code, message, details, stack } = m.error;
        const e = code ? new ZhoubaoError(code as ZhoubaoError["code"], message, details) : Object.assign(new Error(message), { stack });
        void writing.then(() => fail(e), fail);
      }
    });
    worker.on("error", fail);
    worker.on("exit", (code) => !settled && void writing.then(() => fail(new Error(`读取线程意外退出（${code}）。`)), fail));
  });
}

if (parentPort && workerData && typeof workerData === "object" && "zhoubaoLedgerParse" in workerData) void serve();
