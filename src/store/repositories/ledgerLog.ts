import { hostname } from "node:os";
import type { LedgerImportLog, LedgerKind } from "./ledgerTypes.js";

/**
 * Statements of the import log (ledger_imports), written in the same transaction as each
 * batch so that the log of a killed import shows exactly its committed batches.
 * Placeholders are PostgreSQL's $n; `forSqlite` turns them into SQLite's ?.
 */
export const LOG_SQL = {
  nextId: "select coalesce(max(id), 0) + 1 as id from ledger_imports where center_id = $1",
  insert:
    "insert into ledger_imports (center_id, id, ledger, source, file_name, status, started_at, pid, host, heartbeat_at) values ($1, $2, $3, $4, $5, 'running', $6, $7, $8, $6)",
  batch:
    "update ledger_imports set rows_read = rows_read + $3, inserted = inserted + $4, updated = updated + $5, unchanged = unchanged + $6, rejected = rejected + $7, batches = batches + 1, heartbeat_at = $8 where center_id = $1 and id = $2",
  finish:
    "update ledger_imports set rows_read = rows_read + $3, rejected = rejected + $4, status = $5, finished_at = $6 where center_id = $1 and id = $2",
  get: "select * from ledger_imports where center_id = $1 and id = $2",
};

/**
 * SQLite's version of a statement: anonymous ? placeholders and the parameters in their order.
 *
 * @example
 * forSqlite("where b = $2 and a = $1").args([1, 2]); // [2, 1]
 */
export function forSqlite(q: string): { sql: string; args: (params: unknown[]) => unknown[] } {
  const order: number[] = [];
  const sql = q.replace(/\$(\d+)/g, (_, n: string) => {
    order.push(Number(n) - 1);
    return "?";
  });
  return { sql, args: (params) => order.map((i) => params[i]) };
}

export type ImportMeta = { source: string | null; fileName: string };

/**
 * Parameters of LOG_SQL.insert.
 *
 * @example
 * logInsertParams(1, 7, "cases", { source: null, fileName: "a.csv" }); // [1, 7, "cases", null, "a.csv", "2026-…", 4242, "zb1"]
 */
export function logInsertParams(centerId: number, id: number, ledger: LedgerKind, meta: ImportMeta): unknown[] {
  return [centerId, id, ledger, meta.source, meta.fileName, new Date().toISOString(), process.pid, hostname()];
}

/** Parameters of LOG_SQL.batch after the ids: the batch's counts, then the heartbeat. */
export const logBatchParams = (b: { rowsRead: number; rejected: number }, out: { inserted: number; updated: number; unchanged: number }): unknown[] => [
  b.rowsRead,
  out.inserted,
  out.updated,
  out.unchanged,
  b.rejected,
  new Date().toISOString(),
];

/**
 * A running import whose last batch is older than this is taken as interrupted even when
 * its process cannot be looked at (another host, or a row without pid): a batch commits
 * every few seconds, never minutes apart.
 */
export const STALE_RUN_MS = 30 * 60_000;

/** Whether process `pid` exists on this host (signal 0 only checks; EPERM means it exists). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether a row logged as running belongs to a process that is gone. */
function interrupted(r: Record<string, unknown>): boolean {
  const pid = r.pid === null || r.pid === undefined ? null : Number(r.pid);
  if (pid !== null && r.host === hostname()) return !processAlive(pid);
  const last = Date.parse(String(r.heartbeat_at ?? r.started_at));
  return Date.now() - last > STALE_RUN_MS;
}

/** A ledger_imports row as a LedgerImportLog. */
export function toImportLog(r: Record<string, unknown>): LedgerImportLog {
  return {
    id: Number(r.id),
    ledger: r.ledger as LedgerKind,
    source: (r.source as string | null) ?? null,
    fileName: String(r.file_name),
    status: r.status === "running" && interrupted(r) ? "interrupted" : (r.status as LedgerImportLog["status"]),
    rowsRead: Number(r.rows_read),
    inserted: Number(r.inserted),
    updated: Number(r.updated),
    unchanged: Number(r.unchanged),
    rejected: Number(r.rejected),
    batches: Number(r.batches),
    startedAt: String(r.started_at),
    finishedAt: (r.finished_at as string | null) ?? null,
  };
}
