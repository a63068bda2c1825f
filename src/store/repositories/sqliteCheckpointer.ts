import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type SQLite from "better-sqlite3";

/** The checkpointing thread: its own connection, a passive checkpoint every few milliseconds. */
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
let stop = false;
parentPort.on("message", () => (stop = true));
(async () => {
  while (!stop) {
    try { db.pragma("wal_checkpoint(PASSIVE)"); } catch {}
    await new Promise((r) => setTimeout(r, workerData.everyMs));
  }
  db.close();
  parentPort.postMessage("stopped");
  parentPort.close();
})();
`;

const EVERY_MS = 50;

type Shared = { thread: Worker; autocheckpoint: number; users: number };
/** One thread per connection, shared by the imports that write through it at the same time. */
const running = new WeakMap<SQLite.Database, Shared>();

/**
 * Moves a bulk load's checkpoints off the writing thread. In WAL mode every committed page
 * is copied once more, from the log into the database file; done by the writer (SQLite's
 * automatic checkpoint) that costs about a fifth of a 22-million-row import. A second
 * connection on a thread of its own copies the pages while the writer goes on (a passive
 * checkpoint never blocks it), and the writer's automatic checkpoint is off meanwhile.
 *
 * The log restarts from its beginning only when a checkpoint has caught up, which a
 * writer that never pauses would not allow: `settle` (every few batches) runs one passive
 * checkpoint on the writer's connection, which finds little left to copy, so the log
 * stays small. `stop` ends the thread and turns the automatic checkpoint on again — when
 * the last of the imports sharing the connection stops.
 *
 * @example
 * const c = SqliteCheckpointer.start(sqlite); … c?.settle(); … await c?.stop();
 */
export class SqliteCheckpointer {
  private stopped = false;

  private constructor(
    private readonly sqlite: SQLite.Database,
    private readonly shared: Shared,
  ) {}

  /** Starts (or joins) the checkpointing thread of a WAL database file; null for in-memory or temporary databases. */
  static start(sqlite: SQLite.Database): SqliteCheckpointer | null {
    if (sqlite.memory || !sqlite.name || sqlite.pragma("journal_mode", { simple: true }) !== "wal") return null;
    let shared = running.get(sqlite);
    if (!shared) {
      const driver = createRequire(import.meta.url).resolve("better-sqlite3");
      const thread = new Worker(THREAD, { eval: true, workerData: { driver, file: sqlite.name, everyMs: EVERY_MS } });
      thread.on("error", () => {}); // a failed checkpoint thread only costs speed: `stop` checkpoints anyway
      thread.unref();
      shared = { thread, autocheckpoint: Number(sqlite.pragma("wal_autocheckpoint", { simple: true })), users: 0 };
      running.set(sqlite, shared);
      sqlite.pragma("wal_autocheckpoint = 0");
    }
    shared.users++;
    return new SqliteCheckpointer(sqlite, shared);
  }

  /** Lets the log restart: called between transactions. */
  settle(): void {
    this.sqlite.pragma("wal_checkpoint(PASSIVE)");
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (--this.shared.users > 0) return;
    running.delete(this.sqlite);
    const { thread } = this.shared;
    const ended = new Promise<void>((resolve) => {
      thread.once("message", () => resolve());
      thread.once("exit", () => resolve());
    });
    thread.postMessage("stop");
    await ended;
    this.sqlite.pragma(`wal_autocheckpoint = ${this.shared.autocheckpoint}`);
    this.settle();
  }
}
