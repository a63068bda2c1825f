import { spawnSync } from "node:child_process";

/**
 * `sqlite3 .import` of a case export into an equivalent table keyed by case number: the
 * yardstick of the ledger import. Seconds of the whole sqlite3 process, or null (with a
 * message) when the sqlite3 command is not installed.
 */
export function sqliteImport(file: string, db: string): number | null {
  if (spawnSync("sqlite3", ["-version"]).status !== 0) {
    console.log("未找到 sqlite3 命令（apt-get install -y sqlite3），跳过对比。");
    return null;
  }
  const create = "create table cases (case_no text primary key, matter text, kind text, department text, accepted_at text, completed_at text) without rowid;";
  spawnSync("sqlite3", [db, create], { stdio: "inherit" });
  const started = performance.now();
  const r = spawnSync("sqlite3", [db, `.import --csv --skip 1 ${file} cases`], { stdio: "inherit" });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error("sqlite3 .import 失败");
  return seconds;
}
