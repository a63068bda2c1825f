import type { FastifyInstance, InjectOptions } from "fastify";
import type { StoredIssue } from "../domain/model/issue.js";
import { inject } from "vitest";
import { hashPassword } from "../services/passwordHasher.js";
import { systemActor } from "../services/actor.js";
import { createIssue } from "../services/issueEditor.js";
import type { Store } from "../store/index.js";
import { seededStore, type StoreFactory } from "../store/testing.js";
import type { Role } from "../store/repositories/users.js";
import { buildApp, type AppOptions } from "./app.js";
import { openDemoCopy } from "./demoTemplates.js";

/** The accounts every test app has: one per role, and a second liaison of another department. */
export type TestRole = Role | "liaison2";
export const TEST_ROLES: TestRole[] = ["admin", "editor", "approver", "liaison", "liaison2", "inspector", "assessor", "reader", "province"];
export const TEST_PASSWORD = "Zhoubao-Test-2026!";

/** The routes anyone may call, the same for every center (`GET /*`: the web app's pages, only with a built web app). */
export const PUBLIC_ROUTES = [
  "GET /",
  "GET /*",
  "GET /healthz",
  // The API description and Swagger UI (json, yaml, static/…), answered by the docs instance built on first use.
  "GET /api/docs",
  "GET /api/docs/*",
  "GET /api/auth/csrf",
  "POST /api/auth/login",
];

export type Answer = { status: number; body: any; headers: Record<string, unknown>; raw: Buffer };

/** A browser-like client over app.inject: keeps cookies and echoes the CSRF cookie on unsafe methods. */
export class ApiClient {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: FastifyInstance,
    readonly address = "127.0.0.1",
    /** A machine client's API token, sent as Authorization: Bearer (no cookies, no CSRF header). */
    readonly bearer: string | null = null,
  ) {}

  async request(method: string, url: string, body?: unknown, opts: { csrf?: string | null; headers?: Record<string, string> } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const csrf = opts.csrf === undefined ? this.cookies.get("zb_csrf") : opts.csrf;
    if (!["GET", "HEAD"].includes(method) && csrf) headers["x-csrf-token"] = csrf;
    const req: InjectOptions = { method: method as InjectOptions["method"], url, headers, remoteAddress: this.address };
    if (body !== undefined) req.payload = body as InjectOptions["payload"];
    const res = await this.app.inject(req);
    for (const c of res.cookies as { name: string; value: string; expires?: Date }[]) {
      if (!c.value || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const type = String(res.headers["content-type"] ?? "");
    return { status: res.statusCode, body: type.includes("json") && res.body ? res.json() : res.body, headers: res.headers, raw: res.rawPayload };
  }
  get = (url: string) => this.request("GET", url);
  post = (url: string, body: unknown = {}) => this.request("POST", url, body);
  put = (url: string, body: unknown = {}) => this.request("PUT", url, body);
  del = (url: string) => this.request("DELETE", url);

  /**
   * Posts a multipart form as the web app's upload does: text fields first, then `file`.
   *
   * @example
   * await editor.upload("/api/imports", { dryRun: "true" }, { name: "2023-45.txt", bytes });
   */
  async upload(url: string, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }): Promise<Answer> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append("file", new Blob([Uint8Array.from(file.bytes)]), file.name);
    const encoded = new Response(form);
    const payload = Buffer.from(await encoded.arrayBuffer());
    return this.request("POST", url, payload, { headers: { "content-type": encoded.headers.get("content-type")! } });
  }

  /** Fetches a CSRF cookie, then signs in; throws when the login is refused. */
  async login(username: string, password = TEST_PASSWORD): Promise<Answer> {
    await this.get("/api/auth/csrf");
    const r = await this.post("/api/auth/login", { username, password });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
    return r;
  }
}

export type TestApp = {
  app: FastifyInstance;
  store: Store;
  centerId: number;
  /** The draft issue after the demo archive (absent when started with draft: false). */
  draft: StoredIssue;
  users: Record<TestRole, { id: number; username: string; department: string | null }>;
  /** A signed-in client of a role (a fresh session each call). */
  as(role: TestRole, address?: string): Promise<ApiClient>;
  anonymous(address?: string): ApiClient;
  close(): Promise<void>;
};

/** A store with the default center, its departments and the demo archive (a copy of the suite's template). */
async function demoStore(factory: StoreFactory): Promise<{ store: Store; centerId: number }> {
  const store = await openDemoCopy(factory, inject("demoTemplates"));
  return { store, centerId: (await store.centers.default()).id };
}

let testPasswordHash: Promise<string> | null = null;

/**
 * One account per test role in a center, named PREFIX+role (password TEST_PASSWORD); the
 * liaisons bound to the center's first and second departments.
 */
export async function createTestAccounts(store: Store, centerId: number, prefix: string): Promise<{ users: TestApp["users"]; ids: Record<TestRole, number> }> {
  const departments = await store.departments.list(centerId);
  const departmentOf = (r: TestRole) => (r === "liaison" ? departments[0] : r === "liaison2" ? departments[1] : null);
  // Fixture accounts, stored directly with one hash of TEST_PASSWORD: addUser would hash it
  // once per role (scrypt, ~0.4 s of CPU each) for every test app. addUser itself is tested
  // through the users API; signing in still verifies the real hash.
  const passwordHash = await (testPasswordHash ??= hashPassword(TEST_PASSWORD));
  const created = await store.transaction((tx) =>
    Promise.all(
      TEST_ROLES.map((r) =>
        tx.users.create(centerId, {
          username: `${prefix}${r}`,
          displayName: `测试${r}`,
          role: r === "liaison2" ? "liaison" : r,
          departmentId: departmentOf(r)?.id ?? null,
          passwordHash,
          mustChangePassword: false,
        }),
      ),
    ),
  );
  const users = Object.fromEntries(TEST_ROLES.map((r, i) => [r, { id: created[i].id, username: created[i].username, department: departmentOf(r)?.name ?? null }])) as TestApp["users"];
  return { users, ids: Object.fromEntries(TEST_ROLES.map((r, i) => [r, created[i].id])) as Record<TestRole, number> };
}

/**
 * An app on a fresh store with the demo archive (published issues 2025–2026), a draft
 * of the next issue, and one account per role (password TEST_PASSWORD).
 */
export async function startTestApp(factory: StoreFactory, options: Omit<AppOptions, "store"> & { draft?: boolean; demo?: boolean } = {}): Promise<TestApp> {
  const { draft: withDraft = true, demo = true, ...appOptions } = options;
  const { store, centerId } = demo ? await demoStore(factory) : await seededStore(factory);
  const system = systemActor(centerId);
  const { users, ids } = await createTestAccounts(store, centerId, "t-");
  const editor = { ...system, userId: ids.editor, username: "t-editor", role: "editor" as const };
  const draft = withDraft ? (await createIssue(store, editor, {})).issue : (null as unknown as StoredIssue);
  const app = await buildApp({ store, webDist: null, ...appOptions });
  await app.ready();
  return {
    app,
    store,
    centerId,
    draft,
    users,
    anonymous: (address) => new ApiClient(app, address),
    async as(role, address) {
      const c = new ApiClient(app, address);
      await c.login(users[role].username);
      return c;
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}
