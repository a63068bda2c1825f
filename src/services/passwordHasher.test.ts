import { describe, expect, it } from "vitest";
import { ZhoubaoError } from "../domain/errors.js";
import { assertStrongPassword, generatePassword, hashPassword, needsRehash, PRODUCTION_SCRYPT_PARAMS, SCRYPT_PARAMS, scryptParams, verifyPassword } from "./passwordHasher.js";

describe("password hashing", () => {
  it("hashes with scrypt and a fresh salt, and verifies in constant time", async () => {
    const a = await hashPassword("Zhoubao-2026!");
    const b = await hashPassword("Zhoubao-2026!");
    expect(a).toMatch(new RegExp(`^scrypt\\$${SCRYPT_PARAMS.N}\\$${SCRYPT_PARAMS.r}\\$${SCRYPT_PARAMS.p}\\$[\\w-]{22}\\$[\\w-]{43}$`));
    expect(a).not.toBe(b);
    expect(await verifyPassword("Zhoubao-2026!", a)).toBe(true);
    expect(await verifyPassword("Zhoubao-2026?", a)).toBe(false);
    expect(await verifyPassword("Zhoubao-2026!", "plain-text")).toBe(false);
  });

  it("asks for a rehash of hashes made with weaker parameters", async () => {
    const weak = await hashPassword("Zhoubao-2026!", { N: 2 ** 10, r: 8, p: 1 });
    expect(await verifyPassword("Zhoubao-2026!", weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(await hashPassword("Zhoubao-2026!"))).toBe(false);
  });

  it("uses OWASP's production cost unless ZHOUBAO_SCRYPT_N names another; production hashes verify", async () => {
    expect(PRODUCTION_SCRYPT_PARAMS).toEqual({ N: 32768, r: 8, p: 3 });
    expect(scryptParams({})).toEqual(PRODUCTION_SCRYPT_PARAMS);
    expect(scryptParams({ ZHOUBAO_SCRYPT_N: "" })).toEqual(PRODUCTION_SCRYPT_PARAMS);
    expect(scryptParams({ ZHOUBAO_SCRYPT_N: "1024" })).toEqual({ N: 1024, r: 8, p: 3 });
    // The suite runs with a lower cost (vitest.config.ts); this hash pays the real one.
    const real = await hashPassword("Zhoubao-2026!", PRODUCTION_SCRYPT_PARAMS);
    expect(real).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(await verifyPassword("Zhoubao-2026!", real)).toBe(true);
    expect(await verifyPassword("Zhoubao-2026?", real)).toBe(false);
  });

  it.each(["1000", "512", "abc", "2097152"])("refuses ZHOUBAO_SCRYPT_N=%s with input.invalid", (v) => {
    let err: unknown;
    try {
      scryptParams({ ZHOUBAO_SCRYPT_N: v });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ZhoubaoError);
    expect((err as ZhoubaoError).code).toBe("input.invalid");
    expect((err as ZhoubaoError).message).toContain("ZHOUBAO_SCRYPT_N");
  });

  it("generates passwords without look-alike characters that pass the policy", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const pw = generatePassword();
      expect(pw).toMatch(/^[A-HJ-NP-Za-km-z2-9]{16}$/);
      expect(() => assertStrongPassword(pw, "admin")).not.toThrow();
      seen.add(pw);
    }
    expect(seen.size).toBe(50);
  });

  it.each([
    ["Ab1!", "至少 10 位"],
    ["abcdefghijk", "至少三类"],
    ["abcdefgh12", "至少三类"],
    ["Zhangsan-2026", "不能包含用户名"],
  ])("refuses %s", (pw, why) => {
    expect(() => assertStrongPassword(pw, "zhangsan")).toThrow(why);
  });
});
