import { describe, expect, it } from "vitest";
import { INT4_MAX, int4, text, unstorable } from "./bounded.js";
import { isoDate, isoMonth } from "./common.js";

describe("values a store can hold", () => {
  it("finds NUL in text or keys and integers beyond int4, with their path", () => {
    expect(unstorable({ a: [{ b: "ok" }, { c: "x\u0000y" }] })).toEqual({ path: "a.1.c", message: "不能包含空字符（\\u0000）" });
    expect(unstorable({ n: INT4_MAX + 1 })?.path).toBe("n");
    expect(unstorable({ n: -(2 ** 31) - 1 })?.path).toBe("n");
    expect(unstorable({ n: Number.POSITIVE_INFINITY })?.path).toBe("n");
    expect(unstorable({ "k\u0000": 1 })?.path).toBe("k\u0000");
    expect(unstorable({ n: INT4_MAX, f: 2.5, s: "周报", z: null, b: true })).toBeNull();
  });

  it("has zod schemas that refuse the same", () => {
    expect(text().safeParse("a\u0000").success).toBe(false);
    expect(int4().safeParse(2 ** 31).success).toBe(false);
    expect(int4().safeParse(INT4_MAX).success).toBe(true);
    expect(isoDate.safeParse("0000-01-01").success).toBe(false);
    expect(isoDate.safeParse("2101-01-01").success).toBe(false);
    expect(isoDate.safeParse("2000-01-01").success).toBe(true);
    expect(isoMonth.safeParse("0000-10").success).toBe(false);
    expect(isoMonth.safeParse("2026-13").success).toBe(false);
    expect(isoMonth.safeParse("2026-10").success).toBe(true);
  });
});
