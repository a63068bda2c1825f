import type { Center, Store } from "../store/index.js";

/**
 * What every command gets: the store (opened on first use from DATABASE_URL), the
 * center it works on, and output streams (tests swap them).
 */
export type CliContext = {
  store(): Promise<Store>;
  center(): Promise<Center>;
  out: (text: string) => void;
  err: (text: string) => void;
  close(): Promise<void>;
};

export function createContext(env: NodeJS.ProcessEnv = process.env): CliContext {
  let store: Promise<Store> | null = null;
  let center: Promise<Center> | null = null;
  const ctx: CliContext = {
    // The store (Kysely, the database drivers) is loaded by the first command that needs it.
    store: () => (store ??= import("../store/index.js").then(({ openStore }) => openStore(env.DATABASE_URL))),
    center: () =>
      (center ??= ctx.store().then(async (s) => {
        const c = env.ZHOUBAO_CENTER ? await s.centers.byCode(env.ZHOUBAO_CENTER) : await s.centers.default();
        await s.departments.seed(c.id);
        return c;
      })),
    out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
    close: async () => {
      if (store) await (await store).close();
    },
  };
  return ctx;
}
