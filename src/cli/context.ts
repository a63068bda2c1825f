import type { Center, Store } from "../store/index.js";

/**
 * What every command gets: the store (opened on first use from DATABASE_URL), the
 * center it works on, and output streams (tests swap them).
 */
export type CliContext = {
  store(): Promise<Store>;
  /** The center `--center CODE` (or ZHOUBAO_CENTER) names; else the first one, created if none. */
  center(): Promise<Center>;
  /** Selects the center by code (`--center`, read before any action runs); overrides ZHOUBAO_CENTER. */
  useCenter(code: string): void;
  /** True when the center was named (`--center` or ZHOUBAO_CENTER), not taken by default. */
  centerNamed(): boolean;
  out: (text: string) => void;
  err: (text: string) => void;
  close(): Promise<void>;
};

export function createContext(env: NodeJS.ProcessEnv = process.env): CliContext {
  let store: Promise<Store> | null = null;
  let center: Promise<Center> | null = null;
  let code = env.ZHOUBAO_CENTER || null;
  const ctx: CliContext = {
    // The store (Kysely, the database drivers) is loaded by the first command that needs it.
    store: () => (store ??= import("../store/index.js").then(({ openStore }) => openStore(env.DATABASE_URL))),
    center: () =>
      (center ??= ctx.store().then(async (s) => {
        const c = code ? await s.centers.byCode(code) : await s.centers.default();
        await s.departments.seed(c.id);
        return c;
      })),
    useCenter: (c) => {
      code = c;
      center = null;
    },
    centerNamed: () => code !== null,
    out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
    close: async () => {
      // A store that failed to open (a bad DATABASE_URL) has nothing to close; its error was
      // already reported by main(), and rethrowing it here printed it again with a stack.
      const opened = await store?.catch(() => null);
      await opened?.close();
    },
  };
  return ctx;
}
