import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveToken } from "../../services/tokenKeeper.js";
import { openStore, type Store } from "../../store/index.js";
import { cliDatabases, runCliHere } from "../testing.js";

describe.each(cliDatabases())("zhoubao token on $name", ({ create }) => {
  let db: string;
  let store: Store;
  beforeAll(async () => {
    db = await create();
    // The first command migrates and seeds the center.
    expect((await runCliHere(db, ["token", "list"])).stdout).toContain("还没有接口令牌");
    store = await openStore(db);
  });
  afterAll(async () => store?.close());

  it("creates a token printed once, lists tokens without it, and revokes by name", async () => {
    const r = await runCliHere(db, ["token", "create", "门户网站", "--scope", "read-published", "--scope", "read-drafts", "--days", "30"]);
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^zbt_[A-Za-z0-9_-]{43}$/);
    expect(r.stderr).toContain("已创建接口令牌“门户网站”（read-published、read-drafts，有效期至");
    const center = await store.centers.default();
    expect((await resolveToken(store, token)).centerId).toBe(center.id);

    const text = await runCliHere(db, ["token", "list"]);
    expect(text.stdout).toMatch(/门户网站 {2}read-published,read-drafts {2}创建 .* {2}到期 .* {2}最近使用 — {2}有效/);
    const json = JSON.parse((await runCliHere(db, ["token", "list", "--json"])).stdout);
    expect(json).toEqual([expect.objectContaining({ name: "门户网站", scopes: ["read-published", "read-drafts"], state: "active", lastUsedAt: null, revokedAt: null })]);
    expect(Object.keys(json[0]).sort()).toEqual(["createdAt", "createdBy", "expiresAt", "id", "lastUsedAt", "name", "revokedAt", "scopes", "state"]);
    expect(Date.parse(json[0].expiresAt) - Date.parse(json[0].createdAt)).toBe(30 * 86_400_000);
    expect(text.stdout + JSON.stringify(json)).not.toContain(token);

    expect((await runCliHere(db, ["token", "revoke", "门户网站"])).stdout.trim()).toBe("已吊销接口令牌“门户网站”。");
    await expect(resolveToken(store, token)).rejects.toMatchObject({ code: "token.revoked" });
    expect((await runCliHere(db, ["token", "list"])).stdout).toMatch(/门户网站 .*已吊销 \d{4}-/);
  });

  it("refuses bad input with a code and writes nothing", async () => {
    await runCliHere(db, ["token", "create", "数据中台", "--scope", "import-ledgers"]);
    const before = (await store.apiTokens.list((await store.centers.default()).id)).length;
    const cases: [string[], string, string][] = [
      [["token", "create", "数据中台", "--scope", "read-published"], "token.duplicate", "接口令牌名称“数据中台”已被使用。"],
      [["token", "create", "新令牌", "--scope", "write-all"], "input.invalid", "权限范围应为 read-published、read-drafts、import-ledgers 之一"],
      [["token", "create", "新令牌"], "input.invalid", "请至少选择一个权限范围"],
      [["token", "create", "新令牌", "--scope", "read-published", "--days", "0"], "input.invalid", "有效天数应为正整数"],
      [["token", "create", "新令牌", "--scope", "read-published", "--days", "-5"], "input.invalid", "有效天数应为正整数"],
      [["token", "create", "新令牌", "--scope", "read-published", "--days", "七天"], "input.invalid", "有效天数应为正整数"],
      [["token", "revoke", "没有这个"], "token.not-found", "未找到接口令牌“没有这个”。"],
    ];
    for (const [args, code, message] of cases) {
      const x = await runCliHere(db, args);
      expect([x.code, x.stdout], args.join(" ")).toEqual([1, ""]);
      expect(x.stderr, args.join(" ")).toContain(`错误 [${code}]`);
      expect(x.stderr, args.join(" ")).toContain(message);
    }
    expect((await store.apiTokens.list((await store.centers.default()).id)).length).toBe(before);
  });
});
