import { copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { openStore } from "../../src/store/index.js";
import { addUser, ensureInitialAdmin } from "../../src/services/accountManager.js";
import { systemActor } from "../../src/services/actor.js";

/** A password that satisfies the server's rule, used for every test account. */
export const PASSWORD = "Zhoubao#2026x";

/** The test accounts of every role but admin: username, role, display name and department. */
export const ACCOUNTS = {
  editor1: { role: "editor", name: "王编辑" },
  approver1: { role: "approver", name: "李审核" },
  liaison1: { role: "liaison", name: "张联络", department: "应急厅" },
  inspector1: { role: "inspector", name: "赵巡查" },
  assessor1: { role: "assessor", name: "钱考核" },
  reader1: { role: "reader", name: "孙读者" },
} as const satisfies Record<string, { role: string; name: string; department?: string }>;

/** The browser tests' store and the password `serve` generated for its administrator. */
export type WebTemplate = { file: string; adminPassword: string };

/**
 * The browser tests' store, written once per run beside the demo template
 * (e2e/globalSetup.ts): the demo archive, the administrator a first start creates (with
 * its generated password, to be changed at first login) and the six ACCOUNTS, added the
 * way `zhoubao user add` adds them. Each browser-test file's server starts on a copy: one
 * file copied instead of a CLI process per account (about half a second of CPU each).
 */
export async function writeWebTemplate(demoSqlite: string): Promise<WebTemplate> {
  const file = join(dirname(demoSqlite), "web.db");
  copyFileSync(demoSqlite, file);
  const store = await openStore({ dialect: "sqlite", path: file });
  try {
    const center = await store.centers.default();
    const first = await ensureInitialAdmin(store, systemActor(center.id));
    if (!first) throw new Error("演示模板中已有账户：无法生成初始管理员");
    const registry = await store.departments.registry(center.id);
    const departments = await store.departments.list(center.id);
    for (const [username, a] of Object.entries(ACCOUNTS)) {
      const department = "department" in a ? departments.find((d) => d.name === registry.resolve(a.department)) : undefined;
      await addUser(store, systemActor(center.id), { username, displayName: a.name, role: a.role, departmentId: department?.id ?? null, password: PASSWORD });
    }
    return { file, adminPassword: first.password };
  } finally {
    await store.close();
  }
}
