import { execFile } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { ZhoubaoError } from "../domain/errors.js";
import type { Store } from "./index.js";

const run = promisify(execFile);

/**
 * Writes a consistent copy of the live store to `file` without stopping it:
 * SQLite through `VACUUM INTO` (one read transaction), PostgreSQL through pg_dump
 * (custom format, restorable with pg_restore).
 *
 * @example
 * await backupStore(store, "backups/zhoubao-2026-11-22.db");
 */
export async function backupStore(store: Store, file: string): Promise<{ file: string; bytes: number }> {
  const out = resolve(file);
  if (existsSync(out)) throw new ZhoubaoError("store.backup-failed", `备份文件 ${out} 已存在，为避免覆盖请换一个文件名。`, { file: out });
  mkdirSync(dirname(out), { recursive: true });
  try {
    if (store.target.dialect === "sqlite") await sql`VACUUM INTO ${out}`.execute(store.db);
    else await run("pg_dump", ["--format=custom", `--file=${out}`, ...(store.target.schema ? [`--schema=${store.target.schema}`] : []), store.target.url]);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const hint = /ENOENT/.test(msg) ? "未找到 pg_dump，请安装 postgresql-client。" : msg;
    throw new ZhoubaoError("store.backup-failed", `备份失败：${hint}`, { cause: msg });
  }
  return { file: out, bytes: statSync(out).size };
}
